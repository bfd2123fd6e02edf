package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.kiosk.ExplainerWatcher.Kind;
import org.stancemap.kiosk.ExplainerWatcher.Outcome;

class ExplainerWatcherTest {

    private static final String DEFAULT_ID = "putin-rejects-reassurance-force";
    private static final byte[] ORIGINAL = defaultBytes();
    private static final byte[] REVISED = withId("revised-edition");

    @TempDir
    Path dir;

    private static byte[] defaultBytes() {
        try (InputStream in = ExplainerWatcherTest.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            assertNotNull(in, "the default explainer is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid explainer that differs from the shipped one only in its id. */
    private static byte[] withId(String id) {
        String text = new String(defaultBytes(), StandardCharsets.UTF_8);
        String changed = text.replaceFirst("\"id\": \"" + DEFAULT_ID + "\"", "\"id\": \"" + id + "\"");
        assertTrue(!changed.equals(text), "the shipped explainer's id was not found");
        return changed.getBytes(StandardCharsets.UTF_8);
    }

    private static String currentId(ExplainerWatcher watcher) {
        return watcher.current().orElseThrow().id();
    }

    private static void setTime(Path file, int secondsAfter2025) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-01T00:00:00Z").plusSeconds(secondsAfter2025)));
    }

    @Test
    void theFirstPollLoadsAtOnce() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        assertTrue(watcher.current().isEmpty());
        Outcome first = watcher.poll();
        assertEquals(Kind.LOADED, first.kind());
        assertEquals(DEFAULT_ID, first.explainer().orElseThrow().id());
        assertEquals(DEFAULT_ID, currentId(watcher));
        assertEquals(Optional.of(file.toAbsolutePath()), watcher.currentFile());
    }

    @Test
    void nothingNewMeansNoReloadEvenWhenTheFileIsTouched() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        assertEquals(Kind.UNCHANGED, watcher.poll().kind());
        setTime(file, 500);
        assertEquals(Kind.UNCHANGED, watcher.poll().kind());
        assertEquals(Kind.UNCHANGED, watcher.poll().kind());
    }

    @Test
    void aReplacedFileIsLoadedOnceItHoldsStillForOnePoll() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.write(file, REVISED);
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        assertEquals(DEFAULT_ID, currentId(watcher), "nothing changes while the file settles");
        Outcome loaded = watcher.poll();
        assertEquals(Kind.LOADED, loaded.kind());
        assertEquals("revised-edition", loaded.explainer().orElseThrow().id());
        assertEquals("revised-edition", currentId(watcher));
        assertEquals(Kind.UNCHANGED, watcher.poll().kind());
    }

    @Test
    void aBrokenFileIsRefusedOnceAndTheCurrentExplainerStays() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.writeString(file, "{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"article\": {}\n}");
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        Outcome refused = watcher.poll();
        assertEquals(Kind.REFUSED, refused.kind());
        assertTrue(refused.explainer().isEmpty());
        assertFalse(refused.problems().isEmpty());
        assertEquals(4, refused.problems().get(0).line(), refused.problems().get(0).format());
        assertEquals(DEFAULT_ID, currentId(watcher));
        assertEquals(Kind.UNCHANGED, watcher.poll().kind(), "a refused file is not refused again and again");
        assertEquals(DEFAULT_ID, currentId(watcher));
        Files.write(file, REVISED);
        watcher.poll();
        assertEquals(Kind.LOADED, watcher.poll().kind(), "a fixed file is taken");
        assertEquals("revised-edition", currentId(watcher));
    }

    @Test
    void aValidFileWithContentErrorsIsRefusedToo() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.writeString(file, "{}");
        watcher.poll();
        Outcome refused = watcher.poll();
        assertEquals(Kind.REFUSED, refused.kind());
        assertTrue(refused.problems().stream().anyMatch(p -> p.hasPath()), "content errors name a JSON path");
    }

    @Test
    void aFileThatIsStillBeingWrittenIsNotLoadedUntilItStopsChanging() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        int third = REVISED.length / 3;
        Files.write(file, Arrays.copyOfRange(REVISED, 0, third));
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        Files.write(file, Arrays.copyOfRange(REVISED, third, 2 * third), StandardOpenOption.APPEND);
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        Files.write(file, Arrays.copyOfRange(REVISED, 2 * third, REVISED.length), StandardOpenOption.APPEND);
        assertArrayEquals(REVISED, Files.readAllBytes(file));
        assertEquals(Kind.SETTLING, watcher.poll().kind(), "complete now, but not yet seen to hold still");
        assertEquals(DEFAULT_ID, currentId(watcher));
        assertEquals(Kind.LOADED, watcher.poll().kind());
        assertEquals("revised-edition", currentId(watcher));
    }

    @Test
    void sameSizeAndTimeButOtherContentIsStillNoticed() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), withId("edition-aaaa"));
        setTime(file, 100);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.write(file, withId("edition-bbbb"));
        setTime(file, 100); // as a coarse network share might report it
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        assertEquals(Kind.LOADED, watcher.poll().kind());
        assertEquals("edition-bbbb", currentId(watcher));
    }

    @Test
    void aMissingFileIsReportedOnceAndTheCurrentExplainerStays() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.delete(file);
        Outcome missing = watcher.poll();
        assertEquals(Kind.MISSING, missing.kind());
        assertTrue(missing.problems().get(0).message().contains("does not exist"));
        assertEquals(Kind.UNCHANGED, watcher.poll().kind());
        assertEquals(DEFAULT_ID, currentId(watcher));
        Files.write(file, ORIGINAL);
        assertEquals(Kind.UNCHANGED, watcher.poll().kind(), "the same content back needs no reload");
        Files.delete(file);
        assertEquals(Kind.MISSING, watcher.poll().kind(), "gone again: reported again");
    }

    @Test
    void aFileMissingAtStartIsLoadedWhenItAppearsAndHoldsStill() throws IOException {
        Path file = dir.resolve("exhibit.stancemap.json");
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        assertEquals(Kind.MISSING, watcher.poll().kind());
        Files.write(file, ORIGINAL);
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        assertEquals(Kind.LOADED, watcher.poll().kind());
    }

    @Test
    void inAFolderTheNewestVisibleExplainerIsShown() throws IOException {
        Path older = Files.write(dir.resolve("a-older.stancemap.json"), withId("older"));
        setTime(older, 100);
        Path newer = Files.write(dir.resolve("b-newer.stancemap.json"), withId("newer"));
        setTime(newer, 200);
        Path hidden = Files.write(dir.resolve(".c-partial.stancemap.json"), withId("hidden"));
        setTime(hidden, 300);
        Path notAnExplainer = Files.writeString(dir.resolve("notes.json"), "{}");
        setTime(notAnExplainer, 400);
        Files.createDirectory(dir.resolve("d-folder.stancemap.json"));
        setTime(dir.resolve("d-folder.stancemap.json"), 500);
        ExplainerWatcher watcher = new ExplainerWatcher(dir, new ExplainerLoader());
        Outcome first = watcher.poll();
        assertEquals(Kind.LOADED, first.kind());
        assertEquals(Optional.of(newer.toAbsolutePath()), first.file());
        assertEquals("newer", currentId(watcher));

        Path newest = Files.write(dir.resolve("0-newest.stancemap.json"), withId("newest"));
        setTime(newest, 600);
        assertEquals(Kind.SETTLING, watcher.poll().kind());
        Outcome second = watcher.poll();
        assertEquals(Kind.LOADED, second.kind());
        assertEquals("newest", currentId(watcher));

        Files.delete(newest);
        watcher.poll();
        assertEquals(Kind.LOADED, watcher.poll().kind(), "removing the newest file goes back to the one before");
        assertEquals("newer", currentId(watcher));
    }

    @Test
    void onEqualTimesTheNameThatSortsLastWins() throws IOException {
        setTime(Files.write(dir.resolve("2025-03.stancemap.json"), withId("march")), 100);
        setTime(Files.write(dir.resolve("2025-04.stancemap.json"), withId("april")), 100);
        ExplainerWatcher watcher = new ExplainerWatcher(dir, new ExplainerLoader());
        watcher.poll();
        assertEquals("april", currentId(watcher));
    }

    @Test
    void aFolderWithoutExplainersIsReportedAsMissing() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "nothing here");
        Outcome outcome = new ExplainerWatcher(dir, new ExplainerLoader()).poll();
        assertEquals(Kind.MISSING, outcome.kind());
        assertTrue(outcome.problems().get(0).message().contains(".stancemap.json"));
    }

    @Test
    void aFileTooLargeToBeAnExplainerIsRefusedWithoutReadingItAll() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        ExplainerWatcher watcher = new ExplainerWatcher(file, new ExplainerLoader());
        watcher.poll();
        Files.write(file, new byte[(int) ExplainerLoader.MAX_BYTES + 10]);
        watcher.poll();
        Outcome refused = watcher.poll();
        assertEquals(Kind.REFUSED, refused.kind());
        assertTrue(refused.problems().get(0).message().contains("MB"), refused.problems().get(0).message());
        assertEquals(DEFAULT_ID, currentId(watcher));
    }

    @Test
    void warningsComeWithALoadedExplainer() throws IOException {
        Path file = Files.write(dir.resolve("exhibit.stancemap.json"), ORIGINAL);
        Outcome loaded = new ExplainerWatcher(file, new ExplainerLoader()).poll();
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.isError()).toList());
    }
}
