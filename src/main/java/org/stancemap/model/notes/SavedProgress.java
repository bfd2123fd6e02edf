package org.stancemap.model.notes;

import java.util.List;
import java.util.Objects;
import org.stancemap.model.RuleBroken;

/**
 * A reader's best quiz result for one explainer, as stored with their notes.
 *
 * @param missedKeys the quiz's keys for the questions missed in that best attempt
 */
public record SavedProgress(int bestScore, int bestOutOf, List<String> missedKeys) {

    public SavedProgress {
        if (bestScore < 0 || bestOutOf < 0 || bestScore > bestOutOf) {
            throw new RuleBroken("note.impossibleScore", bestScore, bestOutOf);
        }
        missedKeys = List.copyOf(Objects.requireNonNull(missedKeys, "missedKeys"));
    }

    /** No quiz taken yet. */
    public static SavedProgress none() {
        return new SavedProgress(0, 0, List.of());
    }

    public boolean isNone() {
        return bestOutOf == 0 && missedKeys.isEmpty();
    }
}
