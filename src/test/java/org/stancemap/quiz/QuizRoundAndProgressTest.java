package org.stancemap.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuizRoundAndProgressTest {

    private static Question question(String key) {
        List<Option> options = List.of(new Option("A", "", "a", Optional.empty()),
                new Option("B", "", "b", Optional.empty()), new Option("C", "", "c", Optional.empty()));
        return new Question(key, QuestionKind.WHO_SAID, Prompts.whoSaid(org.stancemap.model.Delivery.DIRECT), "words", "s", Optional.empty(), 0,
                options, 1);
    }

    private static QuizRound round(boolean practice, String... keys) {
        List<Question> questions = new ArrayList<>();
        for (String key : keys) {
            questions.add(question(key));
        }
        return new QuizRound(questions, practice);
    }

    /** Answers question i right when {@code pattern} has 'r' at i, wrong for 'w', not at all for '-'. */
    private static QuizRound answered(QuizRound round, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) != '-') {
                round.answer(i, pattern.charAt(i) == 'r' ? 1 : 2);
            }
        }
        return round;
    }

    @Test
    void scoreCountsRightAnswersAndMissedListsTheWrongOnesInOrder() {
        QuizRound round = round(false, "k1", "k2", "k3", "k4");
        assertEquals(OptionalInt.of(0), round.nextUnanswered());
        assertTrue(round.answer(0, 1));
        assertFalse(round.answer(2, 0));
        assertEquals(OptionalInt.of(1), round.nextUnanswered());
        assertFalse(round.isComplete());
        assertEquals(2, round.answeredCount());
        assertEquals(1, round.score());
        assertEquals(List.of("k3"), round.missedKeys());
        assertFalse(round.answer(1, 0));
        assertTrue(round.answer(3, 1));
        assertTrue(round.isComplete());
        assertEquals(OptionalInt.empty(), round.nextUnanswered());
        assertEquals(2, round.score());
        assertEquals(List.of("k2", "k3"), round.missedKeys());
        assertEquals(OptionalInt.of(0), round.answerOf(2));
    }

    @Test
    void anAnswerCannotBeChangedOrPointOutsideTheQuestion() {
        QuizRound round = round(false, "k1");
        assertThrows(IndexOutOfBoundsException.class, () -> round.answer(0, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> round.answer(0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> round.answer(1, 0));
        round.answer(0, 2);
        assertThrows(IllegalStateException.class, () -> round.answer(0, 1));
        assertEquals(0, round.score());
    }

    @Test
    void aQuestionMustHaveTwoOptionsAndARightOne() {
        Option a = new Option("A", "", "a", Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> new Question("k", QuestionKind.WHO_SAID, "p", "s", "s",
                Optional.empty(), 0, List.of(a), 0));
        assertThrows(IllegalArgumentException.class, () -> new Question("k", QuestionKind.WHO_SAID, "p", "s", "s",
                Optional.empty(), 0, List.of(a, a), 2));
    }

    @Test
    void anEmptyRoundIsCompleteWithNothingMissed() {
        QuizRound round = round(false);
        assertTrue(round.isEmpty());
        assertTrue(round.isComplete());
        assertEquals(0, round.score());
        assertEquals(List.of(), round.missed());
        assertTrue(round.practiceMissed(1).isEmpty());
        assertEquals(QuizProgress.NONE, QuizProgress.NONE.fold(round));
    }

    @Test
    void foldKeepsTheBestScore() {
        QuizProgress p = QuizProgress.NONE.fold(answered(round(false, "a", "b", "c", "d"), "rrww"));
        assertEquals(new QuizProgress(2, 4, List.of("c", "d")), p);
        p = p.fold(answered(round(false, "e", "f", "g", "h"), "rwww"));
        assertEquals(2, p.bestScore(), "a worse round does not replace the best");
        assertEquals(4, p.bestOutOf());
        p = p.fold(answered(round(false, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"), "rrrrrwwwww"));
        assertEquals(5, p.bestScore(), "the same share out of more questions counts as better");
        assertEquals(10, p.bestOutOf());
        p = p.fold(answered(round(false, "a", "b", "c"), "rrw"));
        assertEquals(2, p.bestScore());
        assertEquals(3, p.bestOutOf());
    }

    @Test
    void practiceAndUnfinishedRoundsDoNotSetABestScore() {
        QuizProgress p = new QuizProgress(1, 10, List.of("x", "y"));
        QuizProgress afterPractice = p.fold(answered(round(true, "x", "y"), "rr"));
        assertEquals(1, afterPractice.bestScore());
        assertEquals(10, afterPractice.bestOutOf());
        assertEquals(List.of(), afterPractice.missedKeys(), "practising them right clears them");
        QuizProgress afterUnfinished = p.fold(answered(round(false, "a", "b", "c"), "rr-"));
        assertEquals(1, afterUnfinished.bestScore());
        assertTrue(p.hasBestScore());
        assertFalse(QuizProgress.NONE.hasBestScore());
    }

    @Test
    void foldAddsNewMissesKeepsOldOnesAndDropsThoseNowRight() {
        QuizProgress p = new QuizProgress(3, 10, List.of("old1", "old2", "old3"));
        QuizProgress after = p.fold(answered(round(false, "old2", "new1", "old3", "new2", "other"), "rwwr-"));
        assertEquals(List.of("old1", "old3", "new1"), after.missedKeys());
        assertEquals(List.of("old1", "old2", "old3"), p.missedKeys(), "progress is immutable");
    }

    @Test
    void progressIsImmutableAndChecked() {
        List<String> keys = new ArrayList<>(List.of("a", "a", "b"));
        QuizProgress p = new QuizProgress(0, 0, keys);
        keys.add("c");
        assertEquals(List.of("a", "b"), p.missedKeys());
        assertThrows(UnsupportedOperationException.class, () -> p.missedKeys().add("d"));
        assertThrows(IllegalArgumentException.class, () -> new QuizProgress(3, 2, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new QuizProgress(-1, 2, List.of()));
    }

    @Test
    void practisingMissedOnesKeepsTheirOrderAndMovesTheRightAnswer() {
        QuizRound round = answered(round(false, "a", "b", "c", "d"), "wrww");
        QuizRound practice = round.practiceMissed(5);
        assertTrue(practice.isPractice());
        assertEquals(List.of("a", "c", "d"), practice.questions().stream().map(Question::key).toList());
        for (Question q : practice.questions()) {
            assertEquals("b", q.correctOption().actorId());
            assertTrue(q.correctIndex() != 1, "the right answer stayed at 1");
        }
    }

    @Test
    void theCheckerCatchesAQuestionWithTwoRightAnswersOrAWrongMark() {
        var paris = new org.stancemap.explainer.ExplainerLoader().loadDefault().explainer().orElseThrow();
        var stance = paris.stance("putin-rejects-force").orElseThrow();
        var span = stance.quotes().get(0).span();
        String key = "who-said:" + stance.id() + ":" + span.start() + "-" + span.end();
        Option putin = new Option("Vladimir Putin", "", "putin", Optional.of(stance.id()));
        Option macron = new Option("Emmanuel Macron", "", "macron", Optional.empty());
        Option putinAgain = new Option("Putin", "", "putin", Optional.empty());
        Question good = new Question(key, QuestionKind.WHO_SAID, "p", span.text(), stance.id(), Optional.of(span), 1,
                List.of(macron, putin), 1);
        assertEquals(List.of(), QuizChecks.problems(paris, good));
        Question twoRight = new Question(key, QuestionKind.WHO_SAID, "p", span.text(), stance.id(), Optional.of(span),
                1, List.of(putinAgain, putin), 1);
        assertFalse(QuizChecks.problems(paris, twoRight).isEmpty());
        Question wrongMark = new Question(key, QuestionKind.WHO_SAID, "p", span.text(), stance.id(), Optional.of(span),
                1, List.of(macron, putin), 0);
        assertFalse(QuizChecks.problems(paris, wrongMark).isEmpty());
        Option rutte = new Option("Mark Rutte", "", "rutte", Optional.of("rutte-sovereignty"));
        Option allies = new Option("Allies", "", "allies", Optional.of("allies-commit-troops"));
        Option starmer = new Option("Keir Starmer", "", "starmer", Optional.of("starmer-ceasefire-then-guarantees"));
        Question opposes = new Question("opposes:rutte-rebuts-russian-veto", QuestionKind.WHO_OPPOSES, "p", "s",
                stance.id(), Optional.empty(), 0, List.of(starmer, rutte, allies), 1);
        assertFalse(QuizChecks.problems(paris, opposes).isEmpty(), "putin-rejects-force also opposes the allies");
        Question opposesGood = new Question("opposes:rutte-rebuts-russian-veto", QuestionKind.WHO_OPPOSES, "p", "s",
                stance.id(), Optional.empty(), 0, List.of(starmer, rutte), 1);
        assertEquals(List.of(), QuizChecks.problems(paris, opposesGood));
    }
}
