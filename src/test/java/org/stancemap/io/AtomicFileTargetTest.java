package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an atomic write does to what is already at its target, and what it leaves behind. */
class AtomicFileTargetTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    private static boolean linux() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
    }

    @Test
    void aSymbolicLinkIsRefusedAndLeftPointingWhereItDid() throws IOException {
        Path real = Files.writeString(dir.resolve("real.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("handout.pdf"), real.getFileName());
        BoundedFileReader.NotRegularFileException e = assertThrows(BoundedFileReader.NotRegularFileException.class,
                () -> AtomicFile.write(link, bytes("new"), false));
        assertTrue(e.getReason().contains("a symbolic link to “real.pdf”"), e.getReason());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("old", Files.readString(real));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aNamedPipeIsRefused() throws Exception {
        Path pipe = SpecialFilesTest.fifo(dir.resolve("handout.pdf"));
        BoundedFileReader.NotRegularFileException e = assertThrows(BoundedFileReader.NotRegularFileException.class,
                () -> AtomicFile.write(pipe, bytes("new"), false));
        assertTrue(e.getReason().contains("named pipe (FIFO), not a regular file"), e.getReason());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe));
    }

    @Test
    void aDeviceNodeIsRefusedAndStaysADevice() throws Exception {
        Path node = dir.resolve("handout.pdf");
        Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").redirectErrorStream(true).start();
        assumeTrue(mknod.waitFor() == 0 && Files.exists(node), "cannot make a device node here (needs root)");
        BoundedFileReader.NotRegularFileException e = assertThrows(BoundedFileReader.NotRegularFileException.class,
                () -> AtomicFile.write(node, bytes("new"), false));
        assertTrue(e.getReason().contains("character device"), e.getReason());
        assertTrue(!Files.isRegularFile(node, LinkOption.NOFOLLOW_LINKS), "the node was replaced by a file");
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws IOException {
        assumeTrue(linux());
        Path file = Files.writeString(dir.resolve("handout.pdf"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFile.write(file, bytes("new"), false);
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileGetsWhatTheUmaskGivesNotOwnerOnly() throws IOException {
        assumeTrue(linux());
        Path plain = Files.createFile(dir.resolve("made-the-usual-way"));
        Path file = dir.resolve("handout.pdf");
        AtomicFile.write(file, bytes("new"), false);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private Process slowWriter(Path target) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SlowWriterMain.class.getName(), target.toString()).redirectErrorStream(true).start();
    }

    private static void awaitWriting(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("writing")) {
                return;
            }
        }
        throw new AssertionError("the writer ended before writing");
    }

    @Test
    void aWriterKilledOutrightLeavesATemporaryFileThatTheNextWriteRemoves() throws Exception {
        assumeTrue(linux());
        Path file = Files.writeString(dir.resolve("settings.json"), "old");
        Process writer = slowWriter(file);
        try {
            awaitWriting(writer);
            writer.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }
        assertEquals(1, leftovers().size(), "the killed write should have left its temporary file");
        assertEquals("old", Files.readString(file));
        AtomicFile.write(file, bytes("newer"), false);
        assertEquals("newer", Files.readString(file));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aWriterStoppedBySigtermRemovesItsTemporaryFile() throws Exception {
        assumeTrue(linux());
        Path file = Files.writeString(dir.resolve("handout.pdf"), "old");
        Process writer = slowWriter(file);
        try {
            awaitWriting(writer);
            writer.destroy(); // SIGTERM: shutdown hooks run
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        } finally {
            writer.destroyForcibly();
        }
        assertEquals(List.of(), leftovers());
        assertEquals("old", Files.readString(file));
    }
}
