package org.stancemap.model.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.model.notes.NoteResolution.ResolvedNote;
import org.stancemap.model.notes.NoteResolution.Status;

class NoteResolutionTest {

    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");
    private static final NoteTarget ANA = NoteTarget.actor("ana");
    private static final NoteTarget BO = NoteTarget.actor("bo");
    private static final NoteTarget REFUSES = NoteTarget.stance("ana-refuses");
    private static final NoteTarget TALKS = NoteTarget.stance("bo-talks");

    private final Explainer explainer = StudyFixtures.explainer();

    /** A note on every kind of target, as written against the original explainer and then saved. */
    private StudyRecord everything() {
        return StudyRecord.empty(StudyFixtures.ID)
                .setNote(ANA, "on Ana", T)
                .setNote(REFUSES, "on her stance", T)
                .setNote(StudyFixtures.weWillNotMove(), "on her words", T)
                .toggleStar(BO, T)
                .setNote(TALKS, "on his stance", T)
                .setNote(StudyFixtures.talksMustGoOn(), "on his words", T)
                .remembering(explainer);
    }

    private static List<String> texts(List<ResolvedNote> notes) {
        return notes.stream().map(r -> r.note().text()).toList();
    }

    @Test
    void everyTargetHasAHumanLabel() {
        List<ResolvedNote> live = NoteResolution.partition(explainer, everything()).live();
        assertEquals(List.of("Ana Alpha", "Ana Alpha: Refuses to move", "we will not move", "Bo Beta",
                "Bo Beta: Wants talks to go on", "talks must go on"), live.stream().map(ResolvedNote::label).toList());
        assertEquals(List.of(Status.LIVE), live.stream().map(ResolvedNote::status).distinct().toList());
        assertEquals(Optional.of("bo"), live.get(5).actorId());
        assertEquals(Optional.of("Ana Alpha: Refuses to move"), NoteResolution.labelOf(explainer, REFUSES));
        assertEquals(Optional.empty(), NoteResolution.labelOf(explainer, NoteTarget.actor("nobody")));
    }

    @Test
    void vanishedTargetsAreOrphanedButKept() {
        NoteResolution.Partition parts = NoteResolution.partition(StudyFixtures.edited(), everything());
        assertEquals(List.of("on Ana", "on her stance", "on her words"), texts(parts.live()));
        assertEquals(List.of("", "on his stance", "on his words"), texts(parts.orphaned()));
        assertEquals(List.of("Bo Beta", "Bo Beta: Wants talks to go on", "talks must go on"),
                parts.orphaned().stream().map(ResolvedNote::label).toList(), "orphans say what they were about");
        assertEquals(List.of(Optional.empty()), parts.orphaned().stream().map(ResolvedNote::actorId).distinct().toList());
    }

    @Test
    void aQuoteWhoseOffsetsShiftedIsFoundByItsWords() {
        ResolvedNote words = NoteResolution.partition(StudyFixtures.edited(), everything()).live().get(2);
        assertEquals(Status.MOVED, words.status());
        NoteTarget now = NoteTarget.quote("ana-refuses", StudyFixtures.span(StudyFixtures.EDITED_TEXT, "we will not move"));
        assertEquals(now, words.currentTarget());
        assertEquals(StudyFixtures.weWillNotMove(), words.note().target());
    }

    @Test
    void withoutRememberedWordsAShiftedQuoteIsOrphaned() {
        StudyRecord unremembered = StudyRecord.empty(StudyFixtures.ID).setNote(StudyFixtures.weWillNotMove(), "n", T);
        ResolvedNote r = NoteResolution.resolve(StudyFixtures.edited(), unremembered.notes().get(0));
        assertEquals(Status.ORPHANED, r.status());
        assertEquals("A quote of stance “ana-refuses”", r.label());
    }

    @Test
    void aQuoteRewordedInPlaceIsStillThatQuote() {
        // same length, so the span's offsets are unchanged
        String text = StudyFixtures.TEXT.replace("we will not move", "we will not stir");
        Stance reworded = new Stance("ana-refuses", "ana", "Refuses to move", List.of(new Quote(
                StudyFixtures.span(text, "we will not stir"), Delivery.DIRECT)), Optional.empty());
        Explainer changed = new Explainer(StudyFixtures.ID, explainer.article(), explainer.actors(),
                List.of(reworded), List.of(), List.of(), List.of());
        ResolvedNote r = NoteResolution.resolve(changed, everything().note(StudyFixtures.weWillNotMove()).orElseThrow());
        assertEquals(Status.LIVE, r.status());
        assertEquals("we will not stir", r.label());
    }

    @Test
    void reanchoringMovesShiftedQuoteNotesToTheirNewSpan() {
        Explainer edited = StudyFixtures.edited();
        StudyRecord moved = everything().reanchored(edited);
        NoteTarget now = NoteTarget.quote("ana-refuses", StudyFixtures.span(StudyFixtures.EDITED_TEXT, "we will not move"));
        assertEquals("on her words", moved.note(now).orElseThrow().text());
        assertEquals(Optional.empty(), moved.note(StudyFixtures.weWillNotMove()));
        assertEquals(Status.LIVE, NoteResolution.resolve(edited, moved.note(now).orElseThrow()).status());
        assertEquals(6, moved.notes().size(), "orphans stay");
        assertSame(moved, moved.reanchored(edited));
    }

    @Test
    void reanchoringNeverMergesIntoANoteAlreadyThere() {
        Explainer edited = StudyFixtures.edited();
        NoteTarget now = NoteTarget.quote("ana-refuses", StudyFixtures.span(StudyFixtures.EDITED_TEXT, "we will not move"));
        StudyRecord both = everything().setNote(now, "written after the edit", T);
        StudyRecord after = both.reanchored(edited);
        assertSame(both, after);
        assertEquals(Status.MOVED, NoteResolution.resolve(edited, after.note(StudyFixtures.weWillNotMove())
                .orElseThrow()).status());
    }

    @Test
    void rememberingUpdatesLiveLabelsAndLeavesOrphansAlone() {
        StudyRecord record = everything();
        assertEquals("we will not move", record.note(StudyFixtures.weWillNotMove()).orElseThrow().label());
        StudyRecord again = record.remembering(StudyFixtures.edited());
        assertEquals("Bo Beta", again.note(BO).orElseThrow().label());
        assertEquals("Ana Alpha: Refuses to move", again.note(REFUSES).orElseThrow().label());
        assertSame(again, again.remembering(StudyFixtures.edited()));
    }
}
