package org.stancemap.model.notes;

import java.time.Instant;
import java.util.Objects;
import org.stancemap.model.RuleBroken;

/**
 * A reader's note on, or star for, one target. A starred target may have no text.
 *
 * @param label what the target was called when the notes were last saved: the actor's name,
 *              "Name: summary" for a stance, the exact quoted words for a quote; empty if never
 *              seen. It lets an orphaned note still say what it was about, and lets a quote whose
 *              offsets moved be found again by its words.
 */
public record Note(NoteTarget target, String text, boolean starred, Instant created, Instant updated,
                   String label) {

    /** About ten pages of text: a note, not a document. Longer files are treated as damaged. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public Note {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        text = text == null ? "" : text;
        label = label == null ? "" : label;
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new RuleBroken("note.tooLong", MAX_TEXT_LENGTH, text.length());
        }
        if (label.length() > MAX_TEXT_LENGTH) {
            throw new RuleBroken("note.labelTooLong", MAX_TEXT_LENGTH, label.length());
        }
    }

    public boolean hasText() {
        return !text.isBlank();
    }

    /** A note with no text and no star says nothing; the record drops such entries. */
    boolean isBlank() {
        return !hasText() && !starred;
    }

    Note withText(String value, Instant at) {
        return new Note(target, value, starred, created, at, label);
    }

    Note withStarred(boolean value, Instant at) {
        return new Note(target, text, value, created, at, label);
    }

    Note withTarget(NoteTarget value) {
        return new Note(value, text, starred, created, updated, label);
    }

    Note withLabel(String value) {
        return new Note(target, text, starred, created, updated, value);
    }
}
