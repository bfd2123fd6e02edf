package org.stancemap.export;

/** A handout could not be made or saved; the message says why in words a teacher can act on. */
public final class HandoutException extends Exception {

    public HandoutException(String message) {
        super(message);
    }

    public HandoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
