package org.stancemap.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Resources of the app as files of their own: the resource itself when it is a file already (a
 * build folder), else a copy in {@code folder}, written once and named by its content, so that a
 * new version of the app writes its own. JavaFX reads a font given as a file in place; given as a
 * stream (a resource in the jar), it copies the font to a temporary file at every start, which a
 * killed process leaves behind.
 */
public final class LocalCopies {

    private final Path folder;

    public LocalCopies(Path folder) {
        this.folder = folder;
    }

    /** The file holding {@code resource}'s bytes, or empty if none could be had (the folder is not writable). */
    public Optional<Path> of(URL resource) {
        try {
            if ("file".equals(resource.getProtocol())) {
                return Optional.of(Path.of(resource.toURI()));
            }
            String path = resource.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            Optional<Path> made = madeAlready(resource, name);
            if (made.isPresent()) {
                return made;
            }
            byte[] bytes;
            try (InputStream in = resource.openStream()) {
                bytes = in.readAllBytes();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Path copy = copyNamed(crc.getValue(), name);
            if (!Files.isRegularFile(copy) || Files.size(copy) != bytes.length) {
                writeWhole(copy, bytes);
            }
            return Optional.of(copy);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The copy of a resource in a jar, found from the checksum and size the jar's directory keeps
     * for it, without reading and inflating the resource at every start; empty if it is not there
     * whole (or the resource is not in a jar).
     */
    private Optional<Path> madeAlready(URL resource, String name) throws IOException {
        if (!(resource.openConnection() instanceof JarURLConnection jar)) {
            return Optional.empty();
        }
        JarEntry entry = jar.getJarEntry();
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return Optional.empty();
        }
        Path copy = copyNamed(entry.getCrc(), name);
        return Files.isRegularFile(copy) && Files.size(copy) == entry.getSize() ? Optional.of(copy) : Optional.empty();
    }

    /** A copy is named by the checksum of its bytes, so that other bytes (a new version) are another file. */
    private Path copyNamed(long crc, String name) {
        return folder.resolve(Long.toHexString(crc) + "-" + name);
    }

    /**
     * Writes {@code chunks} one after the other to a file of their own beside {@code file}, then
     * moves that into place: a copy cut short by a kill is never taken, and a failed write leaves
     * nothing behind. Not flushed to disk (unlike {@link AtomicFile}): a copy lost in a crash is
     * made again.
     */
    public static void writeWhole(Path file, byte[]... chunks) throws IOException {
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                for (byte[] chunk : chunks) {
                    out.write(chunk);
                }
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Forgets a copy that turned out unreadable, so that the next start writes it again. */
    public void discard(Path copy) {
        if (copy.startsWith(folder)) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // Left as it is: the next start tries it, and falls back the same way.
            }
        }
    }
}
