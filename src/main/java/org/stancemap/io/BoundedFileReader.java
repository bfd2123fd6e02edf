package org.stancemap.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads a user's file whole, but only a regular file and only up to a limit: a named pipe or a
 * device such as {@code /dev/zero} would block the reader for ever or feed it without end, and the
 * size a file system reports is not a promise (a file may grow while it is read). Everything that
 * reads a file someone else chose goes through here: explainers, kiosk configs, settings, notes and
 * articles to draft from.
 *
 * <p>The checks follow symbolic links; a link that loops or leads nowhere is reported as such.
 * Between the check and the opening another program could swap the file for a pipe; only a
 * hostile local user can do that, and they could as well stop the app.
 */
public final class BoundedFileReader {

    /** A file that exists but is not a regular file: a folder, a pipe, a device or a socket. */
    public static final class NotRegularFileException extends FileSystemException {
        private final String kind;

        NotRegularFileException(Path file, String kind) {
            this(file, kind, Wording.format("file.notRegular", kind));
        }

        NotRegularFileException(Path file, String kind, String reason) {
            super(file.toString(), null, reason);
            this.kind = kind;
        }

        /** What the file is instead, in words: "a folder", "a named pipe (FIFO)"… */
        public String kind() {
            return kind;
        }

        /** Whether it is a folder (the words differ from one language to another). */
        public boolean isFolder() {
            return kind.equals(Wording.get("file.kind.folder"));
        }
    }

    /** A regular file holding more than the limit. */
    public static final class TooLargeException extends FileSystemException {
        private final long size;
        private final long limit;

        TooLargeException(Path file, long size, long limit) {
            super(file.toString(), null, Sizes.overLimit(size, limit));
            this.size = size;
            this.limit = limit;
        }

        /** The file's size in bytes; at least {@code limit + 1}. */
        public long size() {
            return size;
        }

        public long limit() {
            return limit;
        }
    }

    /** A symbolic link that leads, directly or through others, back to itself. */
    public static final class LinkLoopException extends FileSystemException {
        LinkLoopException(Path file) {
            super(file.toString(), null, Wording.get("file.linkLoop"));
        }
    }

    private BoundedFileReader() {
    }

    /**
     * The bytes of {@code file}, which must be a regular file (after following links) of at most
     * {@code limitBytes} bytes. Never blocks on a pipe or device.
     *
     * @throws NoSuchFileException      when there is no file (or a link leads nowhere)
     * @throws NotRegularFileException  for a folder, pipe, device or socket
     * @throws TooLargeException        when the file holds more than {@code limitBytes}
     * @throws LinkLoopException        for a symbolic link loop
     * @throws IOException              when it cannot be read for another reason
     */
    public static byte[] readRegularFile(Path file, long limitBytes) throws IOException {
        if (limitBytes < 0 || limitBytes >= Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("limit out of range: " + limitBytes);
        }
        BasicFileAttributes attributes = regularFileAttributes(file);
        if (attributes.size() > limitBytes) {
            throw new TooLargeException(file, attributes.size(), limitBytes);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) limitBytes + 1);
        }
        if (bytes.length > limitBytes) {
            throw new TooLargeException(file, bytes.length, limitBytes);
        }
        return bytes;
    }

    /**
     * The attributes of {@code file} once it is known to be a regular file (links followed), with
     * the same exceptions as {@link #readRegularFile}.
     */
    public static BasicFileAttributes regularFileAttributes(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException | AccessDeniedException e) {
            throw e;
        } catch (FileSystemException e) {
            if (isLinkLoop(file, e)) {
                throw new LinkLoopException(file);
            }
            throw e;
        }
        if (!attributes.isRegularFile()) {
            throw new NotRegularFileException(file, kindOf(file, attributes));
        }
        return attributes;
    }

    /** A one-line reason, for people, why {@code e} stopped a read: "it is a named pipe (FIFO), not a regular file". */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Wording.get("file.missing");
        }
        if (e instanceof AccessDeniedException) {
            return Wording.get("file.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return fs.getReason().lines().findFirst().orElse("").strip();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
    }

    private static boolean isLinkLoop(Path file, FileSystemException e) {
        String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
        if (reason.contains("levels of symbolic links") || reason.contains("eloop")) {
            return true;
        }
        return Files.isSymbolicLink(file) && reason.contains("symbolic link");
    }

    /** What a file that is not regular is, in words. */
    static String kindOf(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return Wording.get("file.kind.folder");
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                switch (bits & 0170000) {
                    case 0010000 -> {
                        return Wording.get("file.kind.fifo");
                    }
                    case 0020000 -> {
                        return Wording.get("file.kind.charDevice");
                    }
                    case 0060000 -> {
                        return Wording.get("file.kind.blockDevice");
                    }
                    case 0140000 -> {
                        return Wording.get("file.kind.socket");
                    }
                    default -> {
                        // fall through to the general word
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            // not a Unix file system: the general word will do
        }
        return Wording.get("file.kind.special");
    }
}
