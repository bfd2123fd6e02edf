package org.stancemap.draft.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an article cannot be read gives one line naming the file and the reason. */
class ImportErrorsTest {

    @TempDir
    Path dir;

    private String failure(Path file) {
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> new ArticleImporter().read(file));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("gone.txt");
        assertEquals(file + ": the file does not exist", failure(file));
    }

    @Test
    void folder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.html"));
        assertEquals(folder + ": this is a folder, not an article file", failure(folder));
    }

    @Test
    void unsupportedType() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.rtf"), "{\\rtf1 hello}");
        assertEquals(file + ": unsupported type \".rtf\"; an article must be .txt, .html, .htm, .pdf or .docx",
                failure(file));
        Path bare = Files.writeString(dir.resolve("README"), "hello");
        assertEquals(bare + ": unsupported type (no extension); an article must be .txt, .html, .htm, .pdf or .docx",
                failure(bare));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertEquals(file + ": the file is empty", failure(file));
    }

    @Test
    void fileWithoutWords() throws IOException {
        Path file = Files.writeString(dir.resolve("numbers.txt"), "\n\n  12 34 — 56\n\n", StandardCharsets.UTF_8);
        assertEquals(file + ": the file holds no usable text (no words were found in it)", failure(file));
        Path page = Files.writeString(dir.resolve("blank.html"), "<html><body><nav>Home</nav></body></html>");
        assertEquals(page + ": the file holds no usable text (no words were found in it)", failure(page));
    }

    @Test
    void fileOverTenMegabytes() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ArticleImporter.MAX_BYTES + 1);
        }
        assertEquals(file + ": the file is larger than 10 MB (10 MB or more); articles may be at most 10 MB",
                failure(file));
    }

    @Test
    void namedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a pipe");
        // Opening a pipe with no writer would block for ever; the importer must not open it at all.
        String message = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(fifo));
        assertEquals(fifo + ": this is not a regular file (a pipe, a socket or a device) and is not read", message);
    }
}
