package org.stancemap.model.notes;

import java.util.List;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/** Small explainers for study tests: one as the notes were written, one edited afterwards. */
public final class StudyFixtures {

    public static final String ID = "feud-2025";
    public static final String TEXT = "Ana Alpha said “we will not move” on Monday.\n"
            + "Bo Beta \ud83d\ude00 replied that talks must go on.\n"
            + "Alpha later added that the door is open.";
    /** The same article after an edit: a new first paragraph shifts every offset. */
    public static final String EDITED_TEXT = "Update: a correction was made.\n" + TEXT;

    private StudyFixtures() {
    }

    /** The span of the first occurrence of {@code fragment}, in code points. */
    public static Span span(String text, String fragment) {
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException(fragment);
        }
        int start = text.codePointCount(0, at);
        return new Span(start, start + fragment.codePointCount(0, fragment.length()), fragment);
    }

    public static Actor ana() {
        return new Actor("ana", "Ana Alpha", ActorKind.PERSON, "Leader", List.of(), Optional.empty());
    }

    public static Actor bo() {
        return new Actor("bo", "Bo Beta", ActorKind.PERSON, "Rival", List.of(), Optional.empty());
    }

    public static Stance refuses(String text) {
        return new Stance("ana-refuses", "ana", "Refuses to move", List.of(
                new Quote(span(text, "we will not move"), Delivery.DIRECT),
                new Quote(span(text, "the door is open"), Delivery.REPORTED)), Optional.empty());
    }

    public static Stance talks(String text) {
        return new Stance("bo-talks", "bo", "Wants talks to go on", List.of(
                new Quote(span(text, "talks must go on"), Delivery.REPORTED)), Optional.empty());
    }

    public static Explainer explainer() {
        return new Explainer(ID, new Article("Alpha and Beta # clash", true, "The Daily", "2025-03-01", "", TEXT),
                List.of(ana(), bo()), List.of(refuses(TEXT), talks(TEXT)), List.of(), List.of(), List.of());
    }

    /** The explainer after an edit: offsets shifted, Bo and his stance gone. */
    public static Explainer edited() {
        return new Explainer(ID, new Article("Alpha and Beta # clash", true, "", "", "", EDITED_TEXT),
                List.of(ana()), List.of(refuses(EDITED_TEXT)), List.of(), List.of(), List.of());
    }

    public static NoteTarget weWillNotMove() {
        return NoteTarget.quote("ana-refuses", span(TEXT, "we will not move"));
    }

    public static NoteTarget talksMustGoOn() {
        return NoteTarget.quote("bo-talks", span(TEXT, "talks must go on"));
    }
}
