package org.stancemap.edit;

import java.util.List;
import org.stancemap.model.Explainer;

/**
 * Several edits made as one, so one undo takes them all back: a quote whose speaker is a new actor
 * adds the actor and the quote together. If any of them is refused, none applies.
 */
public record EditSequence(String label, List<Edit> edits) implements Edit {

    public EditSequence {
        edits = List.copyOf(edits);
    }

    @Override
    public Explainer applyTo(Explainer current) {
        Explainer next = current;
        for (Edit edit : edits) {
            next = edit.applyTo(next);
        }
        return next;
    }
}
