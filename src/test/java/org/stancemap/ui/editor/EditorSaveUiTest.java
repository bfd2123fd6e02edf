package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.ValidateCommand;
import org.stancemap.edit.ItemEdits;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.ui.UiTestBase;

/**
 * Saving from the editor: the built-in explainer, which has no file, is saved as an editable copy
 * that passes {@code --validate} and is what Save writes from then on; saving again keeps the
 * previous version beside it as a backup.
 */
class EditorSaveUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    void theBuiltInIsSavedAsAnEditableCopyThatValidatesAndKeepsItsPreviousVersion() throws Exception {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        fxRun(() -> editor.session().apply(ItemEdits.addGlossaryEntry("dialogue", "Talks between the two sides.")));

        Path copy = dir.resolve("my-copy.stancemap.json");
        fxRun(() -> editor.saveTo(copy));
        assertEquals(Optional.of(copy), fx(() -> editor.session().file()), "Save writes the copy from now on");
        assertEquals(Optional.of(copy), fx(() -> state.explainerFileProperty().get()), "the window shows the copy");
        assertFalse(fx(() -> editor.session().history().isModified()), "saved");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int status = new ValidateCommand(new ExplainerLoader(), new PrintStream(report, true, StandardCharsets.UTF_8))
                .run(List.of(copy));
        assertEquals(0, status, () -> "the copy passes --validate: " + report.toString(StandardCharsets.UTF_8));
        String first = Files.readString(copy);

        fxRun(() -> editor.session().apply(ItemEdits.addGlossaryEntry("ceasefire", "An agreement to stop fighting.")));
        press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil("Ctrl+S saves to the copy", () -> !editor.session().history().isModified());
        assertEquals(first, Files.readString(DraftFiles.backupOf(copy)), "the previous version is kept as a backup");
        Explainer saved = new ExplainerLoader().load(copy).explainer().orElseThrow();
        assertTrue(saved.glossary().stream().anyMatch(g -> g.term().equals("ceasefire")), "the new version is in the file");
        assertEquals(explainer.id(), saved.id(), "the same explainer, now editable as a file");
    }

    @Test
    void saveAsInTheEditorStartsInTheFolderOfTheArticleTheDraftCameFrom() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Explainer draft = BridgeDraft.draftIn(articles);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty(), Optional.of(articles)));
        assertEquals(Optional.of(articles), fx(() -> review.files().startFolder(Optional.empty())),
                "the review's Save starts beside the article");

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the draft goes on in the editor", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        assertEquals(Optional.empty(), fx(() -> editor.session().file()), "not saved yet");
        assertEquals(Optional.of(articles), fx(() -> editor.session().files().startFolder(editor.session().file())),
                "and so does the editor's Save As");
    }
}
