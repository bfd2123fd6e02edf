package org.stancemap.model.notes;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.model.RuleBroken;
import org.stancemap.model.Span;

/**
 * What a note is about: an actor, a stance or one quote of a stance. A quote has no id of its own in
 * an explainer, so its id is {@code stanceId + ":" + start + "-" + end}, from the quote's span.
 */
public record NoteTarget(Kind kind, String id) {

    /** The three things a reader can write a note on or star. */
    public enum Kind {
        ACTOR, STANCE, QUOTE;

        /** The name used in the study file. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromJson(String name) {
            for (Kind kind : values()) {
                if (kind.jsonName().equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** The stance id may itself hold colons, so the offsets are read from after the last one. */
    private static final Pattern QUOTE_ID = Pattern.compile("(.+):(\\d{1,9})-(\\d{1,9})", Pattern.DOTALL);

    public NoteTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new RuleBroken("note.target.noId");
        }
        if (kind == Kind.QUOTE) {
            Matcher m = QUOTE_ID.matcher(id);
            if (!m.matches() || m.group(1).isBlank()) {
                throw new RuleBroken("note.target.badQuoteId", id);
            }
            if (Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(3))) {
                throw new RuleBroken("note.target.backwards", id);
            }
        }
    }

    public static NoteTarget actor(String actorId) {
        return new NoteTarget(Kind.ACTOR, actorId);
    }

    public static NoteTarget stance(String stanceId) {
        return new NoteTarget(Kind.STANCE, stanceId);
    }

    public static NoteTarget quote(String stanceId, Span span) {
        return new NoteTarget(Kind.QUOTE, stanceId + ":" + span.start() + "-" + span.end());
    }

    /** The stance a stance or quote target belongs to; empty for an actor. */
    public Optional<String> stanceId() {
        return switch (kind) {
            case ACTOR -> Optional.empty();
            case STANCE -> Optional.of(id);
            case QUOTE -> Optional.of(quoteParts().group(1));
        };
    }

    /** Where the quoted span started when the note was made; only for quote targets. */
    public int quoteStart() {
        return Integer.parseInt(quoteParts().group(2));
    }

    /** Where the quoted span ended (exclusive) when the note was made; only for quote targets. */
    public int quoteEnd() {
        return Integer.parseInt(quoteParts().group(3));
    }

    private Matcher quoteParts() {
        if (kind != Kind.QUOTE) {
            throw new IllegalStateException("not a quote target: " + this);
        }
        Matcher m = QUOTE_ID.matcher(id);
        if (!m.matches()) {
            throw new IllegalStateException("checked in the constructor");
        }
        return m;
    }
}
