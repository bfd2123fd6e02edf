package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.StudyFixtures;
import org.stancemap.model.notes.StudyRecord;

class NotesMarkdownTest {

    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");

    private final Explainer explainer = StudyFixtures.explainer();

    private StudyRecord record() {
        return StudyRecord.empty(StudyFixtures.ID)
                .setNote(StudyFixtures.talksMustGoOn(), "Bo wants talks", T)
                .setNote(NoteTarget.actor("ana"), "Ana leads the refusal", T)
                .toggleStar(NoteTarget.stance("ana-refuses"), T)
                .setNote(StudyFixtures.weWillNotMove(), "Strong words", T)
                .toggleStar(StudyFixtures.weWillNotMove(), T)
                .setNote(NoteTarget.actor("bo"), "Bo is the rival", T)
                .withProgress(3, 4, List.of("k"))
                .remembering(explainer);
    }

    @Test
    void everyNoteIsInItsActorsSectionInExplainerOrder() {
        String md = NotesMarkdown.render(explainer, record());
        assertTrue(md.startsWith("# Notes on Alpha and Beta \\# clash\n"), md);
        for (String text : List.of("Bo wants talks", "Ana leads the refusal", "Strong words", "Bo is the rival")) {
            assertTrue(md.contains(text), text + " missing from\n" + md);
        }
        int ana = md.indexOf("## Ana Alpha\n");
        int refuses = md.indexOf("### Stance: Refuses to move\n");
        int quote = md.indexOf("#### Quote, paragraph 1\n\n> we will not move\n");
        int bo = md.indexOf("## Bo Beta\n");
        int talks = md.indexOf("#### Quote, paragraph 2\n\n> talks must go on\n\nBo wants talks");
        assertTrue(ana >= 0 && ana < md.indexOf("Ana leads") && md.indexOf("Ana leads") < refuses && refuses < quote
                && quote < bo && bo < md.indexOf("Bo is the rival") && md.indexOf("Bo is the rival") < talks, md);
        assertFalse(md.contains("Orphaned"), md);
        assertTrue(md.contains("Best quiz score: 3 out of 4."), md);
        assertTrue(md.contains("_The Daily, 2025-03-01_"), md);
    }

    @Test
    void starsAreMarkedInWordsNotOnlyBySymbol() {
        String md = NotesMarkdown.render(explainer, record());
        assertEquals(2, md.split("\\*\\*★ Starred\\*\\*", -1).length - 1, md);
        assertTrue(md.contains("### Stance: Refuses to move\n\n**★ Starred**\n\n####"), "a star without text: " + md);
    }

    @Test
    void orphanedNotesHaveTheirOwnSectionWithWhatTheyWereAbout() {
        String md = NotesMarkdown.render(StudyFixtures.edited(), record());
        int orphaned = md.indexOf(NotesMarkdown.orphanedHeading() + "\n");
        assertTrue(orphaned > 0, md);
        String tail = md.substring(orphaned);
        assertTrue(tail.contains("### Actor: Bo Beta\n\nBo is the rival"), tail);
        assertTrue(tail.contains("### Quote\n\n> talks must go on\n\nBo wants talks"), tail);
        assertFalse(md.substring(0, orphaned).contains("Bo"), md);
        assertTrue(md.substring(0, orphaned).contains("#### Quote, paragraph 2\n\n> we will not move\n\n**★ Starred**"
                + "\n\nStrong words"), "a moved quote sits at its new place: " + md);
    }

    @Test
    void anOrphanWithNothingRememberedIsDescribed() {
        StudyRecord record = StudyRecord.empty(StudyFixtures.ID).setNote(NoteTarget.stance("gone"), "lost", T);
        String md = NotesMarkdown.render(explainer, record);
        assertTrue(md.contains("### Stance: Stance “gone”\n\nlost"), md);
    }

    @Test
    void userTextIsEscapedSoItReadsAsWritten() {
        String text = "# not a heading\n> not a quote\n1. not a list\n- nor this\n*not bold* _or_ `code` <b>html</b>"
                + " [link](x) a|b ~~x~~ &amp; back\\slash\n\n\n    indented\nline two  ";
        StudyRecord record = StudyRecord.empty(StudyFixtures.ID).setNote(NoteTarget.actor("ana"), text, T);
        String md = NotesMarkdown.render(explainer, record);
        String expected = "\\# not a heading\\\n"
                + "\\> not a quote\\\n"
                + "1\\. not a list\\\n"
                + "\\- nor this\\\n"
                + "\\*not bold\\* \\_or\\_ \\`code\\` \\<b>html\\</b> \\[link\\](x) a\\|b \\~\\~x\\~\\~ \\&amp; back\\\\slash\n"
                + "\n"
                + "indented\\\n"
                + "line two\n";
        assertTrue(md.contains("\n\n" + expected), md);
    }

    @Test
    void headingsEscapeHashesAnywhere() {
        assertEquals("a \\# b \\#", NotesMarkdown.heading("a # b #"));
        assertEquals("\\#1 \\*star\\*", NotesMarkdown.heading(" #1 *star* "));
        assertEquals("two lines", NotesMarkdown.inline("two\r\n  lines"));
    }

    @Test
    void noNotesSaysSo() {
        String md = NotesMarkdown.render(explainer, StudyRecord.empty(StudyFixtures.ID));
        assertTrue(md.contains("No notes yet."), md);
        assertFalse(md.contains("##"), md);
    }
}
