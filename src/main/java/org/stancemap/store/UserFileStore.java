package org.stancemap.store;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.Utf8Text;
import org.stancemap.io.Wording;

/**
 * What the stores of the user's own data share. Such a file is never silently lost: it is read
 * within a size limit as strict UTF-8 and parsed by the store; a damaged one is moved aside under a
 * time-stamped name, never over another file; a save is atomic and keeps the previous file as
 * {@code .bak}.
 *
 * @param <T> what one file holds
 */
abstract class UserFileStore<T> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Clock clock;
    private final AtomicFile.Mover mover;
    private final long maxBytes;
    /** "a settings file", "a notes file": what a file far too large cannot be. */
    private final String kindOfFile;

    UserFileStore(Clock clock, AtomicFile.Mover mover, long maxBytes, String kindOfFile) {
        this.clock = clock;
        this.mover = mover;
        this.maxBytes = maxBytes;
        this.kindOfFile = kindOfFile;
    }

    /** Reads the content of one file, or says with {@link Damage} what is wrong with it and where. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text) throws Damage;
    }

    /** What is on disk at one path. */
    sealed interface Reading<T> permits Missing, Unreadable, Damaged, Good {
    }

    /** No file: the store starts empty. */
    record Missing<T>() implements Reading<T> {
    }

    /**
     * A file that cannot be read ({@code why}); it is left alone and never saved over.
     * {@code special} when it is something other than a regular file (a pipe, a device).
     */
    record Unreadable<T>(String why, boolean special) implements Reading<T> {
    }

    /** A file whose content is damaged ({@code problem}); it is moved aside. */
    record Damaged<T>(String problem) implements Reading<T> {
    }

    record Good<T>(T value) implements Reading<T> {
    }

    /** Reads {@code file} with {@code parser}; never throws for what is on disk. */
    final Reading<T> read(Path file, Parser<T> parser) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
            return new Missing<>();
        }
        byte[] bytes;
        try {
            bytes = BoundedFileReader.readRegularFile(file, maxBytes);
        } catch (BoundedFileReader.NotRegularFileException e) {
            return e.isFolder() ? new Damaged<>(Wording.get("store.folder"))
                    : new Unreadable<>(e.getReason(), true);
        } catch (BoundedFileReader.TooLargeException e) {
            return new Damaged<>(Wording.format("store.tooLarge", kindOfFile, e.getReason()));
        } catch (NoSuchFileException e) {
            return new Missing<>();
        } catch (IOException | SecurityException e) {
            return new Unreadable<>(e instanceof IOException io ? BoundedFileReader.reason(io)
                    : e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("").strip(), false);
        }
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (CharacterCodingException e) {
            return new Damaged<>(Wording.get("store.notUtf8"));
        }
        try {
            return new Good<>(parser.parse(text));
        } catch (Damage d) {
            return new Damaged<>(d.describe());
        }
    }

    /** Moves a damaged file aside to {@code NAME.damaged-<timestamp>}, never over another file. */
    final AtomicFile.Aside moveAside(Path file) {
        return AtomicFile.moveAside(file, LocalDateTime.now(clock).format(STAMP), mover);
    }

    /** Writes {@code bytes} atomically, keeping the previous file as {@code .bak}. */
    final void write(Path file, byte[] bytes) throws IOException {
        AtomicFile.write(file, bytes, true, mover);
    }
}
