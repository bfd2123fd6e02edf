package org.stancemap.ui.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskLog;
import org.stancemap.ui.UiTestBase;

/** The kiosk heals itself: new content shows without a restart, broken content is refused, errors reset. */
class KioskServicesUiTest extends UiTestBase {

    @TempDir
    Path dir;

    private KioskConfig configFor(Path explainer) {
        return new KioskConfig(Optional.empty(), Optional.of(explainer), Duration.ofSeconds(90), Duration.ofSeconds(15),
                Duration.ofSeconds(12), Optional.empty(), dir.resolve("heartbeat"), dir.resolve("log"));
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The default explainer's text with its title changed, as an editor would change a file. */
    private String retitled(String title) throws Exception {
        String original = new String(getClass().getResourceAsStream("/assets/explainers/paris-summit.stancemap.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String replaced = original.replace("\"title\": \"" + explainer.article().title() + "\"",
                "\"title\": \"" + title + "\"");
        assertTrue(!replaced.equals(original), "the title was found to change");
        return replaced;
    }

    /**
     * Replaces the file as an exhibit's upload does, with a modification time clearly after the
     * last one: file times have a resolution of a second on some file systems, and a second
     * version of the same size would otherwise look unchanged within that second.
     */
    private void replace(Path file, String content) throws Exception {
        Path tmp = file.resolveSibling("incoming.tmp");
        Files.writeString(tmp, content);
        java.nio.file.attribute.FileTime last = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.from(last.toInstant().plusSeconds(2)));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aReplacedFileIsShownAndABrokenOneIsRefusedAndLogged() throws Exception {
        Path file = dir.resolve("paris.stancemap.json");
        Files.writeString(file, retitled("First version"));
        KioskLog log = KioskLog.open(dir.resolve("log"));
        KioskServices services = new KioskServices(state, log, Duration.ofMillis(200));
        fxRun(() -> services.watch(configFor(file), new ExplainerLoader(), () -> { }));
        waitUntil("the file is shown", () -> fx(() -> state.getExplainer().article().title().equals("First version")));

        replace(file, retitled("Second version"));
        waitUntil("the new version is shown", () -> fx(() -> state.getExplainer().article().title()
                .equals("Second version")));

        replace(file, "{ \"format\": 1, \"broken\": ");
        waitUntil("the broken file is refused in the log", () -> read(log.file()).contains("refused"));
        assertEquals("Second version", fx(() -> state.getExplainer().article().title()),
                "the current content stays on screen");
        assertTrue(read(log.file()).contains(file.getFileName().toString()), "the log names the file");
    }

    @Test
    void theHeartbeatGoesOnWhileTheContentIsSlowToLoad() throws Exception {
        KioskLog log = KioskLog.open(dir.resolve("log"));
        KioskServices services = new KioskServices(state, log, Duration.ofMillis(100), Duration.ofMillis(100));
        Path beat = dir.resolve("heartbeat");
        java.util.concurrent.CountDownLatch loading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch fileArrives = new java.util.concurrent.CountDownLatch(1);
        fxRun(() -> services.startHeartbeat(new org.stancemap.kiosk.Heartbeat(beat, java.time.Clock.systemUTC(),
                log::warn)));
        services.watch(() -> {
            loading.countDown();
            try {
                fileArrives.await(); // a file on a share that does not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new org.stancemap.kiosk.ExplainerWatcher.Outcome(org.stancemap.kiosk.ExplainerWatcher.Kind.UNCHANGED,
                    Optional.empty(), Optional.empty(), java.util.List.of());
        }, dir.resolve("slow.stancemap.json"), () -> { }, () -> { });
        assertTrue(loading.await(30, java.util.concurrent.TimeUnit.SECONDS), "the load did not start");
        java.util.Set<String> seen = new java.util.HashSet<>();
        waitUntil("the heartbeat changes three times while the load runs", () -> {
            seen.add(read(beat));
            return seen.size() >= 4;
        });
        fileArrives.countDown();
    }

    @Test
    void closingStopsThePollsTheBeatsAndTheTimers() throws Exception {
        Path file = dir.resolve("paris.stancemap.json");
        Files.writeString(file, retitled("Shown"));
        KioskLog log = KioskLog.open(dir.resolve("log"));
        KioskServices services = new KioskServices(state, log, Duration.ofMillis(100), Duration.ofMillis(100));
        fxRun(() -> services.startHeartbeat(new org.stancemap.kiosk.Heartbeat(dir.resolve("heartbeat"),
                java.time.Clock.systemUTC(), log::warn)));
        fxRun(() -> services.watch(configFor(file), new ExplainerLoader(), () -> { }));
        waitUntil("the file is shown", () -> fx(() -> state.getExplainer().article().title().equals("Shown")));

        services.close();

        assertTrue(services.isClosed(), "every thread of the kiosk's services has finished");
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> services.worker().execute(() -> { }), "no more work starts after closing");
    }

    @Test
    void anUncaughtErrorIsLoggedAndTheViewResets() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler fxBefore = fx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        KioskLog log = KioskLog.open(dir.resolve("log"));
        try {
            KioskServices services = new KioskServices(state, log);
            fxRun(services::catchEverything);
            clickBadge("putin");
            waitUntil("Putin is selected", () -> fx(() -> state.getSelectedActor() != null));

            Platform.runLater(() -> {
                throw new IllegalStateException("a test fault");
            });
            waitUntil("the fault is logged", () -> read(log.file()).contains("a test fault"));
            waitUntil("the view is reset", () -> fx(() -> state.getSelectedActor() == null));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
            fxRun(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
        }
    }
}
