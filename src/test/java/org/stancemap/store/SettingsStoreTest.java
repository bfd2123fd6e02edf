package org.stancemap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.model.Settings;

class SettingsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:15:30Z"), ZoneOffset.UTC);
    private static final String DAMAGED_NAME = "settings.json.damaged-20250301-091530";

    @TempDir
    Path dir;

    private final Settings custom = new Settings("next=RIGHT; exit=ESCAPE,\"q\"", OptionalInt.of(1), true, 150);

    private SettingsStore store(Path file) {
        return new SettingsStore(file, CLOCK, Files::move);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMissingFileGivesTheDefaultsQuietly() {
        SettingsStore.LoadedSettings loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertEquals(Optional.empty(), loaded.message());
    }

    @Test
    void savedSettingsLoadBackUnchanged() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(custom);
        SettingsStore.LoadedSettings loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertEquals(custom, loaded.settings());
        assertEquals(Optional.empty(), loaded.message());
        store.save(Settings.defaults());
        assertEquals(Settings.defaults(), store.load().settings());
    }

    @Test
    void saveCreatesTheFolderAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("deep").resolve("stancemap").resolve("settings.json");
        new SettingsStore(file).save(custom);
        assertTrue(Files.isRegularFile(file));
        try (Stream<Path> s = Files.list(file.getParent())) {
            assertEquals(List.of("settings.json"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void theSavedFileIsStrictJson() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(custom);
        String text = Files.readString(file);
        assertTrue(text.contains("\"textScale\": 150"), text);
        assertTrue(text.contains("\"projector\": 1"), text);
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(text).getAsJsonObject();
        assertEquals("next=RIGHT; exit=ESCAPE,\"q\"", json.get("keyMap").getAsString());
    }

    @Test
    void thePreviousFileIsKeptAsBak() throws IOException {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(custom);
        byte[] first = Files.readAllBytes(file);
        assertFalse(Files.exists(dir.resolve("settings.json.bak")), "nothing to back up on the first save");
        store.save(custom.withTextScale(200));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("settings.json.bak")));
        assertEquals(200, store.load().settings().textScale());
        assertEquals(custom, new SettingsStore(dir.resolve("settings.json.bak")).load().settings());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"textScale\": 150,", // cut short
            "not json at all",
            "",
            "[1, 2]",
            "{\"textScale\": \"big\"}",
            "{\"reduceMotion\": \"yes\"}",
            "{\"projector\": 1.5}",
            "{\"projector\": -1}",
            "{\"keyMap\": 12}",
            "{\"textScale\": 5}",
            "{\"textScale\": 100, \"textScale\": 120}",
            "{\"textScale\": 100} trailing",
            "{textScale: 100}", // lenient JSON is not accepted
            "{\"format\": 99}"})
    void aDamagedFileIsMovedAsideAndReported(String content) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        SettingsStore.LoadedSettings loaded = store(file).load();
        assertEquals(Settings.defaults(), loaded.settings());
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains(DAMAGED_NAME), message);
        assertFalse(Files.exists(file), "the damaged file is no longer in the way");
        assertEquals(content, Files.readString(dir.resolve(DAMAGED_NAME)), "the damaged content is kept");
    }

    @Test
    void theMessageSaysWhatIsWrong() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textScale\": \"big\"}");
        String message = store(file).load().message().orElseThrow();
        assertTrue(message.contains("(line 1, column 15, $.textScale: “textScale” should be a whole number but is"
                + " text)"), message);
        Files.writeString(file, "{\n  \"textScale\": 100,\n  oops\n}");
        message = store(file).load().message().orElseThrow();
        assertTrue(message.contains("(line 3, column 3: expected a key in \"double quotes\" here but found “oops”)"),
                message);
        assertFalse(message.contains("LENIENT"), message);
        Files.writeString(file, "{\"textScale\": 100,\n \"projector\": -2}");
        message = store(file).load().message().orElseThrow();
        assertTrue(message.contains("line 2, column 15, $.projector: “projector” is negative (-2)"), message);
        Files.writeString(file, "{\"textScale\": ");
        message = new SettingsStore(file).load().message().orElseThrow();
        assertTrue(message.contains("ends too early"), message);
    }

    @Test
    void aFileAnEditorSavedWithAByteOrderMarkIsReadAsItIs() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(custom);
        byte[] saved = Files.readAllBytes(file);
        byte[] withMark = new byte[saved.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(saved, 0, withMark, 3, saved.length);
        Files.write(file, withMark);
        SettingsStore.LoadedSettings loaded = store(file).load();
        assertEquals(custom, loaded.settings());
        assertEquals(Optional.empty(), loaded.message());
    }

    @Test
    void badUtf8IsDamage() throws IOException {
        Path file = dir.resolve("settings.json");
        byte[] bytes = {'{', '"', 'k', 'e', 'y', 'M', 'a', 'p', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Files.write(file, bytes);
        SettingsStore.LoadedSettings loaded = store(file).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.message().orElseThrow().contains("UTF-8"), loaded.message().get());
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(DAMAGED_NAME)));
    }

    @Test
    void anEarlierDamagedCopyIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(dir.resolve(DAMAGED_NAME), "older damage");
        Files.writeString(file, "newer damage");
        String message = store(file).load().message().orElseThrow();
        assertEquals("older damage", Files.readString(dir.resolve(DAMAGED_NAME)));
        assertEquals("newer damage", Files.readString(dir.resolve(DAMAGED_NAME + "-2")));
        assertTrue(message.contains(DAMAGED_NAME + "-2"), message);
    }

    @Test
    void unknownFieldsFromALaterVersionAreIgnored() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"format\": 1, \"textScale\": 120, \"theme\": {\"dark\": true}}");
        SettingsStore.LoadedSettings loaded = store(file).load();
        assertEquals(Settings.defaults().withTextScale(120), loaded.settings());
        assertEquals(Optional.empty(), loaded.message());
    }

    @Test
    void aCrashBeforeTheFinalMoveLeavesTheLastGoodSettings() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(custom);
        List<Path[]> moves = new ArrayList<>();
        SettingsStore crashing = new SettingsStore(file, CLOCK, (from, to, options) -> {
            moves.add(new Path[] {from, to});
            throw new IOException("simulated crash before the move");
        });
        assertThrows(IOException.class, () -> crashing.save(Settings.defaults()));
        assertEquals(1, moves.size(), "the save got as far as the move");
        assertEquals(custom, new SettingsStore(file).load().settings());
        assertEquals(Optional.empty(), new SettingsStore(file).load().message());
        assertFalse(Files.exists(moves.get(0)[0]), "the temporary file is cleaned up");
    }

    @Test
    void aStrayTemporaryFileFromACrashIsIgnored() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(custom);
        Files.writeString(dir.resolve("settings.json.12345.tmp"), "{\"textScale\": 2"); // half written
        SettingsStore.LoadedSettings loaded = new SettingsStore(file).load();
        assertEquals(custom, loaded.settings());
        assertEquals(Optional.empty(), loaded.message());
    }

    @Test
    void aMoveThatFailsForRealLeavesEverythingElseAlone() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.createDirectories(file);
        Files.writeString(file.resolve("something"), "x"); // a non-empty folder cannot be replaced
        assertThrows(IOException.class, () -> new SettingsStore(file).save(custom));
        assertTrue(Files.isDirectory(file));
        assertEquals(List.of("settings.json"), names(), "no temporary file left behind");
    }

    @Test
    void fallsBackToAPlainReplaceWhenAtomicMovesAreUnsupported() throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(Settings.defaults());
        List<String> tried = new ArrayList<>();
        SettingsStore store = new SettingsStore(file, CLOCK, (from, to, options) -> {
            tried.add(Arrays.toString(options));
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
            }
            Files.move(from, to, options);
        });
        store.save(custom);
        assertEquals(List.of("[ATOMIC_MOVE]", "[REPLACE_EXISTING]"), tried);
        assertEquals(custom, store.load().settings());
    }

    @Test
    void loadNeverThrowsEvenWhenTheFileCannotBeMovedAside() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "garbage");
        SettingsStore stuck = new SettingsStore(file, CLOCK, (from, to, options) -> {
            throw new IOException("read-only folder");
        });
        SettingsStore.LoadedSettings loaded = stuck.load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.message().orElseThrow().contains("left as it is"), loaded.message().get());
        assertEquals("garbage", Files.readString(file));
    }

    @Test
    void defaultLocationFollowsEachPlatformsConvention() {
        String home = dir.toString();
        Path xdg = dir.resolve("xdg");
        assertEquals(xdg.resolve("stancemap").resolve("settings.json"), SettingsStore.defaultLocation("Linux",
                Map.of("XDG_CONFIG_HOME", xdg.toString())::get, home));
        assertEquals(Path.of(home, ".config", "stancemap", "settings.json"),
                SettingsStore.defaultLocation("Linux", k -> null, home));
        assertEquals(Path.of(home, ".config", "stancemap", "settings.json"),
                SettingsStore.defaultLocation("Linux", Map.of("XDG_CONFIG_HOME", "relative/dir")::get, home),
                "a relative XDG_CONFIG_HOME is ignored");
        assertEquals(Path.of(home, "Library", "Application Support", "Stancemap", "settings.json"),
                SettingsStore.defaultLocation("Mac OS X", k -> null, home));
        Path appData = dir.resolve("AppData");
        assertEquals(appData.resolve("Stancemap").resolve("settings.json"),
                SettingsStore.defaultLocation("Windows 11", Map.of("APPDATA", appData.toString())::get, home));
        assertEquals("settings.json", SettingsStore.defaultLocation().getFileName().toString());
    }

    @Test
    void settingsRejectImpossibleValues() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withTextScale(0));
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults().withProjector(OptionalInt.of(-2)));
        assertEquals("", new Settings(null, null, false, 100).keyMap());
    }

    /** The dark theme is remembered as the text size is. */
    @Test
    void theDarkThemeIsSavedAndReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("dark.json"));
        store.save(Settings.defaults().withDarkTheme(true).withTextScale(150));
        Settings back = store.load().settings();
        assertTrue(back.darkTheme());
        assertEquals(150, back.textScale());
        store.save(back.withDarkTheme(false));
        assertFalse(store.load().settings().darkTheme());
    }
}
