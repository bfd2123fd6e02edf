package org.stancemap.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stancemap.io.AtomicFile;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.Note;
import org.stancemap.model.notes.NoteResolution;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.StudyFixtures;
import org.stancemap.model.notes.StudyRecord;

class StudyStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:15:30Z"), ZoneOffset.UTC);
    private static final Instant T1 = Instant.parse("2025-02-27T08:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-28T17:45:12.123456789Z");
    private static final String NOTE = "Ana’s line — firm 😀\nsecond line with \"quotes\" and a \\ backslash\n\n\tindented";

    @TempDir
    Path dir;

    private final Explainer explainer = StudyFixtures.explainer();

    private StudyStore store() {
        return new StudyStore(dir, CLOCK, Files::move);
    }

    private Path file() {
        return store().fileFor(StudyFixtures.ID);
    }

    private String damagedName() {
        return file().getFileName() + ".damaged-20250301-091530";
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private StudyRecord sample() {
        return StudyRecord.empty(StudyFixtures.ID)
                .setNote(NoteTarget.actor("ana"), NOTE, T1)
                .toggleStar(NoteTarget.stance("ana-refuses"), T1)
                .setNote(StudyFixtures.weWillNotMove(), "🙂 short", T1)
                .toggleStar(StudyFixtures.weWillNotMove(), T2)
                .setNote(StudyFixtures.talksMustGoOn(), "Bo’s words", T2)
                .withProgress(4, 7, List.of("q-ana", "q-bo “x”"));
    }

    @Test
    void aMissingFileGivesAnEmptyRecordQuietly() {
        StudyStore.LoadedStudy loaded = store().load(explainer);
        assertEquals(StudyRecord.empty(StudyFixtures.ID), loaded.record());
        assertEquals(Optional.empty(), loaded.message());
    }

    @Test
    void savedNotesLoadBackUnchanged() throws IOException {
        assertTrue(store().load(explainer).writable(), "a missing file may be written");
        StudyRecord record = sample();
        assertEquals(Optional.empty(), store().save(explainer, record));
        StudyStore.LoadedStudy loaded = new StudyStore(dir).load(StudyFixtures.ID);
        assertEquals(Optional.empty(), loaded.message());
        assertEquals(record.remembering(explainer), loaded.record());
        Note first = loaded.record().notes().get(0);
        assertEquals(NOTE, first.text(), "curly quotes, dashes, emoji, tabs and line breaks survive");
        assertEquals(T2, loaded.record().note(StudyFixtures.weWillNotMove()).orElseThrow().updated(), "to the nanosecond");
        assertEquals(List.of("q-ana", "q-bo “x”"), loaded.record().progress().missedKeys());
    }

    @Test
    void theFileIsStrictUtf8JsonThatNamesItsExplainer() throws IOException {
        store().save(explainer, sample());
        byte[] bytes = Files.readAllBytes(file());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("😀"), "written as UTF-8, not as escapes");
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        assertEquals(1, json.get("format").getAsInt());
        assertEquals(StudyFixtures.ID, json.get("explainer").getAsString());
        JsonObject quote = json.getAsJsonArray("notes").get(2).getAsJsonObject();
        assertEquals("quote", quote.get("kind").getAsString());
        assertEquals(StudyFixtures.weWillNotMove().id(), quote.get("target").getAsString());
        assertEquals("we will not move", quote.get("label").getAsString(), "the quote's words are remembered");
        assertEquals(List.of(file().getFileName().toString()), names(), "no temporary files left");
    }

    @Test
    void theBakHoldsThePreviousVersion() throws IOException {
        StudyStore store = store();
        store.save(explainer, sample());
        byte[] first = Files.readAllBytes(file());
        assertFalse(Files.exists(AtomicFile.backupOf(file())), "nothing to back up on the first save");
        store.save(explainer, sample().setNote(NoteTarget.actor("bo"), "newer", T2));
        assertArrayEquals(first, Files.readAllBytes(AtomicFile.backupOf(file())));
        assertEquals("newer", store.load(explainer).record().note(NoteTarget.actor("bo")).orElseThrow().text());
    }

    @Test
    void aCrashBeforeTheFinalMoveLeavesTheLastGoodFile() throws IOException {
        store().save(explainer, sample());
        byte[] good = Files.readAllBytes(file());
        List<Path> moved = new ArrayList<>();
        StudyStore crashing = new StudyStore(dir, CLOCK, (from, to, options) -> {
            moved.add(from);
            throw new IOException("simulated crash before the move");
        });
        assertThrows(IOException.class, () -> crashing.save(explainer, StudyRecord.empty(StudyFixtures.ID)));
        assertEquals(1, moved.size(), "the save got as far as the move");
        assertFalse(Files.exists(moved.get(0)), "the temporary file is cleaned up");
        assertArrayEquals(good, Files.readAllBytes(file()));
        StudyStore.LoadedStudy loaded = store().load(explainer);
        assertEquals(Optional.empty(), loaded.message());
        assertEquals(sample().remembering(explainer), loaded.record());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [", // cut short
            "not json at all",
            "",
            "[]",
            "{explainer: \"feud-2025\", format: 1}", // lenient JSON
            "{\"format\": 2, \"explainer\": \"feud-2025\", \"notes\": []}",
            "{\"format\": \"1\", \"explainer\": \"feud-2025\"}",
            "{\"explainer\": \"feud-2025\", \"notes\": []}",
            "{\"format\": 1, \"notes\": []}",
            "{\"format\": 1, \"explainer\": \"someone-else\", \"notes\": []}",
            "{\"format\": 1, \"format\": 1, \"explainer\": \"feud-2025\"}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": {}}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\", \"target\": \"a\","
                    + " \"text\": 5, \"created\": \"2025-01-01T00:00:00Z\", \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\", \"target\": \"a\","
                    + " \"text\": \"x\", \"created\": \"yesterday\", \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"place\", \"target\": \"a\","
                    + " \"text\": \"x\", \"created\": \"2025-01-01T00:00:00Z\", \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"quote\", \"target\": \"s\","
                    + " \"text\": \"x\", \"created\": \"2025-01-01T00:00:00Z\", \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\", \"target\": \"a\","
                    + " \"text\": \"x\", \"text\": \"y\", \"created\": \"2025-01-01T00:00:00Z\","
                    + " \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\", \"target\": \"a\","
                    + " \"text\": \"x\", \"created\": \"2025-01-01T00:00:00Z\", \"updated\": \"2025-01-01T00:00:00Z\"},"
                    + " {\"kind\": \"actor\", \"target\": \"a\", \"text\": \"y\", \"created\": \"2025-01-01T00:00:00Z\","
                    + " \"updated\": \"2025-01-01T00:00:00Z\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\", \"target\": \"a\"}]}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"quiz\": {\"bestScore\": 9, \"bestOutOf\": 5}}",
            "{\"format\": 1, \"explainer\": \"feud-2025\", \"quiz\": {\"bestScore\": 1.5, \"bestOutOf\": 5}}",
            "{\"format\": 1, \"explainer\": \"feud-2025\"} trailing"})
    void aDamagedFileIsMovedAsideReportedAndNeverOverwritten(String content) throws IOException {
        Files.writeString(file(), content, StandardCharsets.UTF_8);
        StudyStore.LoadedStudy loaded = store().load(explainer);
        assertEquals(StudyRecord.empty(StudyFixtures.ID), loaded.record());
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains(file().toString()), message);
        assertTrue(message.contains(damagedName()), message);
        assertFalse(Files.exists(file()), "the damaged file is out of the way");
        Path damaged = dir.resolve(damagedName());
        assertEquals(content, Files.readString(damaged), "the damaged content is kept");

        store().save(explainer, sample());
        assertEquals(content, Files.readString(damaged), "saving did not touch the damaged copy");
        assertEquals(sample().remembering(explainer), store().load(explainer).record());
    }

    @Test
    void theMessageSaysWhatIsWrong() throws IOException {
        Files.writeString(file(), "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"actor\","
                + " \"target\": \"a\", \"text\": 5}]}");
        String message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("line 1, column 92, $.notes[0].text: note 1: “text” should be text but is a"
                + " number"), message);
        Files.writeString(file(), "{\"format\": 3}");
        message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("format 3"), message);
        Files.writeString(file(), "{\n \"format\": 1,\n oops\n}");
        message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("line 3, column 2: expected a key in \"double quotes\" here"), message);
        Files.writeString(file(), "{\"format\": 1, \"explainer\": \"feud-2025\",\n \"quiz\": {\"bestScore\": 3,"
                + " \"bestOutOf\": 2.5}}");
        message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("line 2, column 40, $.quiz.bestOutOf: quiz: “bestOutOf” should be a whole number"
                + " but is 2.5"), message);
    }

    @Test
    void whatTheModelRefusesIsSaidInWordsNotKeys() throws IOException {
        Files.writeString(file(), "{\"format\": 1, \"explainer\": \"feud-2025\", \"notes\": [{\"kind\": \"quote\","
                + " \"target\": \"s:9-2\", \"text\": \"x\", \"created\": \"2025-01-01T00:00:00Z\","
                + " \"updated\": \"2025-01-01T00:00:00Z\"}]}");
        String message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("note 1: a quote target's span ends before it starts: “s:9-2”"), message);
        Files.writeString(file(), "{\"format\": 1, \"explainer\": \"feud-2025\", \"quiz\": {\"bestScore\": 9,"
                + " \"bestOutOf\": 5}}");
        message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("the quiz result: a best score of 9 out of 5 is impossible"), message);
    }

    @Test
    void badUtf8IsDamage() throws IOException {
        byte[] bytes = {'{', '"', 'f', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        Files.write(file(), bytes);
        String message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("UTF-8"), message);
        assertArrayEquals(bytes, Files.readAllBytes(dir.resolve(damagedName())));
    }

    @Test
    void aFarTooLargeFileIsDamage() throws IOException {
        byte[] big = new byte[(int) StudyStore.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(file(), big);
        String message = store().load(explainer).message().orElseThrow();
        assertTrue(message.contains("far too large"), message);
        assertEquals(big.length, Files.size(dir.resolve(damagedName())));
    }

    @Test
    void notesTooLargeToReadBackAreNotSaved() throws IOException {
        store().save(explainer, sample());
        byte[] good = Files.readAllBytes(file());
        StudyRecord huge = StudyRecord.empty(StudyFixtures.ID);
        String text = "x".repeat(Note.MAX_TEXT_LENGTH);
        for (int i = 0; huge.notes().size() * (long) text.length() <= StudyStore.MAX_BYTES; i++) {
            huge = huge.setNote(NoteTarget.actor("a" + i), text, T1);
        }
        StudyRecord tooMany = huge;
        IOException e = assertThrows(IOException.class, () -> store().save(explainer, tooMany));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertArrayEquals(good, Files.readAllBytes(file()));
    }

    @Test
    void aDamagedFileWithASoundBackupRestoresTheBackup() throws IOException {
        StudyStore store = store();
        store.save(explainer, sample());
        store.save(explainer, sample().setNote(NoteTarget.actor("bo"), "after", T2));
        Files.writeString(file(), "{\"format\": 1, \"explai");
        StudyStore.LoadedStudy loaded = store.load(explainer);
        assertEquals(sample().remembering(explainer), loaded.record(), "the previous save");
        String message = loaded.message().orElseThrow();
        assertTrue(message.contains(damagedName()) && message.contains(".bak"), message);
        assertEquals("{\"format\": 1, \"explai", Files.readString(dir.resolve(damagedName())));
    }

    @Test
    void aDamagedFileThatCannotBeMovedAsideIsNeverSavedOver() throws IOException {
        Files.writeString(file(), "garbage");
        StudyStore stuck = new StudyStore(dir, CLOCK, (from, to, options) -> {
            throw new IOException("read-only folder");
        });
        StudyStore.LoadedStudy loaded = stuck.load(explainer);
        assertEquals(StudyRecord.empty(StudyFixtures.ID), loaded.record());
        assertTrue(loaded.message().orElseThrow().contains("left as it is"), loaded.message().get());
        assertFalse(loaded.writable(), "the caller is told not to save over the file");
        IOException e = assertThrows(IOException.class, () -> stuck.save(explainer, sample()));
        assertTrue(e.getMessage().contains(file().toString()), e.getMessage());
        assertEquals("garbage", Files.readString(file()));
    }

    @Test
    void aFileDamagedAfterLoadingIsMovedAsideBySave() throws IOException {
        StudyStore store = store();
        store.save(explainer, sample());
        assertEquals(Optional.empty(), store.load(explainer).message());
        Files.writeString(file(), "{ edited by hand, badly");
        String message = store.save(explainer, sample()).orElseThrow();
        assertTrue(message.contains(damagedName()), message);
        assertEquals("{ edited by hand, badly", Files.readString(dir.resolve(damagedName())));
        assertEquals(sample().remembering(explainer), store.load(explainer).record());
    }

    @Test
    void orphanedNotesSurviveLoadAndSaveAgainstAChangedExplainer() throws IOException {
        StudyStore store = store();
        store.save(explainer, sample());
        Explainer edited = StudyFixtures.edited();
        StudyRecord loaded = store.load(edited).record();
        NoteResolution.Partition parts = NoteResolution.partition(edited, loaded);
        assertEquals(List.of("Bo’s words"), parts.orphaned().stream().map(r -> r.note().text()).toList());
        assertEquals("talks must go on", parts.orphaned().get(0).label(), "the quote's words were remembered");

        store.save(edited, loaded.setNote(NoteTarget.actor("ana"), "rewritten", T2));
        StudyRecord again = store.load(edited).record();
        assertEquals(4, again.notes().size());
        NoteResolution.Partition after = NoteResolution.partition(edited, again);
        assertEquals(List.of("Bo’s words"), after.orphaned().stream().map(r -> r.note().text()).toList());
        assertEquals(List.of(NoteResolution.Status.LIVE, NoteResolution.Status.LIVE, NoteResolution.Status.MOVED),
                after.live().stream().map(NoteResolution.ResolvedNote::status).toList());
    }

    @Test
    void saveRefusesTheNotesOfAnotherExplainer() {
        assertThrows(IllegalArgumentException.class, () -> store().save(explainer, StudyRecord.empty("other")));
    }

    @Test
    void differentIdsGetDifferentFiles() {
        StudyStore store = store();
        List<String> ids = List.of("feud-2025", "feud_2025", "Feud 2025", "feud-2025 ", "FEUD-2025", "féud-2025",
                "", "x".repeat(300), "x".repeat(301));
        long distinct = ids.stream().map(store::fileFor).distinct().count();
        assertEquals(ids.size(), distinct);
        assertNotEquals(store.fileFor("a"), store.fileFor("b"));
        assertEquals(store.fileFor("same"), store.fileFor("same"));
        assertTrue(StudyStore.fileName("Putin rejects “reassurance”").matches("putin-rejects-reassurance-[0-9a-f]{16}\\.json"),
                StudyStore.fileName("Putin rejects “reassurance”"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", ".", "/etc/passwd", "C:\\Windows\\win.ini", "a/../../b",
            "con", "NUL", "\u0000", "  ", "\u202e\u2066evil", "..\\..\\x"})
    void hostileIdsStayInsideTheFolder(String id) throws IOException {
        StudyStore store = store();
        Path file = store.fileFor(id);
        assertEquals(dir.toAbsolutePath().normalize(), file.getParent());
        assertEquals(file, file.normalize());
        assertTrue(file.getFileName().toString().matches("[a-z0-9-]+\\.json"), file.toString());
        StudyRecord record = StudyRecord.empty(id).setNote(NoteTarget.actor("a"), "n", T1);
        Explainer hostile = new Explainer(id, explainer.article(), explainer.actors(), explainer.stances(),
                List.of(), List.of(), List.of());
        store.save(hostile, record);
        assertEquals(List.of(file.getFileName().toString()), names());
        assertEquals(record.remembering(hostile), store.load(id).record());
    }

    @Test
    void defaultFolderFollowsEachPlatformsConvention() {
        String home = dir.toString();
        Path xdg = dir.resolve("xdg");
        assertEquals(xdg.resolve("stancemap").resolve("study"),
                StudyStore.defaultFolder("Linux", Map.of("XDG_DATA_HOME", xdg.toString())::get, home));
        assertEquals(Path.of(home, ".local", "share", "stancemap", "study"),
                StudyStore.defaultFolder("Linux", k -> null, home));
        assertEquals(Path.of(home, ".local", "share", "stancemap", "study"),
                StudyStore.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "relative")::get, home),
                "a relative XDG_DATA_HOME is ignored");
        assertEquals(Path.of(home, ".local", "share", "stancemap", "study"),
                StudyStore.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", xdg.toString())::get, home),
                "data, not configuration");
        assertEquals(Path.of(home, "Library", "Application Support", "Stancemap", "study"),
                StudyStore.defaultFolder("Mac OS X", k -> null, home));
        Path appData = dir.resolve("AppData");
        assertEquals(appData.resolve("Stancemap").resolve("study"),
                StudyStore.defaultFolder("Windows 11", Map.of("APPDATA", appData.toString())::get, home));
        assertEquals(Path.of(home, "AppData", "Roaming", "Stancemap", "study"),
                StudyStore.defaultFolder("Windows 10", k -> null, home));
        assertEquals("study", StudyStore.defaultFolder().getFileName().toString());
    }

    @Test
    void unknownFieldsFromALaterVersionAreSkipped() throws IOException {
        Files.writeString(file(), "{\"format\": 1, \"explainer\": \"feud-2025\", \"theme\": [1, {\"x\": null}],"
                + " \"notes\": [{\"kind\": \"actor\", \"target\": \"ana\", \"text\": \"hi\", \"colour\": \"red\","
                + " \"created\": \"2025-01-01T00:00:00Z\", \"updated\": \"2025-01-02T00:00:00Z\"}]}");
        StudyStore.LoadedStudy loaded = store().load(explainer);
        assertEquals(Optional.empty(), loaded.message());
        Note note = loaded.record().notes().get(0);
        assertEquals(new Note(NoteTarget.actor("ana"), "hi", false, Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-02T00:00:00Z"), ""), note);
    }
}
