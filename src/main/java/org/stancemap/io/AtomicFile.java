package org.stancemap.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content in place,
 * never a half-written file, and moves damaged files aside instead of overwriting them.
 */
public final class AtomicFile {

    /** Moves a file; a seam so tests can make the final move fail as a crash would. */
    @FunctionalInterface
    public interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    /** What {@link #moveAside} did: the new name, or why the file stayed where it was. */
    public record Aside(Optional<Path> movedTo, String problem) {
    }

    private AtomicFile() {
    }

    /** The backup that {@link #write} keeps of the previous content. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    public static void write(Path file, byte[] bytes, boolean keepBackup) throws IOException {
        write(file, bytes, keepBackup, Files::move);
    }

    /**
     * Writes {@code bytes} to a temporary file in the same folder, flushes it to disk, copies the
     * previous file to {@link #backupOf} when asked, then moves the new file into place in one step
     * where the file system allows. Creates the folder if needed. On failure the temporary file is
     * removed and the old file is untouched.
     */
    public static void write(Path file, byte[] bytes, boolean keepBackup, Mover mover) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            if (keepBackup && Files.isRegularFile(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                mover.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless: nothing reads it
                }
            }
        }
    }

    /**
     * Moves a damaged file to {@code NAME.damaged-STAMP} (or {@code -2}, {@code -3}… if taken) in the
     * same folder, never over another file.
     */
    public static Aside moveAside(Path file, String stamp, Mover mover) {
        String base = file.getFileName() + ".damaged-" + stamp;
        for (int attempt = 1; attempt <= 100; attempt++) {
            Path aside = file.resolveSibling(attempt == 1 ? base : base + "-" + attempt);
            try {
                mover.move(file, aside);
                return new Aside(Optional.of(aside), "");
            } catch (FileAlreadyExistsException e) {
                // try the next name
            } catch (IOException | SecurityException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("").strip();
                return new Aside(Optional.empty(), "it could not be moved aside to “" + aside.getFileName() + "” (" + why + ")");
            }
        }
        return new Aside(Optional.empty(), "it could not be moved aside because too many damaged copies named “"
                + base + "…” already exist");
    }

    /** Makes the rename itself durable where the platform allows opening a folder (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort
        }
    }
}
