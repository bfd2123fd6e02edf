package org.stancemap.draft;

/** Why no draft could be made of an article that was read (for example, nobody is named in it). */
public final class DraftException extends Exception {

    private static final long serialVersionUID = 1L;

    public DraftException(String message) {
        super(message);
    }
}
