package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.store.SettingsStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting the app finishes its background work and leaves none of its threads behind: a setting
 * changed just before quitting is on disk afterwards, and every queue is shut down.
 */
class AppStopTest {

    @TempDir
    Path home;
    private String realHome;
    private Stage stage;

    @BeforeEach
    void useATemporaryHome() {
        // The app reads and writes the user's settings and notes under the home folder.
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "the folders are redirected through the Linux home folder");
        assumeTrue(System.getenv("XDG_CONFIG_HOME") == null && System.getenv("XDG_DATA_HOME") == null,
                "XDG_CONFIG_HOME or XDG_DATA_HOME is set: the app would use the real folders");
        realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
    }

    @AfterEach
    void restoreHome() throws Exception {
        if (realHome != null) {
            System.setProperty("user.home", realHome);
        }
        if (stage != null) {
            // The app maximized TestFX's shared stage and bound its title; the next tests size it themselves.
            FxToolkit.setupFixture(() -> {
                stage.titleProperty().unbind();
                stage.setMaximized(false);
                stage.setMinWidth(0);
                stage.setMinHeight(0);
            });
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void stopFinishesTheLastSaveAndEndsEveryBackgroundThread() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        StancemapApp app = (StancemapApp) FxToolkit.setupApplication(StancemapApp.class);
        // The window's title names the article once the explainer is open.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !stage.getTitle().equals(Messages.get("app.name"))).get());
        assertTrue(stage.getScene().getRoot() instanceof MainView, "the live window is up");

        // Ctrl+= makes the text larger; the settings are saved in the background.
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(
                KeyEvent.KEY_PRESSED, "", "", KeyCode.EQUALS, false, true, false, false))).get(10, TimeUnit.SECONDS);
        FxToolkit.cleanupApplication(app);

        assertTrue(app.work().isClosed(), "every background queue is shut down and idle after stop");
        Path settings = SettingsStore.defaultLocation();
        assertTrue(settings.startsWith(home), "the settings are written under the test's home: " + settings);
        assertEquals(125, new SettingsStore(settings).load().settings().textScale(),
                "the larger text chosen just before quitting was saved");
        List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(BackgroundWork.THREAD_PREFIX)).toList();
        for (Thread thread : ours) {
            assertTrue(thread.isDaemon(), thread.getName() + " would keep the JVM alive");
            thread.join(TimeUnit.SECONDS.toMillis(5));
            assertFalse(thread.isAlive(), thread.getName() + " still runs after stop");
        }
    }
}
