package org.stancemap.edit;

import org.stancemap.model.Explainer;
import org.stancemap.io.Wording;

/** Refuses an edit that names an actor, stance or link the explainer no longer has. */
final class Exists {

    private Exists() {
    }

    static void require(Explainer explainer, ItemRef item) {
        boolean found = switch (item.kind()) {
            case ACTOR -> explainer.actor(item.id()).isPresent();
            case STANCE -> explainer.stance(item.id()).isPresent();
            case LINK -> explainer.link(item.id()).isPresent();
        };
        if (!found) {
            throw new EditRefused(Wording.format("edit.gone." + item.kind().name().toLowerCase(java.util.Locale.ROOT),
                    item.id()));
        }
    }
}
