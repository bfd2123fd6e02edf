package org.stancemap.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.testdata.ExplainerGenerator;

class QuizGeneratorTest {

    private static Explainer paris;

    @BeforeAll
    static void loadDefault() {
        paris = new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    static Explainer generated(int actors, int links, long seed) {
        return new ExplainerLoader().load(ExplainerGenerator.generateBytes(actors, links, seed), "generated.stancemap.json")
                .explainer().orElseThrow();
    }

    static Stream<Arguments> explainers() {
        return Stream.of(
                Arguments.of("default", paris),
                Arguments.of("generated 8/6 seed 2", generated(8, 6, 2)),
                Arguments.of("generated 20/40 seed 1", generated(20, 40, 1)),
                Arguments.of("generated 20/40 seed 7", generated(20, 40, 7)),
                Arguments.of("generated 60/150 seed 11", generated(60, 150, 11)),
                Arguments.of("generated 300/900 seed 20250911", generated(300, 900, 20250911)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void everyQuestionOfManyRoundsHasExactlyOneRightAnswerAndNoDuplicateOptions(String name, Explainer explainer) {
        QuizGenerator generator = new QuizGenerator(explainer);
        for (long seed = 0; seed < 40; seed++) {
            QuizRound round = generator.round(seed);
            assertEquals(List.of(), QuizChecks.problems(explainer, round), name + " seed " + seed);
            assertEquals(Math.min(QuizGenerator.ROUND_SIZE, generator.questionCount()), round.size(),
                    name + " seed " + seed);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void everyQuestionTheExplainerCanSupplyIsSound(String name, Explainer explainer) {
        QuizGenerator generator = new QuizGenerator(explainer);
        List<String> keys = QuizChecks.allKeys(explainer);
        for (long seed = 0; seed < 3; seed++) {
            QuizRound all = generator.practice(keys, seed);
            assertEquals(List.of(), QuizChecks.problems(explainer, all), name);
            assertEquals(generator.questionCount(), all.size(), name);
        }
        assertTrue(generator.questionCount() >= Math.min(10, keys.size()), name + " asks too little: "
                + generator.questionCount() + " of " + keys.size());
    }

    @Test
    void theDefaultExplainerCanAskAboutEveryQuoteAndEveryOpposingLink() {
        QuizGenerator generator = new QuizGenerator(paris);
        List<String> keys = QuizChecks.allKeys(paris);
        assertEquals(keys.size(), generator.questionCount());
        keys.forEach(k -> assertTrue(generator.hasQuestion(k), k));
        assertTrue(generator.hasQuestion("who-said:putin-rejects-force:" + startOf("putin-rejects-force")));
        assertTrue(generator.hasQuestion("opposes:rutte-rebuts-russian-veto"));
    }

    private static String startOf(String stanceId) {
        Quote q = paris.stance(stanceId).orElseThrow().quotes().get(0);
        return q.span().start() + "-" + q.span().end();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void aRoundMixesBothKindsOfQuestion(String name, Explainer explainer) {
        QuizGenerator generator = new QuizGenerator(explainer);
        long opposingLinks = QuizChecks.allKeys(explainer).stream().filter(k -> k.startsWith("opposes:")).count();
        for (long seed = 0; seed < 10; seed++) {
            QuizRound round = generator.round(seed);
            long whoSaid = round.questions().stream().filter(q -> q.kind() == QuestionKind.WHO_SAID).count();
            long opposes = round.size() - whoSaid;
            assertTrue(whoSaid >= 3 && opposes >= Math.min(3, opposingLinks),
                    name + ": " + whoSaid + " who-said, " + opposes + " opposes");
            assertTrue(opposes == Math.min(5, opposingLinks) || opposes == Math.min(5, opposingLinks - 1),
                    name + ": " + opposes + " opposes of " + opposingLinks + " links");
        }
    }

    @Test
    void sameSeedGivesTheSameRoundAndOtherSeedsUsuallyDiffer() {
        QuizGenerator generator = new QuizGenerator(paris);
        assertEquals(generator.round(42).questions(), generator.round(42).questions());
        assertEquals(new QuizGenerator(paris).round(42).questions(), generator.round(42).questions());
        Set<List<Question>> rounds = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            rounds.add(generator.round(seed).questions());
        }
        assertTrue(rounds.size() >= 18, "only " + rounds.size() + " different rounds from 20 seeds");
        assertNotEquals(generator.round(1).questions(), generator.round(2).questions());
    }

    @Test
    void theRightAnswerIsNotAlwaysInTheSamePlace() {
        int[] places = new int[4];
        QuizGenerator generator = new QuizGenerator(paris);
        for (long seed = 0; seed < 20; seed++) {
            generator.round(seed).questions().forEach(q -> places[q.correctIndex()]++);
        }
        for (int count : places) {
            assertTrue(count > 20, "right answers per place: " + java.util.Arrays.toString(places));
        }
    }

    /**
     * Who-said distractors are of the speaker's kind as far as the explainer has such actors to offer (an
     * actor the quote names may be passed over, as the quote gives it away).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void whoSaidDistractorsAreOfTheSpeakersKindWhereTheExplainerAllows(String name, Explainer explainer) {
        QuizRound all = new QuizGenerator(explainer).practice(QuizChecks.allKeys(explainer), 3);
        java.util.Map<String, Set<String>> wordsOf = new java.util.HashMap<>();
        explainer.stances().forEach(s -> s.quotes().forEach(x ->
                wordsOf.computeIfAbsent(s.actorId(), a -> new HashSet<>()).add(x.text())));
        int checked = 0;
        for (Question q : all.questions()) {
            if (q.kind() != QuestionKind.WHO_SAID) {
                continue;
            }
            Actor speaker = explainer.holderOf(q.stanceId()).orElseThrow();
            long sameKindAvailable = explainer.actors().stream()
                    .filter(a -> a.kind() == speaker.kind() && !a.id().equals(speaker.id()))
                    .filter(a -> !a.blocs().contains(speaker.id()) && !speaker.blocs().contains(a.id()))
                    .filter(a -> !q.subject().toLowerCase().contains(a.name().toLowerCase()))
                    .filter(a -> !wordsOf.getOrDefault(a.id(), Set.of()).contains(q.subject()))
                    .count();
            long sameKindOffered = q.options().stream().filter(o -> !o.actorId().equals(speaker.id()))
                    .filter(o -> explainer.actor(o.actorId()).orElseThrow().kind() == speaker.kind()).count();
            assertTrue(sameKindOffered >= Math.min(3, sameKindAvailable), name + " " + q.key() + " " + q.options());
            if (sameKindAvailable >= 3 || explainer.actors().size() >= 8) {
                assertEquals(4, q.options().size(), name + " " + q.key());
            }
            checked++;
        }
        assertTrue(checked > 0, name);
    }

    @Test
    void personsAreAskedAboutAmongPersonsOnTheDefaultExplainer() {
        QuizRound all = new QuizGenerator(paris).practice(QuizChecks.allKeys(paris), 9);
        for (Question q : all.questions()) {
            if (q.kind() == QuestionKind.WHO_SAID && paris.holderOf(q.stanceId()).orElseThrow().kind() == ActorKind.PERSON) {
                for (Option o : q.options()) {
                    assertEquals(ActorKind.PERSON, paris.actor(o.actorId()).orElseThrow().kind(), q.key() + " " + o);
                }
            }
        }
    }

    /** Kyiv and its allies share the words "a notion rejected by Kyiv and its allies": never both offered. */
    @Test
    void wordsTwoActorsShareAreAskedOnceAndNeverOfferBothHolders() {
        Stance kyiv = paris.stance("ukraine-rejects-russian-role").orElseThrow();
        Stance allies = paris.stance("allies-reject-russian-role").orElseThrow();
        assertEquals(kyiv.quotes().get(0).text(), allies.quotes().get(0).text(), "the default explainer changed");
        QuizGenerator generator = new QuizGenerator(paris);
        for (long seed = 0; seed < 60; seed++) {
            QuizRound round = generator.round(seed);
            long asked = round.questions().stream()
                    .filter(q -> q.subject().equals(kyiv.quotes().get(0).text())).count();
            assertTrue(asked <= 1, "seed " + seed + " asks the shared words " + asked + " times");
        }
        Question q = generator.practice(List.of(QuizChecks.allKeys(paris).stream()
                .filter(k -> k.startsWith("who-said:allies-reject-russian-role:")).findFirst().orElseThrow()), 1)
                .question(0);
        assertTrue(q.options().stream().noneMatch(o -> o.actorId().equals("ukraine")), q.options().toString());
        assertEquals("allies", q.correctOption().actorId());
    }

    @Test
    void anActorTheQuoteNamesIsOfferedOnlyWhenNothingElseIs() {
        QuizRound all = new QuizGenerator(paris).practice(QuizChecks.allKeys(paris), 6);
        Question q = all.questions().stream().filter(x -> x.key().startsWith("who-said:putin-doubts-talks:"))
                .findFirst().orElseThrow();
        assertTrue(q.subject().contains("Volodymyr Zelensky"));
        assertTrue(q.options().stream().noneMatch(o -> o.actorId().equals("zelensky")), q.options().toString());
    }

    @Test
    void aBlocIsNotOfferedAgainstItsOwnMember() {
        QuizRound all = new QuizGenerator(paris).practice(QuizChecks.allKeys(paris), 4);
        for (Question q : all.questions()) {
            if (q.kind() == QuestionKind.WHO_SAID && q.correctOption().actorId().equals("russia")) {
                assertTrue(q.options().stream().noneMatch(o -> o.actorId().equals("putin")), q.options().toString());
            }
        }
    }

    @Test
    void theAnswerIdentifiesTheQuoteAndItsParagraph() {
        Stance stance = paris.stance("starmer-ceasefire-then-guarantees").orElseThrow();
        Quote quote = stance.quotes().get(0);
        String key = "who-said:" + stance.id() + ":" + quote.span().start() + "-" + quote.span().end();
        Question q = new QuizGenerator(paris).practice(List.of(key), 8).question(0);
        assertEquals(key, q.key());
        assertEquals(stance.id(), q.stanceId());
        assertEquals(java.util.Optional.of(quote.span()), q.quote());
        assertEquals(quote.text(), q.subject());
        assertEquals(6, q.paragraph());
        assertEquals("starmer", q.correctOption().actorId());
        assertEquals(java.util.Optional.of(stance.id()), q.correctOption().stanceId());
        assertEquals(paris.actor("starmer").orElseThrow().name(), q.correctOption().label());
    }

    @Test
    void anOpposesQuestionShowsOneEndAndAsksForTheOther() {
        Question q = new QuizGenerator(paris).practice(List.of("opposes:rutte-rebuts-russian-veto"), 2).question(0);
        assertEquals(QuestionKind.WHO_OPPOSES, q.kind());
        Set<String> ends = Set.of("rutte-sovereignty", "putin-rejects-force");
        assertTrue(ends.contains(q.stanceId()));
        String other = q.stanceId().equals("rutte-sovereignty") ? "putin-rejects-force" : "rutte-sovereignty";
        assertEquals(java.util.Optional.of(other), q.correctOption().stanceId());
        assertTrue(q.subject().contains(paris.stance(q.stanceId()).orElseThrow().summary()));
        assertEquals(4, q.options().size());
        Set<String> seenShown = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            seenShown.add(new QuizGenerator(paris).practice(List.of("opposes:rutte-rebuts-russian-veto"), seed)
                    .question(0).stanceId());
        }
        assertEquals(ends, seenShown, "either end should be shown in some round");
    }

    @Test
    void preferredKeysComeFirstInTheRound() {
        QuizGenerator generator = new QuizGenerator(paris);
        List<String> keys = QuizChecks.allKeys(paris);
        List<String> preferred = List.of(keys.get(keys.size() - 1), keys.get(3), keys.get(7), "who-said:gone:1-2");
        for (long seed = 0; seed < 10; seed++) {
            List<String> asked = generator.round(seed, 10, preferred).questions().stream().map(Question::key).toList();
            assertEquals(10, asked.size());
            assertTrue(asked.containsAll(preferred.subList(0, 3)), asked.toString());
        }
        assertEquals(3, generator.round(1, 3, preferred).questions().stream()
                .filter(q -> preferred.contains(q.key())).count());
    }

    @Test
    void practiceFromKeysHoldsExactlyThoseQuestionsInTheirOrder() {
        QuizGenerator generator = new QuizGenerator(paris);
        List<String> keys = QuizChecks.allKeys(paris);
        List<String> missed = List.of(keys.get(5), keys.get(keys.size() - 2), keys.get(0));
        List<String> withJunk = List.of(keys.get(5), "opposes:no-such-link", keys.get(keys.size() - 2), keys.get(0),
                keys.get(5));
        QuizRound practice = generator.practice(withJunk, 77);
        assertTrue(practice.isPractice());
        assertEquals(missed, practice.questions().stream().map(Question::key).toList());
        assertEquals(List.of(), QuizChecks.problems(paris, practice));
    }

    @Test
    void practisingTheMissedOnesAsksExactlyThemWithTheOptionsMoved() {
        QuizGenerator generator = new QuizGenerator(paris);
        for (long seed = 0; seed < 10; seed++) {
            QuizRound round = generator.round(seed);
            for (int i = 0; i < round.size(); i++) {
                Question q = round.question(i);
                // wrong on every third question
                round.answer(i, i % 3 == 0 ? (q.correctIndex() + 1) % q.options().size() : q.correctIndex());
            }
            QuizRound practice = round.practiceMissed(seed + 100);
            assertTrue(practice.isPractice());
            assertEquals(round.missedKeys(), practice.questions().stream().map(Question::key).toList());
            assertEquals(4, practice.size());
            for (int i = 0; i < practice.size(); i++) {
                Question before = round.missed().get(i);
                Question after = practice.question(i);
                assertEquals(Set.copyOf(before.options()), Set.copyOf(after.options()));
                assertEquals(before.correctOption(), after.correctOption());
                assertNotEquals(before.correctIndex(), after.correctIndex(), "the right answer should move");
            }
            assertEquals(List.of(), QuizChecks.problems(paris, practice));
        }
    }

    @Test
    void aThousandActorExplainerGivesSoundRoundsWithoutAWait() {
        Explainer large = generated(1000, 3000, 1);
        QuizRound round = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new QuizGenerator(large).round(9));
        assertEquals(10, round.size());
        assertEquals(List.of(), QuizChecks.problems(large, round));
    }

    @Test
    void roundSizeIsRespected() {
        QuizGenerator generator = new QuizGenerator(paris);
        assertEquals(0, generator.round(1, 0).size());
        assertEquals(3, generator.round(1, 3).size());
        // "a notion rejected by Kyiv and its allies" is asked of the allies only: it names Kyiv.
        assertEquals(generator.questionCount(), generator.round(1, 1000).size());
        assertThrows(IllegalArgumentException.class, () -> generator.round(1, -1));
        assertFalse(generator.round(1).isPractice());
    }

    /** "Macron stated that 26 of Ukraine's allies had formally committed …": the allies' words are his too. */
    @Test
    void theAlliesCommitmentNeverOffersMacronAsAWrongAnswer() {
        Stance allies = paris.stance("allies-commit-troops").orElseThrow();
        String key = "who-said:allies-commit-troops:" + startOf("allies-commit-troops");
        QuizGenerator generator = new QuizGenerator(paris);
        assertTrue(generator.hasQuestion(key));
        for (long seed = 0; seed < 40; seed++) {
            Question q = generator.practice(List.of(key), seed).question(0);
            assertEquals(allies.quotes().get(0).text(), q.subject());
            assertTrue(q.options().stream().noneMatch(o -> o.actorId().equals("macron")), "seed " + seed + ": " + q.options());
        }
    }

    /** Words that name the speaker ("has faced ridicule from Zelensky") are narration, and give the answer away. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void noWhoSaidQuestionQuotesWordsThatNameAnOptionsActor(String name, Explainer explainer) {
        QuizRound all = new QuizGenerator(explainer).practice(QuizChecks.allKeys(explainer), 5);
        for (Question q : all.questions()) {
            if (q.kind() != QuestionKind.WHO_SAID) {
                continue;
            }
            for (Option o : q.options()) {
                assertFalse(QuizChecks.namesItsSpeaker(q.subject(), explainer.actor(o.actorId()).orElseThrow()),
                        name + " " + q.key() + ": the words name " + o.label());
            }
        }
        if (explainer == paris) {
            assertFalse(new QuizGenerator(paris).hasQuestion("who-said:zelensky-sees-capitulation:1085-1117"),
                    "\"has faced ridicule from Zelensky\" is the article's narration about Zelensky");
        }
    }

    /** Only one option can be defended: no two from one actor, none from an actor at odds with the shown actor. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("explainers")
    void opposesDistractorsComeFromDistinctActorsNotAtOddsWithTheShownActor(String name, Explainer explainer) {
        QuizRound all = new QuizGenerator(explainer).practice(QuizChecks.allKeys(explainer), 7);
        int checked = 0;
        for (Question q : all.questions()) {
            if (q.kind() != QuestionKind.WHO_OPPOSES) {
                continue;
            }
            String shownActor = explainer.holderOf(q.stanceId()).orElseThrow().id();
            Set<String> atOdds = new HashSet<>();
            for (org.stancemap.model.Link l : explainer.links()) {
                if (l.kind() == org.stancemap.model.LinkKind.SUPPORTS) {
                    continue;
                }
                String from = explainer.holderOf(l.fromStanceId()).orElseThrow().id();
                String to = explainer.holderOf(l.toStanceId()).orElseThrow().id();
                if (from.equals(shownActor)) {
                    atOdds.add(to);
                }
                if (to.equals(shownActor)) {
                    atOdds.add(from);
                }
            }
            Set<String> actors = new HashSet<>();
            for (int i = 0; i < q.options().size(); i++) {
                Option o = q.options().get(i);
                assertTrue(actors.add(o.actorId()), name + " " + q.key() + ": two options from " + o.actorId());
                if (i != q.correctIndex()) {
                    assertFalse(atOdds.contains(o.actorId()), name + " " + q.key() + ": distractor " + o.label()
                            + " is at odds with the shown actor elsewhere");
                    Actor distractor = explainer.actor(o.actorId()).orElseThrow();
                    Actor answer = explainer.actor(q.correctOption().actorId()).orElseThrow();
                    assertFalse(distractor.blocs().contains(answer.id()) || answer.blocs().contains(distractor.id()),
                            name + " " + q.key() + ": distractor " + o.label() + " speaks for the answer's camp");
                }
            }
            assertEquals(explainer.link(q.key().substring("opposes:".length())).orElseThrow().explanation(), q.explanation());
            checked++;
        }
        assertTrue(checked > 0, name);
    }
}
