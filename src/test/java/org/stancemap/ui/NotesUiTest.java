package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.store.StudyStore;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.ui.notes.StudyKeeper;

/** A student stars an actor, writes a note, finds both in My notes, and they are on disk. */
class NotesUiTest extends UiTestBase {

    @TempDir
    static Path dir;

    private StudyStore store;

    @Override
    @org.junit.jupiter.api.BeforeEach
    protected void openDefaultExplainer() {
        store = new StudyStore(dir.resolve("study-" + System.nanoTime()));
        fxRun(() -> new StudyKeeper(state, store, Executors.newSingleThreadExecutor()));
        super.openDefaultExplainer();
        waitUntil("the notes are loaded", () -> fx(() -> state.studyRecordProperty().get() != null));
    }

    @Test
    void aStarAndANoteAreSavedAndListed() throws Exception {
        clickBadge("rutte");
        waitUntil("Rutte's panel shows", () -> byId("star-rutte") != null);

        assertFalse(fx(() -> org.stancemap.ui.notes.StarIcon.isFilled(((ToggleButton) byId("star-rutte")).getGraphic())),
                "an unstarred item shows an empty star");
        clickOn(byId("star-rutte"));
        waitUntil("the star fills", () -> fx(() ->
                org.stancemap.ui.notes.StarIcon.isFilled(((ToggleButton) byId("star-rutte")).getGraphic())));
        clickOn(byId("note-rutte"));
        waitUntil("the note editor opens", () -> byId("note-editor") != null && byId("note-editor").isVisible());
        write("Ask the class about sovereignty");
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        NoteTarget rutte = NoteTarget.actor("rutte");
        waitUntil("the note is kept", () -> fx(() -> state.studyRecordProperty().get().note(rutte).isPresent()
                && state.studyRecordProperty().get().note(rutte).get().hasText()));
        assertTrue(fx(() -> ((ToggleButton) byId("star-rutte")).isSelected()), "the star shows as set");
        assertEquals("Starred", fx(() -> ((ToggleButton) byId("star-rutte")).getText()),
                "a set star says so in words, not only in colour");

        Path file = store.fileFor(explainer.id());
        waitUntil("the notes file is written", () -> Files.exists(file) && read(file).contains("sovereignty"));
        StudyStore.LoadedStudy again = new StudyStore(store.folder()).load(explainer);
        assertEquals("Ask the class about sovereignty", again.record().note(rutte).orElseThrow().text());
        assertTrue(again.record().isStarred(rutte));

        fxRun(() -> state.panels().openStudy(org.stancemap.ui.state.AppState.StudyPane.NOTES));
        waitUntil("My notes opens", () -> byId("notes-view").isVisible());
        assertTrue(labelTexts(byId("notes-view")).contains("Ask the class about sovereignty"),
                labelTexts(byId("notes-view")).toString());

        Path exported = dir.resolve("notes.md");
        var task = fx(() -> ((org.stancemap.ui.notes.NotesView) byId("notes-view")).export(exported));
        task.get(10, TimeUnit.SECONDS);
        String markdown = Files.readString(exported);
        assertTrue(markdown.contains("Ask the class about sovereignty") && markdown.contains("Mark Rutte"), markdown);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
