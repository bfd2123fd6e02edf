package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.edit.ItemEdits;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Status;
import org.stancemap.ui.Messages;
import org.stancemap.ui.UiTestBase;

/**
 * Unsaved changes are never lost by a slip: quitting (Ctrl+Q), closing the window, opening another
 * explainer and starting a new one each ask first — Save (Enter), Don’t save (Alt+N), Cancel (Esc) —
 * and do what was answered.
 */
class UnsavedWorkUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void quittingAsksCancelKeepsTheWorkAndSaveWritesItBeforeQuitting() throws Exception {
        Path file = openFromFile();
        AtomicBoolean quit = new AtomicBoolean();
        fxRun(() -> view.setOnQuit(() -> quit.set(true)));
        ExplainerEditor editor = editWithOneChange();

        press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        waitUntil("Ctrl+Q asks about the unsaved changes", () -> question() != null);
        type(KeyCode.ESCAPE);
        waitUntil("Esc answers Cancel", () -> question() == null);
        assertFalse(quit.get(), "Cancel does not quit");
        assertNotNull(byId("explainer-editor"), "the editor stays open");
        assertTrue(fx(() -> editor.session().history().isModified()), "with the changes in it");

        press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        waitUntil("asked again", () -> question() != null);
        type(KeyCode.ENTER);
        waitUntil("Enter saves, then quits", quit::get);
        Explainer saved = new ExplainerLoader().load(file).explainer().orElseThrow();
        assertTrue(hasDialogue(saved), "the change is in the file");
        assertTrue(Files.exists(DraftFiles.backupOf(file)), "the previous version is kept beside it");
        assertNull(byId("explainer-editor"), "the editor is closed");
    }

    @Test
    void openingAnotherExplainerAsksAndDontSaveLetsTheChangesGo() throws Exception {
        Path file = openFromFile();
        String before = Files.readString(file);
        editWithOneChange();
        clickOn("#main-menu");
        clickOn(Messages.get("menu.openDefault"));
        waitUntil("opening another explainer asks first", () -> question() != null);
        press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil("Alt+N answers Don’t save and the built-in explainer opens",
                () -> question() == null && state.explainerFileProperty().get().isEmpty());
        assertFalse(hasDialogue(state.getExplainer()), "the change is let go");
        assertNull(byId("explainer-editor"), "the editor is closed");
        assertEquals(before, Files.readString(file), "nothing was written to the file");
    }

    @Test
    void closingTheWindowAsksAndCancelKeepsItOpen() throws Exception {
        openFromFile();
        editWithOneChange();
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil("closing the window asks first", () -> question() != null);
        type(KeyCode.ESCAPE);
        waitUntil("Cancel", () -> question() == null);
        assertTrue(fx(stage::isShowing), "the window stays open");
        assertNotNull(byId("explainer-editor"), "and the editor in it");
        assertTrue(hasDialogue(state.getExplainer()), "with the change");
    }

    @Test
    void aNewExplainerAsksBeforeTheImportStepTakesOver() throws Exception {
        openFromFile();
        editWithOneChange();
        Platform.runLater(() -> view.drafting().paste("Bridge plan splits the valley\n\n"
                + "Ana Lima said that the old bridge must close for repairs next spring.\n"));
        waitUntil("a new explainer asks first", () -> question() != null);
        type(KeyCode.ESCAPE);
        waitUntil("Cancel", () -> question() == null);
        waitForPulses(2);
        assertNull(byId("import-step"), "no import step: the author kept the work");
        assertNotNull(byId("explainer-editor"), "the editor stays open");
    }

    @Test
    void reviewingSuggestionsAsksCancelKeepsTheEditorAndSaveWritesBeforeTheReviewOpens() throws Exception {
        Path file = openFromFile();
        ExplainerEditor editor = editWithOneChange();
        fxRun(() -> editor.session().apply(ItemEdits.addActor(new Actor("belarus", "Belarus", ActorKind.STATE,
                "A neighbour", List.of(), Optional.empty(), Status.SUGGESTED))));

        clickOn("#main-menu");
        clickOn(Messages.get("menu.review"));
        waitUntil("reviewing the suggestions asks first", () -> question() != null);
        type(KeyCode.ESCAPE);
        waitUntil("Esc answers Cancel", () -> question() == null);
        waitForPulses(2);
        assertNull(byId("draft-review"), "no review: the author kept the work");
        assertSame(editor, byId("explainer-editor"), "the same editor stays open");
        assertTrue(fx(() -> editor.session().history().isModified()), "with the changes in it, unsaved");
        assertTrue(hasDialogue(fx(state::getExplainer)), "and on screen");

        clickOn("#main-menu");
        clickOn(Messages.get("menu.review"));
        waitUntil("asked again", () -> question() != null);
        type(KeyCode.ENTER);
        waitUntil("Enter saves, then the review opens", () -> question() == null && byId("draft-review") != null);
        assertNull(byId("explainer-editor"), "the editor is closed");
        Explainer saved = new ExplainerLoader().load(file).explainer().orElseThrow();
        assertTrue(hasDialogue(saved) && saved.actor("belarus").isPresent(), "the changes are in the file");
        assertEquals(Optional.of(file), fx(() -> state.explainerFileProperty().get()), "the review is of that file");
    }

    @Test
    void closingTheEditorWithDontSaveShowsTheFileAsSavedAndTheNextEditStartsFromIt() throws Exception {
        Path file = openFromFile();
        editWithOneChange();
        assertTrue(hasDialogue(fx(state::getExplainer)), "the change is on screen while editing");
        clickOn("#editor-close");
        waitUntil("closing the editor asks about the change", () -> question() != null);
        press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil("Alt+N answers Don’t save and the editor closes",
                () -> question() == null && byId("explainer-editor") == null);
        assertFalse(hasDialogue(fx(state::getExplainer)), "the window no longer shows the change let go");
        assertEquals(Optional.of(file), fx(() -> state.explainerFileProperty().get()), "it shows the file");

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens again", () -> byId("explainer-editor") != null);
        ExplainerEditor again = (ExplainerEditor) byId("explainer-editor");
        assertFalse(fx(() -> again.session().history().isModified()), "nothing unsaved in it");
        assertFalse(hasDialogue(fx(() -> again.session().current())), "the change let go is not in it");
    }

    @Test
    void closingAReviewWithDontSaveShowsTheDraftAsItCame() throws Exception {
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        fxRun(() -> review.history().apply(ItemEdits.addGlossaryEntry("dialogue", "Talks between the two sides.")));
        assertTrue(hasDialogue(fx(state::getExplainer)), "the change is on screen while reviewing");
        Platform.runLater(review::close);
        waitUntil("closing the review asks about the change", () -> question() != null);
        press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitUntil("Don’t save closes the review", () -> question() == null && byId("draft-review") == null);
        assertEquals(new ExplainerEncoder().encode(draft), new ExplainerEncoder().encode(fx(state::getExplainer)),
                "the window shows the draft as it was drafted, without the change let go");
    }

    private Path openFromFile() throws IOException {
        Path file = dir.resolve("built-in-copy.stancemap.json");
        new ExplainerEncoder().write(explainer, file);
        fxRun(() -> state.open(explainer, Optional.of(file)));
        return file;
    }

    /** The editor, opened by Ctrl+E, with one change not yet saved. */
    private ExplainerEditor editWithOneChange() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        fxRun(() -> editor.session().apply(ItemEdits.addGlossaryEntry("dialogue", "Talks between the two sides.")));
        assertTrue(fx(() -> editor.session().history().isModified()), "a change not yet saved");
        return editor;
    }

    private static boolean hasDialogue(Explainer explainer) {
        return explainer.glossary().stream().anyMatch(g -> g.term().equals("dialogue"));
    }

    /** The question about unsaved changes, in whichever window shows it; null when none does. */
    private static Node question() {
        return fx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().lookup("#unsaved-dialog"))
                .filter(Objects::nonNull).findFirst().orElse(null));
    }
}
