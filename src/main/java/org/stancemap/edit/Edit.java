package org.stancemap.edit;

import org.stancemap.model.Explainer;

/**
 * One change an author makes to an explainer, as a value: it computes the next explainer from the
 * current one and never changes either. Undo restores the explainer it was applied to, so a
 * cascade (an actor with its stances, links and tour references) comes back exactly.
 */
public interface Edit {

    /** The next explainer; throws {@link EditRefused} with a reason for the author if it cannot apply. */
    Explainer applyTo(Explainer current);

    /** What the edit does, in a few words for the Undo and Redo menu items ("delete Vladimir Putin"). */
    String label();
}
