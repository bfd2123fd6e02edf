package org.stancemap.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

    private static final String TMP_SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    /** Temporary files being written now; removed by the shutdown hook if the process is stopped. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path tmp : PENDING) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException | RuntimeException ignored) {
                        // the next write sweeps it
                    }
                }
            }, "atomic-file-cleanup"));
        } catch (IllegalStateException | SecurityException e) {
            // already shutting down, or not allowed: the next write sweeps leftovers
        }
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
     * where the file system allows. Creates the folder if needed.
     *
     * <p>Only a regular file is replaced: a symbolic link, a device, a pipe or a folder at
     * {@code file} is refused, so writing never turns {@code /dev/full} into a file or replaces a
     * link. The new file keeps the permissions of the file it replaces; a new file gets the
     * permissions the user's umask gives. The temporary file is removed on failure, when the
     * process is stopped (SIGTERM, Ctrl+C), and, if the process was killed outright, by the next
     * write of the same file.
     *
     * @throws BoundedFileReader.NotRegularFileException when something other than a regular file is there
     */
    public static void write(Path file, byte[] bytes, boolean keepBackup, Mover mover) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        checkTarget(target);
        Files.createDirectories(dir);
        String prefix = "." + target.getFileName() + ".";
        sweepLeftovers(dir, prefix);
        Path tmp = createTemp(dir, prefix);
        PENDING.add(tmp);
        boolean moved = false;
        FileChannel ch = null;
        try {
            ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            FileLock lock = lockQuietly(ch);
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
            keepPermissions(target, tmp);
            if (keepBackup && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            if (lock == null || WINDOWS) {
                // Windows does not move a file that is open; elsewhere the lock stays until the move
                // so that another process's sweep never takes the file from under us.
                ch.close();
            }
            try {
                mover.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            closeQuietly(ch);
            PENDING.remove(tmp);
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the next write of this file sweeps it away
                }
            }
        }
    }

    /**
     * Refuses what {@link #write} will not replace: anything at {@code file} that is not a regular
     * file, links included. Nothing there is fine.
     */
    public static void checkTarget(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // nothing there (or its folder is not one): the write itself says what is wrong
        }
        if (attributes.isRegularFile()) {
            return;
        }
        String kind;
        if (attributes.isSymbolicLink()) {
            String to;
            try {
                to = Wording.format("file.kind.linkTo", Files.readSymbolicLink(file));
            } catch (IOException | UnsupportedOperationException e) {
                to = Wording.get("file.kind.link");
            }
            kind = to;
        } else {
            kind = BoundedFileReader.kindOf(file, attributes);
        }
        throw new BoundedFileReader.NotRegularFileException(file, kind,
                Wording.format("file.notReplaced", kind));
    }

    private static Path createTemp(Path dir, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + TMP_SUFFIX);
            try {
                // Not Files.createTempFile, whose 0600 would stay on the file: the umask decides.
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                Files.setPosixFilePermissions(tmp, permissions);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not a POSIX file system (Windows keeps no such bits); the new file's defaults stand
        }
    }

    /**
     * Removes the temporary files of earlier writes of the same file that a killed process left.
     * A write in progress holds a lock on its temporary file, so only abandoned ones are taken.
     */
    private static void sweepLeftovers(Path dir, String prefix) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, entry -> {
            String name = entry.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TMP_SUFFIX);
        })) {
            for (Path leftover : leftovers) {
                if (!PENDING.contains(leftover) && abandoned(leftover)) {
                    Files.deleteIfExists(leftover);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a leftover is harmless, nothing reads it
        }
    }

    private static boolean abandoned(Path tmp) {
        if (!Files.isRegularFile(tmp, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException e) {
            return false; // being written by this process
        } catch (IOException e) {
            return false; // locks not supported here: leave it rather than risk a write in progress
        }
    }

    private static FileLock lockQuietly(FileChannel ch) {
        try {
            return ch.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do
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
                return new Aside(Optional.empty(), Wording.format("file.aside.failed", aside.getFileName(), why));
            }
        }
        return new Aside(Optional.empty(), Wording.format("file.aside.tooMany", base));
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
