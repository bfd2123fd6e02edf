package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping a saved article on the window starts an explainer from it, as File ▸ New explainer from article does. */
class DropArticleUiTest extends UiTestBase {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void aDroppedWebPageOpensTheImportStepOnItsText() throws Exception {
        Path page = dir.resolve("harbour-dredging.html");
        try (InputStream in = getClass().getResourceAsStream("/org/stancemap/ui/editor/harbour-dredging.html")) {
            Files.copy(in, page);
        }
        fxRun(() -> view.openDropped(page));
        waitUntil("the import step opens on the dropped article", () -> byId("import-paragraphs") != null);
        ListView<String> paragraphs = (ListView<String>) byId("import-paragraphs");
        waitUntil("with the article's paragraphs", () -> fx(() -> paragraphs.getItems().size()) == 5);
        assertEquals("Mayor Rita Sousa said that the old harbour must be dredged before the summer season.",
                fx(() -> paragraphs.getItems().get(0)), "the page's text, not its menu or footer");
    }

    @Test
    void aDroppedExplainerFileOpensAsAnExplainer() throws Exception {
        Path file = dir.resolve("copy.stancemap.json");
        try (InputStream in = getClass().getResourceAsStream("/org/stancemap/export/many-scripts.stancemap.json")) {
            Files.copy(in, file);
        }
        fxRun(() -> view.openDropped(file));
        waitUntil("the dropped explainer is on screen", () -> state.explainerFileProperty().get()
                .map(file::equals).orElse(false));
        assertEquals(null, byId("import-step"), "no import step for an explainer");
    }
}
