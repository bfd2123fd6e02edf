package org.stancemap.model.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.Explainer;
import org.stancemap.model.RuleBroken;

/**
 * Everything a reader keeps for one explainer: notes and stars, at most one entry per target, in the
 * order they were first made, and the best quiz result. Immutable: every change gives a new record,
 * so the UI can hold the current one in a property and save it off the FX thread.
 *
 * <p>An entry with no text and no star means nothing, so the changes here drop it rather than keep it.
 */
public record StudyRecord(String explainerId, List<Note> notes, SavedProgress progress) {

    public StudyRecord {
        Objects.requireNonNull(explainerId, "explainerId");
        notes = List.copyOf(notes);
        progress = progress == null ? SavedProgress.none() : progress;
        Set<NoteTarget> seen = new HashSet<>();
        for (Note note : notes) {
            if (!seen.add(note.target())) {
                throw new RuleBroken("note.twice", note.target().kind().jsonName(), note.target().id());
            }
        }
    }

    // Written out, as Point's are: the window compares records each time they change, the first
    // time at start-up, where a generated equals links method handles first.
    @Override
    public boolean equals(Object other) {
        return other instanceof StudyRecord r && explainerId.equals(r.explainerId) && Objects.equals(notes, r.notes)
                && Objects.equals(progress, r.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(explainerId, notes, progress);
    }

    public static StudyRecord empty(String explainerId) {
        return new StudyRecord(explainerId, List.of(), SavedProgress.none());
    }

    public boolean isEmpty() {
        return notes.isEmpty() && progress.isNone();
    }

    public Optional<Note> note(NoteTarget target) {
        return notes.stream().filter(n -> n.target().equals(target)).findFirst();
    }

    public boolean isStarred(NoteTarget target) {
        return note(target).map(Note::starred).orElse(false);
    }

    public List<Note> starred() {
        return notes.stream().filter(Note::starred).toList();
    }

    /** Sets the text of the note on {@code target}; blank text on an unstarred target removes the entry. */
    public StudyRecord setNote(NoteTarget target, String text) {
        return setNote(target, text, Instant.now());
    }

    /**
     * As {@link #setNote(NoteTarget, String)}, at a given time. Blank text is stored as empty.
     *
     * @throws IllegalArgumentException if the text is longer than {@link Note#MAX_TEXT_LENGTH}
     */
    public StudyRecord setNote(NoteTarget target, String text, Instant at) {
        String value = text == null || text.isBlank() ? "" : text;
        Optional<Note> existing = note(target);
        if (existing.isPresent()) {
            return existing.get().text().equals(value) ? this : replace(existing.get().withText(value, at));
        }
        return value.isEmpty() ? this : add(new Note(target, value, false, at, at, ""));
    }

    /** Stars an unstarred target and unstars a starred one, removing the entry if it has no text. */
    public StudyRecord toggleStar(NoteTarget target) {
        return toggleStar(target, Instant.now());
    }

    public StudyRecord toggleStar(NoteTarget target, Instant at) {
        return note(target)
                .map(n -> replace(n.withStarred(!n.starred(), at)))
                .orElseGet(() -> add(new Note(target, "", true, at, at, "")));
    }

    /** Removes the note and star on {@code target}, if any. */
    public StudyRecord remove(NoteTarget target) {
        if (note(target).isEmpty()) {
            return this;
        }
        return new StudyRecord(explainerId, notes.stream().filter(n -> !n.target().equals(target)).toList(), progress);
    }

    public StudyRecord withProgress(SavedProgress value) {
        return new StudyRecord(explainerId, notes, value);
    }

    public StudyRecord withProgress(int bestScore, int bestOutOf, List<String> missedKeys) {
        return withProgress(new SavedProgress(bestScore, bestOutOf, missedKeys));
    }

    /**
     * Remembers, beside each note whose target is still there, what that target is called now, so the
     * note can still say what it was about if the target later disappears. Orphans keep what they had.
     */
    public StudyRecord remembering(Explainer explainer) {
        List<Note> result = new ArrayList<>(notes.size());
        for (Note note : notes) {
            NoteResolution.ResolvedNote resolved = NoteResolution.resolve(explainer, note);
            boolean fits = resolved.label().length() <= Note.MAX_TEXT_LENGTH;
            result.add(resolved.isOrphaned() || !fits ? note : note.withLabel(resolved.label()));
        }
        return result.equals(notes) ? this : new StudyRecord(explainerId, result, progress);
    }

    /**
     * Moves each note on a quote that was found by its words at a new span ({@link NoteResolution.Status#MOVED})
     * to that span, so that looking the quote up by its current span finds the note. A note whose new
     * place already has a note of its own stays where it is, still shown as moved.
     */
    public StudyRecord reanchored(Explainer explainer) {
        Set<NoteTarget> taken = new HashSet<>();
        notes.forEach(n -> taken.add(n.target()));
        List<Note> result = new ArrayList<>(notes.size());
        for (Note note : notes) {
            NoteResolution.ResolvedNote resolved = NoteResolution.resolve(explainer, note);
            NoteTarget now = resolved.currentTarget();
            if (resolved.status() == NoteResolution.Status.MOVED && taken.add(now)) {
                taken.remove(note.target());
                result.add(note.withTarget(now));
            } else {
                result.add(note);
            }
        }
        return result.equals(notes) ? this : new StudyRecord(explainerId, result, progress);
    }

    private StudyRecord add(Note note) {
        List<Note> result = new ArrayList<>(notes);
        result.add(note);
        return new StudyRecord(explainerId, result, progress);
    }

    /** Puts {@code note} in the place of the note on the same target, or drops both if it is blank. */
    private StudyRecord replace(Note note) {
        List<Note> result = new ArrayList<>(notes.size());
        for (Note n : notes) {
            if (!n.target().equals(note.target())) {
                result.add(n);
            } else if (!note.isBlank()) {
                result.add(note);
            }
        }
        return new StudyRecord(explainerId, result, progress);
    }
}
