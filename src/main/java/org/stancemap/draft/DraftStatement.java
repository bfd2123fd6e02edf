package org.stancemap.draft;

import org.stancemap.model.Stance;

/** A suggested stance with what the later stages need of the statement behind it. */
record DraftStatement(Stance stance, FoundStatement found, int paragraph) {

    String actorId() {
        return stance.actorId();
    }
}
