package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.Problem;

class KioskConfigLoaderTest {

    @TempDir
    Path dir;

    private final KioskDirs dirs = new KioskDirs(Path.of("/data/kiosk"), Optional.of(Path.of("/run/user/7/stancemap")));

    private KioskConfigLoader loader() {
        return new KioskConfigLoader(dirs, "/home/visitor");
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("kiosk.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private KioskConfigLoader.Result load(String text) throws IOException {
        return loader().load(write(text));
    }

    private static Problem onlyProblem(KioskConfigLoader.Result result) {
        assertFalse(result.isValid(), "expected the config to be refused");
        assertEquals(1, result.problems().size(), result.message());
        return result.problems().get(0);
    }

    @Test
    void noConfigFileGivesTheDefaults() {
        KioskConfigLoader.Result result = loader().load(Optional.empty());
        KioskConfig config = result.config().orElseThrow();
        assertEquals(Duration.ofSeconds(90), config.idle());
        assertEquals(Duration.ofSeconds(15), config.countdown());
        assertEquals(Duration.ofSeconds(12), config.attractStep());
        assertEquals(Optional.empty(), config.explainer());
        assertFalse(config.operatorExitEnabled());
        assertEquals(Path.of("/run/user/7/stancemap/kiosk-heartbeat"), config.heartbeatFile());
        assertEquals(Path.of("/data/kiosk/logs"), config.logDir());
    }

    @Test
    void anEmptyObjectAlsoGivesTheDefaultsButRemembersItsSource() throws IOException {
        Path file = write("{}");
        KioskConfig config = loader().load(file).config().orElseThrow();
        assertEquals(Duration.ofSeconds(90), config.idle());
        assertEquals(Optional.of(file.toAbsolutePath()), config.source());
    }

    @Test
    void everySettingIsRead() throws IOException {
        Files.createDirectories(dir.resolve("exhibits/current"));
        String hash = PinHash.create("2468".toCharArray(), PinHash.MIN_ITERATIONS);
        KioskConfig config = load("""
                {
                  "comment": "lobby screen, hall B",
                  "explainer": "exhibits/current",
                  "idleSeconds": 45,
                  "countdownSeconds": 10,
                  "attractStepSeconds": 20,
                  "pinHash": "%s",
                  "heartbeatFile": "/tmp/hb",
                  "logDir": "~/kiosk-logs"
                }
                """.formatted(hash)).config().orElseThrow();
        assertEquals(Optional.of(dir.resolve("exhibits/current").toAbsolutePath()), config.explainer());
        assertEquals(Duration.ofSeconds(45), config.idle());
        assertEquals(Duration.ofSeconds(10), config.countdown());
        assertEquals(Duration.ofSeconds(20), config.attractStep());
        assertEquals(Optional.of(hash), config.pinHash());
        assertTrue(config.operatorExitEnabled());
        assertEquals(Path.of("/tmp/hb"), config.heartbeatFile());
        assertEquals(Path.of("/home/visitor/kiosk-logs"), config.logDir());
    }

    @Test
    void relativePathsStartFromTheConfigFilesFolderNotTheWorkingFolder() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("etc"));
        Path file = sub.resolve("kiosk.json");
        Files.createDirectories(sub.resolve("content"));
        Files.writeString(sub.resolve("content/a.stancemap.json"), "{}");
        Files.writeString(file, "{\"explainer\": \"content/./a.stancemap.json\"}");
        KioskConfig config = loader().load(file).config().orElseThrow();
        assertEquals(Optional.of(sub.resolve("content/a.stancemap.json").toAbsolutePath()), config.explainer());
    }

    @Test
    void nullMeansTheDefault() throws IOException {
        KioskConfig config = load("{\"explainer\": null, \"pinHash\": null, \"idleSeconds\": null, \"logDir\": null}")
                .config().orElseThrow();
        assertEquals(Optional.empty(), config.explainer());
        assertEquals(Optional.empty(), config.pinHash());
        assertEquals(KioskConfig.DEFAULT_IDLE, config.idle());
        assertEquals(Path.of("/data/kiosk/logs"), config.logDir());
    }

    @Test
    void aValueOutOfBoundsIsNamedWithItsLineAndColumn() throws IOException {
        Problem p = onlyProblem(load("{\n  \"idleSeconds\": 2\n}"));
        assertEquals("$.idleSeconds", p.jsonPath());
        assertEquals(2, p.line());
        assertEquals(18, p.column());
        assertTrue(p.message().contains("between 10 and 3600"), p.message());
        assertTrue(p.format().startsWith(dir.resolve("kiosk.json") + ": $.idleSeconds: "), p.format());
        assertTrue(p.format().endsWith("(line 2, column 18)"), p.format());
    }

    @Test
    void aTextWhereANumberBelongsIsNamedAtTheOpeningQuote() throws IOException {
        Problem p = onlyProblem(load("{\"countdownSeconds\": \"15\"}"));
        assertEquals("$.countdownSeconds", p.jsonPath());
        assertEquals(1, p.line());
        assertEquals(22, p.column());
        assertTrue(p.message().contains("whole number of seconds but is text"), p.message());
    }

    @Test
    void fractionsOfSecondsAreRefused() throws IOException {
        Problem p = onlyProblem(load("{\"attractStepSeconds\": 12.5}"));
        assertEquals("$.attractStepSeconds", p.jsonPath());
        assertTrue(p.message().contains("12.5"), p.message());
    }

    @Test
    void aMisspeltSettingIsAnErrorThatListsTheRealOnes() throws IOException {
        Problem p = onlyProblem(load("{\n\"idleSecond\": 30}"));
        assertEquals("$.idleSecond", p.jsonPath());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("idleSeconds"), p.message());
    }

    @Test
    void aSettingGivenTwiceIsAnError() throws IOException {
        Problem p = onlyProblem(load("{\"idleSeconds\": 30, \"idleSeconds\": 40}"));
        assertEquals("$.idleSeconds", p.jsonPath());
        assertTrue(p.message().contains("twice"), p.message());
    }

    @Test
    void everyBadSettingIsReportedNotJustTheFirst() throws IOException {
        KioskConfigLoader.Result result = load("{\"idleSeconds\": 1, \"countdownSeconds\": 9999, \"logDir\": 5}");
        assertFalse(result.isValid());
        assertEquals(List.of("$.idleSeconds", "$.countdownSeconds", "$.logDir"),
                result.problems().stream().map(Problem::jsonPath).toList());
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnWithoutAPath() throws IOException {
        Problem p = onlyProblem(load("{\n  \"idleSeconds\": 30\n  \"countdownSeconds\": 10\n}"));
        assertFalse(p.hasPath());
        assertEquals(3, p.line());
        assertEquals(3, p.column());
        assertTrue(p.format().startsWith(dir.resolve("kiosk.json") + ":3:3: "), p.format());
    }

    @Test
    void aFileThatEndsEarlyIsASyntaxError() throws IOException {
        Problem p = onlyProblem(load("{\"idleSeconds\": 30,"));
        assertFalse(p.hasPath());
        assertTrue(p.message().contains("ends too early"), p.message());
    }

    @Test
    void commentsAndTrailingCommasAreNotJson() throws IOException {
        assertFalse(load("{\"idleSeconds\": 30, // half a minute\n}").isValid());
        assertFalse(load("{\"idleSeconds\": 30,}").isValid());
    }

    @Test
    void aListIsNotAConfig() throws IOException {
        Problem p = onlyProblem(load("[1, 2]"));
        assertEquals("$", p.jsonPath());
        assertTrue(p.message().contains("should be a JSON object"), p.message());
    }

    @Test
    void textAfterTheObjectIsRefused() throws IOException {
        Problem p = onlyProblem(load("{} {}"));
        assertTrue(p.message().contains("more text after"), p.message());
    }

    @Test
    void aHashThatIsNotOneIsRefusedAndAnEmptyOneExplainsHowToDisableTheExit() throws IOException {
        Problem bad = onlyProblem(load("{\"pinHash\": \"1234\"}"));
        assertEquals("$.pinHash", bad.jsonPath());
        assertTrue(bad.message().contains("--kiosk-pin"), bad.message());
        assertFalse(bad.format().contains("\"1234\""), "the message should not need to quote the value");
        Problem empty = onlyProblem(load("{\"pinHash\": \"\"}"));
        assertTrue(empty.message().contains("leave “pinHash” out"), empty.message());
        Problem weak = onlyProblem(load("{\"pinHash\": \"pbkdf2-sha256$10$AAAAAAAAAAAAAAAAAAAAAA$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}"));
        assertTrue(weak.message().contains("iteration count 10"), weak.message());
    }

    @Test
    void aMissingExplainerIsRefusedNamingTheConfigAndHowPathsResolve() throws IOException {
        Problem p = onlyProblem(load("{\"explainer\": \"exhibits/gone.stancemap.json\"}"));
        assertTrue(p.format().startsWith(dir.resolve("kiosk.json") + ":"), p.format());
        assertEquals("$.explainer", p.jsonPath());
        assertTrue(p.message().contains(dir.resolve("exhibits/gone.stancemap.json") + " does not exist"), p.message());
        assertTrue(p.message().contains("relative paths start from the config's folder, " + dir), p.message());
    }

    @Test
    void anExplainerPathEscapingTheConfigsFolderIsRefused() throws IOException {
        Problem p = onlyProblem(load("{\"explainer\": \"../../../../etc/passwd\"}"));
        assertEquals("$.explainer", p.jsonPath());
        assertTrue(p.message().contains("leads out of the config's folder"), p.message());
    }

    @Test
    void aFileThatIsNoExplainerIsRefusedEvenByAbsolutePath() throws IOException {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        Problem p = onlyProblem(load("{\"explainer\": \"" + passwd + "\"}"));
        assertTrue(p.message().contains("is not an explainer file"), p.message());
    }

    @Test
    void aNamedPipeAsTheExplainerIsRefused() throws Exception {
        Path pipe = org.stancemap.io.SpecialFilesTestAccess.fifo(dir.resolve("pipe.stancemap.json"));
        Problem p = onlyProblem(load("{\"explainer\": \"pipe.stancemap.json\"}"));
        assertTrue(p.message().contains("named pipe (FIFO), not a regular file"), p.message());
        assertTrue(Files.exists(pipe));
    }

    @Test
    void aNamedPipeAsTheConfigIsRefusedAtOnce() throws Exception {
        Path pipe = org.stancemap.io.SpecialFilesTestAccess.fifo(dir.resolve("kiosk-pipe.json"));
        KioskConfigLoader.Result result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(20), () -> loader().load(pipe));
        assertTrue(onlyProblem(result).message().contains("not a regular file"), result.message());
    }

    @Test
    void anEmptyPathIsRefused() throws IOException {
        Problem p = onlyProblem(load("{\"explainer\": \"  \"}"));
        assertEquals("$.explainer", p.jsonPath());
        assertTrue(p.message().contains("empty"), p.message());
    }

    @Test
    void fileProblemsNameTheFile() throws IOException {
        Problem missing = onlyProblem(loader().load(dir.resolve("nope.json")));
        assertTrue(missing.format().contains("nope.json"), missing.format());
        assertTrue(missing.message().contains("does not exist"), missing.message());
        Problem folder = onlyProblem(loader().load(dir));
        assertTrue(folder.message().contains("folder"), folder.message());
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"comment\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Problem encoding = onlyProblem(loader().load(latin1));
        assertTrue(encoding.message().contains("UTF-8"), encoding.message());
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) KioskConfigLoader.MAX_BYTES + 1]);
        assertTrue(onlyProblem(loader().load(huge)).message().contains("too large"));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF{\"idleSeconds\": 30}").getBytes(StandardCharsets.UTF_8));
        assertEquals(Duration.ofSeconds(30), loader().load(file).config().orElseThrow().idle());
    }

    @Test
    void theConfigsToStringNeverShowsTheHash() throws IOException {
        String hash = PinHash.create("2468".toCharArray(), PinHash.MIN_ITERATIONS);
        KioskConfig config = load("{\"pinHash\": \"" + hash + "\"}").config().orElseThrow();
        assertFalse(config.toString().contains(hash.split("\\$")[3]), config.toString());
        assertTrue(config.toString().contains("PIN set"), config.toString());
    }

    @Test
    void platformDefaultsFollowEachPlatformsHabit() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/xdg/data", "XDG_RUNTIME_DIR", "/run/user/1000",
                "LOCALAPPDATA", "C:\\Users\\k\\AppData\\Local");
        KioskDirs linux = KioskDirs.of("Linux", env::get, "/home/k");
        assertEquals(Path.of("/xdg/data/stancemap/kiosk"), linux.dataDir());
        assertEquals(Path.of("/run/user/1000/stancemap/kiosk-heartbeat"), linux.heartbeatFile());
        KioskDirs bare = KioskDirs.of("Linux", name -> null, "/home/k");
        assertEquals(Path.of("/home/k/.local/share/stancemap/kiosk/heartbeat"), bare.heartbeatFile());
        assertEquals(Path.of("/home/k/.local/share/stancemap/kiosk/logs"), bare.logDir());
        KioskDirs relative = KioskDirs.of("Linux", Map.of("XDG_RUNTIME_DIR", "run")::get, "/home/k");
        assertEquals(Optional.empty(), relative.runtimeDir(), "a relative XDG value must be ignored");
        KioskDirs mac = KioskDirs.of("Mac OS X", name -> null, "/Users/k");
        assertEquals(Path.of("/Users/k/Library/Application Support/Stancemap/kiosk/logs"), mac.logDir());
    }
}
