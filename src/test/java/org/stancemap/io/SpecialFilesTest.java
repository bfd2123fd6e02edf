package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.store.SettingsStore;
import org.stancemap.store.StudyStore;

/**
 * Files that are not regular files (named pipes, devices, link loops) end at once with a message
 * naming what they are, through the real loaders. The hang-guards only stop a broken build from
 * blocking for ever; a working reader answers at once.
 */
class SpecialFilesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** A named pipe no one writes to: opening it for reading would wait for ever. */
    static Path fifo(Path at) throws IOException, InterruptedException {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(at), "mkfifo failed");
        return at;
    }

    @Test
    void aNamedPipeIsRefusedAsNotARegularFileWithoutBlocking() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.stancemap.json"));
        LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> new ExplainerLoader().load(pipe));
        assertFalse(result.isValid());
        String message = result.problems().get(0).format();
        assertTrue(message.contains("named pipe (FIFO), not a regular file"), message);
        assertTrue(message.startsWith(pipe.toString()), message);
    }

    @Test
    void devZeroIsRefusedAsADeviceAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        LoadResult result = assertTimeoutPreemptively(HANG_GUARD, () -> new ExplainerLoader().load(zero));
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).message().contains("character device, not a regular file"),
                result.problems().get(0).message());
    }

    @Test
    void aSymbolicLinkLoopSaysItIsALoop() throws IOException {
        Path a = dir.resolve("a.stancemap.json");
        Path b = dir.resolve("b.stancemap.json");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        LoadResult result = new ExplainerLoader().load(a);
        String message = result.problems().get(0).message();
        assertTrue(message.contains("symbolic link that leads round in a loop"), message);
        assertFalse(message.contains("FileSystemException"), message);
    }

    @Test
    void theReaderReturnsARegularFileWholeAndRefusesOneByteOverTheLimit() throws IOException {
        Path file = dir.resolve("ten.txt");
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertArrayEquals(Files.readAllBytes(file), BoundedFileReader.readRegularFile(file, 10));
        BoundedFileReader.TooLargeException e = assertThrows(BoundedFileReader.TooLargeException.class,
                () -> BoundedFileReader.readRegularFile(file, 9));
        assertEquals(10, e.size());
        assertEquals("10 bytes is over the 9 bytes limit", e.getReason());
    }

    @Test
    void theReaderSaysAFolderIsAFolder() {
        BoundedFileReader.NotRegularFileException e = assertThrows(BoundedFileReader.NotRegularFileException.class,
                () -> BoundedFileReader.readRegularFile(dir, 100));
        assertEquals("a folder", e.kind());
    }

    @Test
    void aNamedPipeAsTheSettingsFileGivesTheDefaultsAndAMessageAtOnce() throws Exception {
        Path pipe = fifo(dir.resolve("settings.json"));
        SettingsStore.LoadedSettings loaded = assertTimeoutPreemptively(HANG_GUARD,
                () -> new SettingsStore(pipe).load());
        assertTrue(loaded.message().orElseThrow().contains("not a regular file"), loaded.message().orElseThrow());
        assertTrue(Files.exists(pipe), "the pipe is left where it is, not moved aside");
    }

    @Test
    void aNamedPipeAsANotesFileIsReportedAtOnceAndNeverSavedOver() throws Exception {
        StudyStore store = new StudyStore(dir);
        Path pipe = fifo(store.fileFor("paris-summit"));
        StudyStore.LoadedStudy loaded = assertTimeoutPreemptively(HANG_GUARD, () -> store.load("paris-summit"));
        assertTrue(loaded.message().orElseThrow().contains("not a regular file"), loaded.message().orElseThrow());
        assertFalse(loaded.writable(), "nothing is saved over a pipe");
    }
}
