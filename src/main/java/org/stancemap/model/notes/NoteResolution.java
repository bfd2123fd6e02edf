package org.stancemap.model.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/**
 * Finds what each note is about in an explainer, which may have changed since the note was written.
 *
 * <p>Actors and stances are found by id. A quote is found in its stance by its span; if no quote of
 * the stance has that span any more, or the one that has it now says something else, a quote of the
 * same stance with exactly the remembered words is taken instead (the nearest one if several), since
 * an edit earlier in the article shifts every later offset without changing the quote. A quote found
 * only by its span, with different words, is still the same quote, reworded. Anything not found is
 * orphaned: its note is kept, never deleted, and shown apart.
 */
public final class NoteResolution {

    /** Whether a note's target is still in the explainer. */
    public enum Status {
        /** Found where the note says. */
        LIVE,
        /** A quote found by its words at a new span; see {@link StudyRecord#reanchored}. */
        MOVED,
        /** Not in the explainer any more. */
        ORPHANED
    }

    /**
     * One note and what it is about now.
     *
     * @param currentTarget where the target is now: differs from the note's own target only when moved
     * @param label         a human label: the actor's name, "Name: summary" or the quoted words; for an
     *                      orphan the remembered label, or a description if none was remembered
     * @param actorId       the actor the target belongs to, empty when orphaned
     */
    public record ResolvedNote(Note note, Status status, NoteTarget currentTarget, String label,
                               Optional<String> actorId) {

        public boolean isOrphaned() {
            return status == Status.ORPHANED;
        }
    }

    /** The notes of a record split by whether their targets still exist, each part in record order. */
    public record Partition(List<ResolvedNote> live, List<ResolvedNote> orphaned) {

        public Partition {
            live = List.copyOf(live);
            orphaned = List.copyOf(orphaned);
        }
    }

    private NoteResolution() {
    }

    public static Partition partition(Explainer explainer, StudyRecord record) {
        List<ResolvedNote> live = new ArrayList<>();
        List<ResolvedNote> orphaned = new ArrayList<>();
        for (Note note : record.notes()) {
            ResolvedNote resolved = resolve(explainer, note);
            (resolved.isOrphaned() ? orphaned : live).add(resolved);
        }
        return new Partition(live, orphaned);
    }

    public static ResolvedNote resolve(Explainer explainer, Note note) {
        NoteTarget target = note.target();
        return switch (target.kind()) {
            case ACTOR -> explainer.actor(target.id())
                    .map(a -> new ResolvedNote(note, Status.LIVE, target, a.name(), Optional.of(a.id())))
                    .orElseGet(() -> orphan(note));
            case STANCE -> explainer.stance(target.id())
                    .map(s -> new ResolvedNote(note, Status.LIVE, target, stanceLabel(explainer, s),
                            Optional.of(s.actorId())))
                    .orElseGet(() -> orphan(note));
            case QUOTE -> resolveQuote(explainer, note);
        };
    }

    /** The label a target has in this explainer, if it is there exactly as addressed. */
    public static Optional<String> labelOf(Explainer explainer, NoteTarget target) {
        ResolvedNote resolved = resolve(explainer, new Note(target, "", false, Instant.EPOCH, Instant.EPOCH, ""));
        return resolved.status() == Status.LIVE ? Optional.of(resolved.label()) : Optional.empty();
    }

    private static ResolvedNote resolveQuote(Explainer explainer, Note note) {
        NoteTarget target = note.target();
        Optional<Stance> maybeStance = explainer.stance(target.stanceId().orElseThrow());
        if (maybeStance.isEmpty()) {
            return orphan(note);
        }
        Stance stance = maybeStance.get();
        String remembered = note.label();
        Optional<Quote> atSpan = stance.quotes().stream()
                .filter(q -> q.span().start() == target.quoteStart() && q.span().end() == target.quoteEnd())
                .findFirst();
        if (atSpan.isPresent() && (remembered.isEmpty() || atSpan.get().text().equals(remembered))) {
            return live(note, Status.LIVE, target, stance, atSpan.get());
        }
        if (!remembered.isEmpty()) {
            Optional<Quote> sameWords = stance.quotes().stream()
                    .filter(q -> q.text().equals(remembered))
                    .min(Comparator.comparingInt(q -> Math.abs(q.span().start() - target.quoteStart())));
            if (sameWords.isPresent()) {
                NoteTarget now = NoteTarget.quote(stance.id(), sameWords.get().span());
                return live(note, now.equals(target) ? Status.LIVE : Status.MOVED, now, stance, sameWords.get());
            }
        }
        return atSpan.map(q -> live(note, Status.LIVE, target, stance, q)).orElseGet(() -> orphan(note));
    }

    private static ResolvedNote live(Note note, Status status, NoteTarget now, Stance stance, Quote quote) {
        return new ResolvedNote(note, status, now, quote.text(), Optional.of(stance.actorId()));
    }

    static String stanceLabel(Explainer explainer, Stance stance) {
        return explainer.actor(stance.actorId()).map(Actor::name).map(n -> n + ": " + stance.summary())
                .orElse(stance.summary());
    }

    private static ResolvedNote orphan(Note note) {
        NoteTarget t = note.target();
        String label = !note.label().isEmpty() ? note.label() : switch (t.kind()) {
            case ACTOR -> "Actor “" + t.id() + "”";
            case STANCE -> "Stance “" + t.id() + "”";
            case QUOTE -> "A quote of stance “" + t.stanceId().orElseThrow() + "”";
        };
        return new ResolvedNote(note, Status.ORPHANED, t, label, Optional.empty());
    }
}
