package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code packaging/linux/stancemap-kiosk} for real, with a small bash script standing in for
 * the app, and short limits (a 2 s stale heartbeat, looks every 0.2 s). Unlike the unit tests of
 * the kiosk logic this takes real seconds, because the thing under test is a shell script's timing.
 */
class KioskWatchdogScriptTest {

    private static final Path SCRIPT = Path.of("packaging/linux/stancemap-kiosk").toAbsolutePath();

    /**
     * The fake app: records each start (and its arguments and pid), then behaves as the file
     * {@code mode} says: beat then hang, beat forever, never beat, exit 3 or exit 1.
     */
    private static final String FAKE_APP = """
            #!/usr/bin/env bash
            dir=$(dirname "$0")
            printf '%s\\n' "$*" >"$dir/args"
            printf '%s\\n' "$*" >>"$dir/all-args"
            echo $$ >>"$dir/pids"
            echo x >>"$dir/starts"
            hb=""
            while [ $# -gt 0 ]; do
                case "$1" in --kiosk-heartbeat) hb=$2; shift ;; esac
                shift
            done
            case "$(cat "$dir/mode")" in
                hang) for i in 1 2 3; do date +%s%N >"$hb"; sleep 0.2; done; exec sleep 600 ;;
                healthy) while :; do date +%s%N >"$hb"; echo x >>"$dir/beats"; sleep 0.2; done ;;
                silent) exec sleep 600 ;;
                operator) exit 3 ;;
                crash) exit 1 ;;
            esac
            """;

    @TempDir
    Path dir;

    private Path app;
    private Path heartbeat;
    private Path stderr;
    private Process watchdog;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "the watchdog is a Linux script");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")));
        assertTrue(Files.isRegularFile(SCRIPT), "not found: " + SCRIPT);
        app = dir.resolve("fake-stancemap");
        Files.writeString(app, FAKE_APP, StandardCharsets.UTF_8);
        assertTrue(app.toFile().setExecutable(true));
        heartbeat = dir.resolve("run/kiosk-heartbeat");
        Files.createDirectories(heartbeat.getParent());
        stderr = dir.resolve("watchdog.log");
    }

    @AfterEach
    void tearDown() throws IOException, InterruptedException {
        if (watchdog != null && watchdog.isAlive()) {
            watchdog.destroyForcibly();
            watchdog.waitFor(10, TimeUnit.SECONDS);
        }
        for (long pid : appPids()) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private void start(String mode, String... options) throws IOException {
        Files.writeString(dir.resolve("mode"), mode);
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--app", app.toString(),
                "--heartbeat", heartbeat.toString(), "--stale", "2", "--grace", "3", "--check", "0.2",
                "--max-backoff", "1"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).directory(dir.toFile());
        builder.environment().remove("JOURNAL_STREAM");
        watchdog = builder.start();
    }

    private int starts() throws IOException {
        Path file = dir.resolve("starts");
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private int lines(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private List<Long> appPids() throws IOException {
        Path file = dir.resolve("pids");
        return Files.exists(file) ? Files.readAllLines(file).stream().map(Long::parseLong).toList() : List.of();
    }

    private String log() throws IOException {
        return Files.exists(stderr) ? Files.readString(stderr) : "";
    }

    /** Waits for a condition up to a generous limit: the machine may be busy with other builds. */
    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private boolean startsAtLeast(int n) {
        try {
            return starts() >= n;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM, as systemctl stop sends: the watchdog stops the app and exits 0. */
    private void stopAndExpectEverythingGone() throws IOException, InterruptedException {
        watchdog.destroy();
        assertTrue(watchdog.waitFor(20, TimeUnit.SECONDS), "the watchdog did not stop:\n" + log());
        assertEquals(0, watchdog.exitValue(), log());
        for (long pid : appPids()) {
            long p = pid;
            assertTrue(within(Duration.ofSeconds(5), () -> ProcessHandle.of(p).map(h -> !h.isAlive()).orElse(true)),
                    "app process " + pid + " outlived the watchdog");
        }
    }

    @Test
    void aHungAppIsKilledAndRestartedOnceItsHeartbeatIsStale() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{}");
        long t0 = System.nanoTime();
        start("hang", "--config", config.toString(), "--", "--dark");
        assertTrue(within(Duration.ofSeconds(40), () -> startsAtLeast(2)), "not restarted:\n" + log());
        Duration untilRestart = Duration.ofNanos(System.nanoTime() - t0);
        // The fake beats for about 0.6 s and then hangs; a restart before the 2 s limit has passed
        // since its last beat would mean a healthy app could be killed too.
        assertTrue(untilRestart.compareTo(Duration.ofMillis(2500)) >= 0, "restarted too early: " + untilRestart);
        assertTrue(log().contains("unchanged for more than 2s"), log());
        long firstPid = appPids().get(0);
        assertTrue(within(Duration.ofSeconds(5), () -> ProcessHandle.of(firstPid).map(h -> !h.isAlive()).orElse(true)),
                "the hung app was not killed");
        assertEquals("--kiosk --kiosk-heartbeat " + heartbeat + " --kiosk-config " + config + " --dark",
                Files.readString(dir.resolve("args")).strip());
        stopAndExpectEverythingGone();
    }

    @Test
    void aHealthyAppIsLeftAlone() throws Exception {
        start("healthy");
        assertTrue(within(Duration.ofSeconds(20), () -> Files.exists(heartbeat)), "no heartbeat:\n" + log());
        // 25 beats 0.2 s apart outlast the 2 s stale limit twice over, however busy the machine is.
        assertTrue(within(Duration.ofSeconds(60), () -> lines("beats") >= 25), "the fake stopped beating:\n" + log());
        assertEquals(1, starts(), log());
        assertFalse(log().contains("hung"), log());
        stopAndExpectEverythingGone();
    }

    @Test
    void anAppThatNeverBeatsIsRestartedAfterTheGraceTime() throws Exception {
        start("silent");
        assertTrue(within(Duration.ofSeconds(40), () -> startsAtLeast(2)), "not restarted:\n" + log());
        assertTrue(log().contains("no heartbeat in " + heartbeat + " within 3s"), log());
        stopAndExpectEverythingGone();
    }

    @Test
    void theOperatorsExitIsNotRestarted() throws Exception {
        start("operator");
        assertTrue(watchdog.waitFor(20, TimeUnit.SECONDS), "the watchdog kept running:\n" + log());
        assertEquals(KioskConfig.OPERATOR_EXIT_STATUS, watchdog.exitValue(), log());
        assertEquals(1, starts());
        assertTrue(log().contains("operator left kiosk mode"), log());
    }

    @Test
    void aCrashingAppIsRestartedWithAPause() throws Exception {
        start("crash");
        assertTrue(within(Duration.ofSeconds(40), () -> startsAtLeast(3)), "not restarted:\n" + log());
        assertTrue(log().contains("exited with status 1"), log());
        assertTrue(log().contains("restarting in 1s"), log());
        stopAndExpectEverythingGone();
    }

    @Test
    void afterRepeatedQuickFailuresTheAppStartsOnItsLastGoodContent() throws Exception {
        start("crash", "--last-good-after", "2");
        assertTrue(within(Duration.ofSeconds(60), () -> startsAtLeast(4)), "not restarted:\n" + log());
        List<String> runs = Files.readAllLines(dir.resolve("all-args"));
        assertFalse(runs.get(0).contains("--kiosk-last-good"), runs.toString());
        assertFalse(runs.get(1).contains("--kiosk-last-good"), runs.toString());
        assertTrue(runs.get(2).startsWith("--kiosk --kiosk-heartbeat " + heartbeat + " --kiosk-last-good"), runs.toString());
        assertTrue(runs.get(3).contains("--kiosk-last-good"), runs.toString());
        assertTrue(log().contains("failed 2 times in a row; starting it on its last good content"), log());
        assertTrue(log().contains("restarting in 1s"), "the restarts still back off:\n" + log());
        stopAndExpectEverythingGone();
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        start("healthy", "--stale", "soon");
        assertTrue(watchdog.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, watchdog.exitValue());
        assertEquals(0, starts());
        assertTrue(log().contains("--stale needs a whole number"), log());
    }
}
