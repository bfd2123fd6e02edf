package org.stancemap.export;

/**
 * One of the reader's own notes, as the handout prints it. {@code about} says what the note is
 * attached to (an actor's name, a stance's summary, or empty for a general note).
 */
public record HandoutNote(String about, String text, boolean starred) {

    public HandoutNote {
        about = about == null ? "" : about;
        text = text == null ? "" : text;
    }
}
