package org.stancemap.model.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Span;

class StudyRecordTest {

    private static final Instant T1 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-02T10:30:00Z");
    private static final NoteTarget ANA = NoteTarget.actor("ana");

    private final StudyRecord empty = StudyRecord.empty(StudyFixtures.ID);

    @Test
    void aQuoteTargetIsNamedByItsStanceAndSpan() {
        NoteTarget quote = NoteTarget.quote("ana-refuses", new Span(15, 31, "we will not move"));
        assertEquals(new NoteTarget(NoteTarget.Kind.QUOTE, "ana-refuses:15-31"), quote);
        assertEquals(Optional.of("ana-refuses"), quote.stanceId());
        assertEquals(15, quote.quoteStart());
        assertEquals(31, quote.quoteEnd());
        NoteTarget colons = NoteTarget.quote("a:b:c", new Span(1, 2, "x"));
        assertEquals("a:b:c:1-2", colons.id());
        assertEquals(Optional.of("a:b:c"), colons.stanceId());
        assertEquals(Optional.of("s"), NoteTarget.stance("s").stanceId());
        assertEquals(Optional.empty(), ANA.stanceId());
        assertThrows(IllegalStateException.class, ANA::quoteStart);
    }

    @Test
    void malformedTargetsAreRejected() {
        for (String id : new String[] {"s", "s:1", "s:a-b", ":1-2", "s:5-2", "s:1-2x", "s:9999999999-1"}) {
            assertThrows(IllegalArgumentException.class, () -> new NoteTarget(NoteTarget.Kind.QUOTE, id), id);
        }
        assertThrows(IllegalArgumentException.class, () -> NoteTarget.actor(" "));
        assertThrows(NullPointerException.class, () -> NoteTarget.stance(null));
    }

    @Test
    void settingANoteAddsItAndLaterEditsKeepItsCreationTime() {
        StudyRecord one = empty.setNote(ANA, "first thoughts", T1);
        assertEquals(List.of(new Note(ANA, "first thoughts", false, T1, T1, "")), one.notes());
        StudyRecord two = one.setNote(ANA, "second thoughts", T2);
        assertEquals(new Note(ANA, "second thoughts", false, T1, T2, ""), two.note(ANA).orElseThrow());
        assertEquals("first thoughts", one.note(ANA).orElseThrow().text(), "records are immutable");
        assertSame(two, two.setNote(ANA, "second thoughts", Instant.MAX), "an unchanged text changes nothing");
        assertTrue(empty.isEmpty());
        assertFalse(two.isEmpty());
    }

    @Test
    void blankTextOnAnUnstarredTargetRemovesTheEntry() {
        StudyRecord noted = empty.setNote(ANA, "x", T1);
        assertEquals(List.of(), noted.setNote(ANA, "  \n ", T2).notes());
        assertEquals(List.of(), noted.setNote(ANA, null, T2).notes());
        assertSame(empty, empty.setNote(ANA, "", T1), "nothing to add");
    }

    @Test
    void blankTextOnAStarredTargetKeepsTheStar() {
        StudyRecord starred = empty.setNote(ANA, "x", T1).toggleStar(ANA, T2);
        Note note = starred.setNote(ANA, "   ", T2).note(ANA).orElseThrow();
        assertTrue(note.starred());
        assertEquals("", note.text());
    }

    @Test
    void toggleStarAddsAStarAndTakesItAwayAgain() {
        StudyRecord starred = empty.toggleStar(ANA, T1);
        assertEquals(List.of(new Note(ANA, "", true, T1, T1, "")), starred.notes());
        assertTrue(starred.isStarred(ANA));
        assertEquals(List.of(), starred.toggleStar(ANA, T2).notes(), "no star and no text: gone");
        StudyRecord withText = empty.setNote(ANA, "keep me", T1).toggleStar(ANA, T2);
        assertEquals(new Note(ANA, "keep me", true, T1, T2, ""), withText.note(ANA).orElseThrow());
        assertEquals(new Note(ANA, "keep me", false, T1, T2, ""), withText.toggleStar(ANA, T2).note(ANA).orElseThrow());
        assertEquals(List.of(withText.note(ANA).orElseThrow()), withText.starred());
    }

    @Test
    void removeDropsNoteAndStarAndKeepsTheOthersInOrder() {
        NoteTarget stance = NoteTarget.stance("ana-refuses");
        NoteTarget quote = StudyFixtures.weWillNotMove();
        StudyRecord three = empty.setNote(ANA, "a", T1).toggleStar(stance, T1).setNote(quote, "q", T1);
        StudyRecord two = three.remove(stance);
        assertEquals(List.of(ANA, quote), two.notes().stream().map(Note::target).toList());
        assertSame(two, two.remove(stance));
    }

    @Test
    void progressIsKeptBesideTheNotes() {
        StudyRecord record = empty.setNote(ANA, "a", T1).withProgress(3, 5, List.of("q2", "q4"));
        assertEquals(new SavedProgress(3, 5, List.of("q2", "q4")), record.progress());
        assertEquals(1, record.notes().size());
        assertEquals(SavedProgress.none(), record.withProgress(SavedProgress.none()).progress());
        assertThrows(IllegalArgumentException.class, () -> new SavedProgress(6, 5, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SavedProgress(-1, 5, List.of()));
    }

    @Test
    void oneEntryPerTargetAndNotesHaveACap() {
        Note a = new Note(ANA, "a", false, T1, T1, "");
        Note b = new Note(ANA, "b", true, T1, T1, "");
        assertThrows(IllegalArgumentException.class, () -> new StudyRecord("x", List.of(a, b), SavedProgress.none()));
        String longest = "n".repeat(Note.MAX_TEXT_LENGTH);
        assertEquals(longest, empty.setNote(ANA, longest, T1).note(ANA).orElseThrow().text());
        assertThrows(IllegalArgumentException.class, () -> empty.setNote(ANA, longest + "n", T1));
    }

    @Test
    void recordsAreEqualExactlyWhenTheirNotesStarsAndProgressAre() {
        StudyRecord noted = empty.setNote(ANA, "leads the talks", T1);
        assertEquals(empty.setNote(ANA, "leads the talks", T1), noted);
        assertEquals(empty.setNote(ANA, "leads the talks", T1).hashCode(), noted.hashCode());
        assertFalse(noted.equals(noted.setNote(ANA, "leads the talks again", T1)), "another text");
        assertFalse(noted.equals(noted.toggleStar(ANA, T2)), "a star");
        assertFalse(noted.equals(noted.withProgress(3, 5, List.of())), "a quiz result");
        assertFalse(empty.equals(StudyRecord.empty("another-explainer")), "another explainer");
        assertFalse(empty.equals(null));
    }
}
