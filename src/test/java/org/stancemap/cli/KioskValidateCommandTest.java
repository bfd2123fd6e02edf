package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;

/** {@code --kiosk-config FILE --validate}: a kiosk set up over SSH is checked without a display. */
class KioskValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private int run(String... args) {
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        return CommandLine.run(LaunchOptions.parse(List.of(args)), out, out).orElse(-1);
    }

    private String output() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private Path explainer(String name) throws IOException {
        try (InputStream in = KioskValidateCommandTest.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    void aGoodConfigWithAGoodExplainerExitsZero() throws IOException {
        explainer("exhibit.stancemap.json");
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"explainer\": \"exhibit.stancemap.json\"}");
        assertEquals(0, run("--kiosk-config", config.toString(), "--validate"), output());
        assertTrue(output().contains("kiosk config " + config + ": valid; it shows " + dir.resolve("exhibit.stancemap.json")),
                output());
    }

    @Test
    void aConfigNamingAMissingExplainerExitsOneWithTheReason() throws IOException {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"explainer\": \"gone.stancemap.json\"}");
        assertEquals(1, run("--kiosk-config", config.toString(), "--validate"), output());
        assertTrue(output().startsWith(config + ": $.explainer: the explainer " + dir.resolve("gone.stancemap.json")
                + " does not exist"), output());
        assertTrue(output().contains("invalid; the kiosk would not start"), output());
    }

    @Test
    void aConfigWhoseExplainerHasErrorsExitsOneWithTheExplainersProblems() throws IOException {
        Files.writeString(dir.resolve("broken.stancemap.json"), "{\"format\": 1}");
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"explainer\": \"broken.stancemap.json\"}");
        assertEquals(1, run("--kiosk-config", config.toString(), "--validate"), output());
        assertTrue(output().contains(dir.resolve("broken.stancemap.json") + ": $.id"), output());
        assertTrue(output().contains("valid, but its explainer"), output());
    }

    @Test
    void aBrokenConfigExitsOne() throws IOException {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"idleSeconds\": 2}");
        assertEquals(1, run("--kiosk-config", config.toString(), "--validate"));
        assertTrue(output().contains("$.idleSeconds"), output());
    }

    @Test
    void tooManyFilesIsAUsageError() {
        assertEquals(2, run("--kiosk-config", "k.json", "--validate", "a.json", "b.json"));
    }
}
