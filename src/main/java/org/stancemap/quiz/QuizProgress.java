package org.stancemap.quiz;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader has achieved in study mode for one explainer: the best full-round score and the keys of
 * the questions still to get right. Storing it is someone else's job.
 */
public record QuizProgress(int bestScore, int bestOutOf, List<String> missedKeys) {

    public static final QuizProgress NONE = new QuizProgress(0, 0, List.of());

    public QuizProgress {
        if (bestScore < 0 || bestOutOf < 0 || bestScore > bestOutOf) {
            throw new IllegalArgumentException("best score " + bestScore + " out of " + bestOutOf);
        }
        missedKeys = List.copyOf(new LinkedHashSet<>(missedKeys));
    }

    public boolean hasBestScore() {
        return bestOutOf > 0;
    }

    /**
     * The progress after {@code round}. A complete, non-practice round replaces the best score when its share
     * of right answers is higher (or equal, out of more questions). Every answered question counts towards
     * the missed keys: missed ones are added, right ones removed; unanswered ones change nothing.
     */
    public QuizProgress fold(QuizRound round) {
        int score = bestScore;
        int outOf = bestOutOf;
        if (!round.isPractice() && !round.isEmpty() && round.isComplete()
                && beats(round.score(), round.size())) {
            score = round.score();
            outOf = round.size();
        }
        Set<String> missed = new LinkedHashSet<>(missedKeys);
        round.answeredRight().forEach(q -> missed.remove(q.key()));
        missed.addAll(round.missedKeys());
        return new QuizProgress(score, outOf, List.copyOf(missed));
    }

    private boolean beats(int score, int outOf) {
        if (bestOutOf == 0) {
            return true;
        }
        long mine = (long) score * bestOutOf;
        long best = (long) bestScore * outOf;
        return mine > best || (mine == best && outOf > bestOutOf);
    }
}
