package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real {@code Main} in a process of its own with no display, as on a server or over
 * SSH: what the user sees is one line saying why, never a toolkit stack trace.
 */
class WithoutDisplayTest {

    @TempDir
    Path dir;

    /** The exit code and everything printed (stdout and stderr together). */
    record Run(int exit, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }
    }

    static Run runMain(Path workDir, String... args) throws IOException, InterruptedException {
        assumeTrue(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux"),
                "without a display is a Linux (X11/Wayland) situation");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.stancemap.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", workDir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", workDir.resolve("data").toString());
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the app did not end");
        String text = new String(output, StandardCharsets.UTF_8);
        return new Run(process.exitValue(), text.lines().toList());
    }

    @Test
    void smokeWithoutADisplayPrintsOneLineAndNoStackTrace() throws Exception {
        Run run = runMain(dir, "--smoke");
        assertEquals(1, run.exit(), run.text());
        assertEquals(1, run.lines().size(), run.text());
        assertTrue(run.lines().get(0).startsWith("stancemap: no window can be opened"), run.text());
        assertFalse(run.text().contains("Exception"), run.text());
    }

    @Test
    void aBadKioskConfigWithoutADisplayIsReportedWithoutAStackTrace() throws Exception {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"explainer\": \"../../../../etc/passwd\"}");
        Run run = runMain(dir, "--kiosk-config", config.toString());
        assertEquals(1, run.exit(), run.text());
        assertTrue(run.text().startsWith("stancemap: the kiosk cannot start: " + config + ": $.explainer:"), run.text());
        assertTrue(run.text().contains("leads out of the config's folder"), run.text());
        assertFalse(run.text().contains("Exception"), run.text());
        assertFalse(run.text().contains("DISPLAY"), run.text());
    }
}
