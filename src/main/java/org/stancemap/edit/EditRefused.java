package org.stancemap.edit;

/** An edit that cannot apply to the current explainer; the message says why, for the author. */
public final class EditRefused extends RuntimeException {

    public EditRefused(String reason) {
        super(reason);
    }
}
