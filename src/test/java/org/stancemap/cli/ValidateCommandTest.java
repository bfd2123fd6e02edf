package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    private static byte[] defaultBytes() throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private int validate(Path... files) {
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        return new ValidateCommand(new ExplainerLoader(), out).run(List.of(files));
    }

    private List<String> lines() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** What {@code Main} does for the modes that do not open a window, without exiting the JVM. */
    private int runLikeMain(String... args) {
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        return CommandLine.run(LaunchOptions.parse(List.of(args)), out, out).orElse(-1);
    }

    @Test
    void validDefaultExplainerExitsZeroWithASummary() throws IOException {
        Path file = write("paris.stancemap.json", defaultBytes());
        assertEquals(0, validate(file));
        assertEquals(List.of("1 file checked: all valid."), lines());
    }

    @Test
    void syntaxErrorExitsOneAndPrintsFileLineColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"format\": 1,\n}\n");
        assertEquals(1, validate(file));
        List<String> lines = lines();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith(file + ":3:1: "), lines.get(0));
        assertTrue(Pattern.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*", lines.get(0)));
        assertEquals("1 file checked: 1 invalid.", lines.get(1));
    }

    @Test
    void contentErrorExitsOneAndPrintsFileAndPath() throws IOException {
        JsonObject tree = JsonParser.parseString(new String(defaultBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        tree.getAsJsonArray("stances").get(2).getAsJsonObject().remove("summary");
        Path file = write("content.json", tree.toString());
        assertEquals(1, validate(file));
        assertTrue(lines().stream().anyMatch(l -> l.startsWith(file + ": $.stances[2].summary: ")), lines().toString());
        assertEquals("1 file checked: 1 invalid.", lines().get(lines().size() - 1));
    }

    @Test
    void warningsAreCountedButDoNotFailTheFile() throws IOException {
        JsonObject tree = JsonParser.parseString(new String(defaultBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        tree.addProperty("colour", "red");
        Path file = write("warned.json", tree.toString());
        assertEquals(0, validate(file));
        assertTrue(lines().contains(file + ": $.colour: warning: unknown field \"colour\" is ignored (line 1, column "
                + (tree.toString().indexOf("\"red\"") + 1) + ")"), lines().toString());
        assertEquals("1 file checked: all valid, 1 warning.", lines().get(lines().size() - 1));
    }

    @Test
    void oneBadFileAmongGoodOnesExitsOne() throws IOException {
        Path good = write("good.json", defaultBytes());
        Path bad = write("bad.json", "[");
        Path missing = dir.resolve("missing.json");
        assertEquals(1, validate(good, bad, missing));
        assertTrue(lines().stream().anyMatch(l -> l.startsWith(bad + ":1:")), lines().toString());
        assertTrue(lines().stream().anyMatch(l -> l.startsWith(missing + ": ")), lines().toString());
        assertEquals("3 files checked: 2 invalid.", lines().get(lines().size() - 1));
    }

    @Test
    void validateOptionCollectsEveryFile() {
        LaunchOptions options = LaunchOptions.parse(List.of("--validate", "a.json", "b.json"));
        assertEquals(LaunchOptions.Mode.VALIDATE, options.mode());
        assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), options.filesToValidate());
    }

    @Test
    void fileBeforeValidateIsAlsoValidated() {
        LaunchOptions options = LaunchOptions.parse(List.of("a.json", "--validate", "b.json"));
        assertEquals(LaunchOptions.Mode.VALIDATE, options.mode());
        assertEquals(List.of(Path.of("a.json"), Path.of("b.json")), options.filesToValidate());
    }

    @Test
    void validateWithoutFilesIsAUsageError() {
        LaunchOptions options = LaunchOptions.parse(List.of("--validate"));
        assertEquals(LaunchOptions.Mode.USAGE_ERROR, options.mode());
        assertTrue(options.error().contains("--validate"), options.error());
    }

    @Test
    void unknownOptionIsAUsageError() {
        LaunchOptions options = LaunchOptions.parse(List.of("--colour", "x.json"));
        assertEquals(LaunchOptions.Mode.USAGE_ERROR, options.mode());
        assertTrue(options.error().contains("--colour"), options.error());
    }

    @Test
    void explainerOptionWithoutFileIsAUsageError() {
        assertEquals(LaunchOptions.Mode.USAGE_ERROR, LaunchOptions.parse(List.of("--explainer")).mode());
    }

    @Test
    void twoExplainersToOpenIsAUsageError() {
        assertEquals(LaunchOptions.Mode.USAGE_ERROR, LaunchOptions.parse(List.of("a.json", "b.json")).mode());
        assertEquals(LaunchOptions.Mode.USAGE_ERROR,
                LaunchOptions.parse(List.of("--explainer", "a.json", "b.json")).mode());
    }

    @Test
    void helpWinsOverOtherOptions() {
        assertEquals(LaunchOptions.Mode.HELP, LaunchOptions.parse(List.of("--help")).mode());
        assertEquals(LaunchOptions.Mode.HELP, LaunchOptions.parse(List.of("--dark", "-h", "--bogus")).mode());
    }

    @Test
    void windowModeKeepsTheExplainerAndFlags() {
        LaunchOptions options = LaunchOptions.parse(List.of("--dark", "--reduce-motion", "x.json"));
        assertEquals(LaunchOptions.Mode.WINDOW, options.mode());
        assertEquals(Path.of("x.json"), options.explainer().orElseThrow());
        assertTrue(options.dark());
        assertTrue(options.reduceMotion());
        LaunchOptions plain = LaunchOptions.parse(List.of());
        assertEquals(LaunchOptions.Mode.WINDOW, plain.mode());
        assertTrue(plain.explainer().isEmpty());
        assertFalse(plain.dark());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, runLikeMain("--validate"));
        assertEquals(2, runLikeMain("--nonsense"));
        assertTrue(buffer.toString(StandardCharsets.UTF_8).contains("stancemap: unknown option --nonsense"));
    }

    @Test
    void helpExitsZeroAndPrintsUsage() {
        assertEquals(0, runLikeMain("--help"));
        assertTrue(buffer.toString(StandardCharsets.UTF_8).startsWith("Usage: stancemap"));
    }

    @Test
    void validateThroughTheCommandLineGivesItsExitCode() throws IOException {
        Path good = write("good.json", defaultBytes());
        Path bad = write("bad.json", "{}");
        assertEquals(0, runLikeMain("--validate", good.toString()));
        assertEquals(1, runLikeMain("--validate", good.toString(), bad.toString()));
    }
}
