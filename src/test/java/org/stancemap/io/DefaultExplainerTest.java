package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

class DefaultExplainerTest {

    private static LoadResult result;
    private static Explainer explainer;

    @BeforeAll
    static void load() {
        result = new ExplainerLoader().loadDefault();
        explainer = result.explainer().orElseThrow(() ->
                new AssertionError("the default explainer does not load:" + TestFiles.describe(result)));
    }

    /** Slices the article by code points, independently of the loader's own slicing. */
    private static String slice(String text, Span span) {
        int[] cps = text.codePoints().toArray();
        assertTrue(span.start() >= 0 && span.end() <= cps.length && span.start() < span.end(),
                "span " + span.start() + "–" + span.end() + " is not inside the article of " + cps.length + " characters");
        return new String(cps, span.start(), span.end() - span.start());
    }

    private static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return basedir != null ? Path.of(basedir) : Path.of("").toAbsolutePath();
    }

    @Test
    void defaultExplainerLoadsWithNoErrorsAndNoWarnings() {
        assertTrue(result.isValid());
        assertEquals(List.of(), result.errors(), TestFiles.describe(result));
        assertEquals(List.of(), result.warnings(), TestFiles.describe(result));
    }

    @Test
    void loadingTheShippedFileFromDiskGivesTheSameExplainerAsTheResource() {
        LoadResult fromDisk = new ExplainerLoader().load(projectDir().resolve("assets/explainers/paris-summit.stancemap.json"));
        assertTrue(fromDisk.isValid(), TestFiles.describe(fromDisk));
        assertEquals(explainer.id(), fromDisk.explainer().get().id());
        assertEquals(explainer.article(), fromDisk.explainer().get().article());
        assertEquals(explainer.stances(), fromDisk.explainer().get().stances());
    }

    @Test
    void everyQuoteIsTheArticlesExactText() {
        String text = explainer.article().text();
        int checked = 0;
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                assertEquals(slice(text, quote.span()), quote.text(), "quote of stance " + stance.id());
                checked++;
            }
        }
        assertTrue(checked >= explainer.stances().size());
    }

    @Test
    void everyLinkEvidenceSpanIsTheArticlesExactText() {
        String text = explainer.article().text();
        for (Link link : explainer.links()) {
            for (Span span : link.evidence()) {
                assertEquals(slice(text, span), span.text(), "evidence of link " + link.id());
            }
        }
    }

    @Test
    void articleTextInTheFileIsTheArticleTheExplainerIsBuiltOn() {
        // The raw JSON must agree with the decoded model (no escaping or normalisation in between).
        JsonObject raw = TestFiles.defaultTree();
        assertEquals(raw.getAsJsonObject("article").get("text").getAsString(), explainer.article().text());
    }

    /**
     * The SHA-256 of the article the built-in explainer is made from, as delivered to the project,
     * so that a clone without the source file beside it still checks the text is unchanged.
     */
    static final String SEED_ARTICLE_SHA256 = "8fdb1a6871d01ba9affc84dc0a6b7be2f18c536f343d45ff101685733bed6e4f";

    @Test
    void articleTextIsByteForByteTheSeedArticle() throws Exception {
        byte[] text = explainer.article().text().getBytes(StandardCharsets.UTF_8);
        assertEquals(SEED_ARTICLE_SHA256, sha256(text), "the explainer's article differs from its source article");
        Path seed = projectDir().resolve("../shared/seed/article.txt").normalize();
        if (Files.isRegularFile(seed)) {
            assertArrayEquals(Files.readAllBytes(seed), text, "the source article beside the project changed");
        }
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void everyActorHasAStanceOrMembersOrIsAStancesContext() {
        Set<String> used = new HashSet<>();
        explainer.stances().forEach(s -> {
            used.add(s.actorId());
            s.context().ifPresent(used::add);
        });
        explainer.actors().forEach(a -> used.addAll(a.blocs()));
        for (Actor actor : explainer.actors()) {
            assertTrue(used.contains(actor.id()), actor.id() + " has no stance, no members and is no context");
        }
    }

    @Test
    void everyLinkHasAnExplanationAndEvidence() {
        assertFalse(explainer.links().isEmpty());
        for (Link link : explainer.links()) {
            assertFalse(link.explanation().isBlank(), link.id());
            assertFalse(link.evidence().isEmpty(), link.id());
        }
    }

    @Test
    void everyStanceHasAQuote() {
        assertFalse(explainer.stances().isEmpty());
        for (Stance stance : explainer.stances()) {
            assertFalse(stance.quotes().isEmpty(), stance.id());
            assertFalse(stance.summary().isBlank(), stance.id());
        }
    }

    @Test
    void tourHasEightToTwelveSteps() {
        int steps = explainer.tour().size();
        assertTrue(steps >= 8 && steps <= 12, "the tour has " + steps + " steps");
    }

    @Test
    void glossaryIsNotEmpty() {
        assertFalse(explainer.glossary().isEmpty());
        explainer.glossary().forEach(g -> assertFalse(g.definition().isBlank(), g.term()));
    }

    @Test
    void unknownArticleMetadataIsEmptyAndTitleIsMarkedEditorial() {
        assertEquals("", explainer.article().outlet());
        assertEquals("", explainer.article().date());
        assertEquals("", explainer.article().url());
        assertTrue(explainer.article().titleIsEditorial());
        assertFalse(explainer.article().title().isBlank());
    }

    @Test
    void everyPersonStateAndAllianceNamedInTheArticleIsAnActor() {
        String text = explainer.article().text();
        Map<String, ActorKind> named = Map.of("Putin", ActorKind.PERSON, "Macron", ActorKind.PERSON,
                "Zelensky", ActorKind.PERSON, "Rutte", ActorKind.PERSON, "Starmer", ActorKind.PERSON,
                "Russia", ActorKind.STATE, "Ukraine", ActorKind.STATE, "NATO", ActorKind.ALLIANCE);
        named.forEach((name, kind) -> {
            assertTrue(text.contains(name), name + " is not in the article");
            assertTrue(explainer.actors().stream().anyMatch(a -> a.kind() == kind && a.name().contains(name)),
                    "no " + kind.jsonName() + " actor is named " + name);
        });
    }

    /** Russia and everyone who belongs to it, directly or through other blocs. */
    private static Set<String> russianCamp() {
        List<Actor> russia = explainer.actors().stream()
                .filter(a -> a.kind() == ActorKind.STATE && a.name().equals("Russia")).toList();
        assertEquals(1, russia.size(), "exactly one state actor should be Russia");
        Set<String> camp = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(russia.get(0).id()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (camp.add(id)) {
                explainer.membersOf(id).forEach(m -> todo.push(m.id()));
            }
        }
        return camp;
    }

    @Test
    void atLeastOneOpposingLinkIsBetweenActorsOnTheSameSide() {
        Set<String> russian = russianCamp();
        assertTrue(russian.size() >= 2, "Putin should belong to Russia: " + russian);
        List<String> inCamp = new ArrayList<>();
        for (Link link : explainer.links()) {
            String from = explainer.holderOf(link.fromStanceId()).orElseThrow().id();
            String to = explainer.holderOf(link.toStanceId()).orElseThrow().id();
            if (link.kind() == LinkKind.OPPOSES && !russian.contains(from) && !russian.contains(to)) {
                inCamp.add(link.id());
            }
        }
        assertFalse(inCamp.isEmpty(), "no opposing link between two non-Russian actors");
    }

    @Test
    void everyStanceAndLinkReferenceResolves() {
        for (Stance stance : explainer.stances()) {
            assertTrue(explainer.actor(stance.actorId()).isPresent(), stance.id());
            stance.context().ifPresent(c ->
                    assertEquals(ActorKind.EVENT, explainer.actor(c).orElseThrow().kind(), stance.id()));
        }
        for (Link link : explainer.links()) {
            assertTrue(explainer.stance(link.fromStanceId()).isPresent(), link.id());
            assertTrue(explainer.stance(link.toStanceId()).isPresent(), link.id());
        }
        explainer.tour().forEach(step -> {
            step.actorIds().forEach(id -> assertTrue(explainer.actor(id).isPresent(), id));
            step.linkIds().forEach(id -> assertTrue(explainer.link(id).isPresent(), id));
        });
    }

    /** Tour captions quote the article between “ ”; every such quotation must be its exact words. */
    @Test
    void everyQuotationInTheTourCaptionsIsTheArticlesExactText() {
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("“([^”]+)”");
        int checked = 0;
        for (var step : explainer.tour()) {
            java.util.regex.Matcher m = quoted.matcher(step.caption());
            while (m.find()) {
                String words = m.group(1).replaceFirst(",? …$", "");
                assertTrue(explainer.article().text().contains(words),
                        "tour step \"" + step.title() + "\" quotes words the article does not have: " + words);
                checked++;
            }
        }
        assertTrue(checked >= explainer.tour().size(), "most captions should quote the article");
    }
}
