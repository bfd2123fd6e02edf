package org.stancemap.edit;

import org.stancemap.io.Wording;
import org.stancemap.model.Explainer;

/**
 * Autosaved work brought back after a crash, as one edit on the explainer as last saved: the work
 * then shows as unsaved, and one undo goes back to the saved file.
 */
public final class RestoreWork {

    private RestoreWork() {
    }

    public static Edit of(Explainer recovered) {
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                return recovered;
            }

            @Override
            public String label() {
                return Wording.get("edit.restore.label");
            }
        };
    }
}
