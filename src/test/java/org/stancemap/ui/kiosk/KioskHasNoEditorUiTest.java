package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.ui.UiTestBase;

/**
 * A visitor at a kiosk cannot reach the editor: the keys for a new explainer from an article or from
 * pasted text do nothing, and neither does an article handed to the window, so no import step, no
 * review and no file chooser ever shows and the kiosk's explainer stays.
 */
class KioskHasNoEditorUiTest extends UiTestBase {

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private KioskController kiosk;

    @BeforeEach
    void becomeAKiosk() {
        fxRun(() -> kiosk = KioskVisitor.install(view, state, stage, clock, dir));
    }

    @AfterEach
    void handBack() {
        fxRun(() -> {
            kiosk.uninstall();
            stage.setFullScreen(false);
        });
    }

    @Test
    void noKeyOrFileOpensTheEditor() throws Exception {
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.V).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Path article = Files.writeString(dir.resolve("bridge.txt"),
                "Ana Lima said that the old bridge must close.\n", StandardCharsets.UTF_8);
        fxRun(() -> view.drafting().draft(article));
        fxRun(() -> view.drafting().paste());
        waitForPulses(3);
        assertNull(byId("import-step"), "no import step");
        assertNull(byId("draft-review"), "no review");
        assertEquals(1, fx(() -> javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).count()),
                "no file chooser or other window");
        assertEquals(explainer.id(), fx(() -> state.getExplainer().id()), "the kiosk's explainer stays");
        assertEquals(Optional.empty(), fx(() -> state.explainerFileProperty().get()));
    }
}
