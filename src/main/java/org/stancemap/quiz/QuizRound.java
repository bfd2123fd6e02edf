package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A round of questions being answered. Each question takes one answer, which cannot be changed, so the
 * score means what it says. Not thread-safe; the study screen owns its round.
 */
public final class QuizRound {

    private static final int UNANSWERED = -1;

    private final List<Question> questions;
    private final boolean practice;
    private final int[] answers;

    /** @param practice true for a round of earlier missed questions, which does not count as a best score */
    public QuizRound(List<Question> questions, boolean practice) {
        this.questions = List.copyOf(questions);
        this.practice = practice;
        this.answers = new int[this.questions.size()];
        Arrays.fill(answers, UNANSWERED);
    }

    public List<Question> questions() {
        return questions;
    }

    public Question question(int index) {
        return questions.get(index);
    }

    public int size() {
        return questions.size();
    }

    public boolean isEmpty() {
        return questions.isEmpty();
    }

    public boolean isPractice() {
        return practice;
    }

    /**
     * Records the reader's choice for a question and says whether it was right.
     *
     * @throws IllegalStateException if the question was answered already
     * @throws IndexOutOfBoundsException if there is no such question or option
     */
    public boolean answer(int question, int option) {
        Question q = questions.get(question);
        if (option < 0 || option >= q.options().size()) {
            throw new IndexOutOfBoundsException("question " + question + " has no option " + option);
        }
        if (answers[question] != UNANSWERED) {
            throw new IllegalStateException("question " + question + " is answered already");
        }
        answers[question] = option;
        return q.isCorrect(option);
    }

    public OptionalInt answerOf(int question) {
        int a = answers[question];
        return a == UNANSWERED ? OptionalInt.empty() : OptionalInt.of(a);
    }

    public boolean isAnswered(int question) {
        return answers[question] != UNANSWERED;
    }

    /** The first question not yet answered, or empty when the round is complete. */
    public OptionalInt nextUnanswered() {
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] == UNANSWERED) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    public int answeredCount() {
        return (int) Arrays.stream(answers).filter(a -> a != UNANSWERED).count();
    }

    public boolean isComplete() {
        return answeredCount() == questions.size();
    }

    /** Questions answered right so far. */
    public int score() {
        int score = 0;
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != UNANSWERED && questions.get(i).isCorrect(answers[i])) {
                score++;
            }
        }
        return score;
    }

    /** Questions answered wrong so far, in round order, for review. */
    public List<Question> missed() {
        return answeredWhere(false);
    }

    public List<String> missedKeys() {
        return missed().stream().map(Question::key).toList();
    }

    List<Question> answeredRight() {
        return answeredWhere(true);
    }

    private List<Question> answeredWhere(boolean right) {
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != UNANSWERED && questions.get(i).isCorrect(answers[i]) == right) {
                out.add(questions.get(i));
            }
        }
        return out;
    }

    /**
     * A practice round of this round's missed questions, in the same order, each with its options shuffled
     * so the right answer sits somewhere else.
     */
    public QuizRound practiceMissed(long seed) {
        Random rng = Picking.random(seed);
        return new QuizRound(missed().stream().map(q -> q.reshuffled(rng)).toList(), true);
    }
}
