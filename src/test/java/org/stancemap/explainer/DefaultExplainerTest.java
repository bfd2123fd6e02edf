package org.stancemap.explainer;

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

    /** Every text the explainer writes in its own words, with where it is. */
    private static Map<String, String> explainerWords() {
        Map<String, String> words = new java.util.LinkedHashMap<>();
        explainer.actors().forEach(a -> words.put("role of " + a.id(), a.role() == null ? "" : a.role()));
        explainer.stances().forEach(s -> words.put("summary of " + s.id(), s.summary()));
        explainer.links().forEach(l -> words.put("explanation of " + l.id(), l.explanation()));
        for (int i = 0; i < explainer.tour().size(); i++) {
            words.put("caption of tour step " + (i + 1), explainer.tour().get(i).caption());
        }
        return words;
    }

    /** Words the explainer's own text puts between “ ” must be the article's, character for character. */
    @Test
    void everyQuotationInRolesSummariesAndLinkExplanationsIsTheArticlesExactText() {
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("“([^”]+)”");
        explainerWords().forEach((where, text) -> {
            java.util.regex.Matcher m = quoted.matcher(text);
            while (m.find()) {
                String words = m.group(1).replaceFirst(",? …$", "");
                assertTrue(explainer.article().text().contains(words), where + " quotes words the article does not have: " + words);
            }
        });
    }

    /** A title the explainer wrote itself does not put words in quotation marks (they read as scare quotes). */
    @Test
    void anEditorialTitleHasNoQuotationMarks() {
        assertTrue(explainer.article().titleIsEditorial());
        assertFalse(explainer.article().title().matches(".*[“”\"‘].*"), explainer.article().title());
    }

    /** A reply that rejects or ridicules the other position sets the two against each other. */
    @Test
    void noRespondsToLinkRejectsOrRidicules() {
        java.util.regex.Pattern against = java.util.regex.Pattern.compile("(?i)reject|ridicul|condemn|dismiss|mock");
        for (Link link : explainer.links()) {
            if (link.kind() != LinkKind.RESPONDS_TO) {
                continue;
            }
            StringBuilder said = new StringBuilder(link.explanation());
            link.evidence().forEach(e -> said.append(' ').append(e.text()));
            assertFalse(against.matcher(said).find(), link.id() + " rejects or ridicules: it should be `opposes`");
        }
    }

    private static Set<Integer> paragraphsOf(String stanceId) {
        Set<Integer> paragraphs = new HashSet<>();
        explainer.stance(stanceId).orElseThrow().quotes()
                .forEach(q -> paragraphs.add(explainer.article().paragraphNumberAt(q.span().start())));
        return paragraphs;
    }

    /**
     * The article itself relates two positions only where it reports them in one paragraph; a link between
     * positions from different paragraphs is the explainer's reading and must say "Inferred".
     */
    @Test
    void linksBetweenParagraphsTheArticleDoesNotJoinSayTheyAreInferred() {
        int inferred = 0;
        for (Link link : explainer.links()) {
            Set<Integer> shared = paragraphsOf(link.fromStanceId());
            shared.retainAll(paragraphsOf(link.toStanceId()));
            if (shared.isEmpty()) {
                inferred++;
                assertTrue(link.explanation().startsWith("Inferred"),
                        link.id() + " joins positions the article reports in different paragraphs: " + link.explanation());
            }
        }
        assertTrue(inferred > 0, "the built-in explainer has inferred links; the rule above should have checked some");
    }

    /**
     * A position the article gives only through someone else's words ("Macron stated that 26 of Ukraine's
     * allies had …") names that speaker in its summary, so it is not read as the holder's own statement.
     */
    @Test
    void aPositionReportedInsideAnotherActorsQuoteNamesWhoReportedIt() {
        int checked = 0;
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                for (Stance other : explainer.stances()) {
                    if (other.actorId().equals(stance.actorId())) {
                        continue;
                    }
                    for (Quote outer : other.quotes()) {
                        boolean inside = outer.span().start() <= quote.span().start() && quote.span().end() <= outer.span().end()
                                && outer.span().end() - outer.span().start() > quote.span().end() - quote.span().start();
                        if (inside) {
                            String name = explainer.actor(other.actorId()).orElseThrow().name();
                            String surname = name.substring(name.lastIndexOf(' ') + 1);
                            assertTrue(stance.summary().contains("According to " + surname),
                                    stance.id() + " is reported inside " + name + "'s words but its summary does not say so: "
                                            + stance.summary());
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked > 0, "the allies' commitment is reported inside Macron's words");
    }

    /** The article's claim that many leaders suggest something is not widened to "many leaders are …". */
    @Test
    void theExplainersWordsDoNotMoveTheArticlesQuantifiers() {
        explainerWords().forEach((where, text) ->
                assertFalse(text.contains("Many Western leaders"), where + " says \"Many Western leaders\": " + text));
    }

    /** The tour follows the article: each step's first quotation is no earlier in the article than the last step's. */
    @Test
    void tourStepsFollowTheArticlesOrder() {
        java.util.regex.Pattern quoted = java.util.regex.Pattern.compile("“([^”]+)”");
        int previous = -1;
        String previousTitle = "";
        for (var step : explainer.tour()) {
            java.util.regex.Matcher m = quoted.matcher(step.caption());
            if (!m.find()) {
                continue;
            }
            int at = explainer.article().text().indexOf(m.group(1).replaceFirst(",? …$", ""));
            assertTrue(at >= previous, "step \"" + step.title() + "\" quotes the article before step \"" + previousTitle + "\"");
            previous = at;
            previousTitle = step.title();
        }
    }

    /** The explainer's judgements stay the article's: what it calls fading is quoted, not stated as fact. */
    @Test
    void theArticlesJudgementsAreQuotedNotStated() {
        for (String judgement : List.of("fading", "ridicule", "wary")) {
            explainerWords().forEach((where, text) -> {
                String outsideQuotes = text.replaceAll("“[^”]*”", "");
                if (where.startsWith("caption") && outsideQuotes.toLowerCase(java.util.Locale.ROOT).contains(judgement)) {
                    throw new AssertionError(where + " states the article's judgement \"" + judgement
                            + "\" as fact instead of quoting it: " + text);
                }
            });
        }
    }

    /** Glossary definitions say what the term means in general, not what one side claims. */
    @Test
    void glossaryDefinitionsDoNotAttributeTheTermToOneSide() {
        for (var entry : explainer.glossary()) {
            assertFalse(entry.definition().matches("(?i).*\\bone side says\\b.*"), entry.term() + ": " + entry.definition());
            assertFalse(entry.definition().matches("(?i).*\\b(again|several)\\b.*"),
                    entry.term() + " adds a claim (\"again\", \"several\"): " + entry.definition());
        }
    }
}
