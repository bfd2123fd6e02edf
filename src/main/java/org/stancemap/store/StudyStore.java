package org.stancemap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.stancemap.io.AppFolders;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.Wording;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.StudyRecord;

/**
 * Keeps a reader's notes, stars and quiz progress: one file per explainer in the user's data folder.
 * These are the reader's own words, so, as with {@link SettingsStore}, nothing is ever silently lost:
 * every save is atomic and keeps the previous file as {@code .bak}; a damaged file is moved aside and
 * reported, never overwritten; and a file that cannot even be read is never saved over.
 *
 * <p>The file name is a readable slug of the explainer's id plus the start of the id's SHA-256, so ids
 * that slug alike still get their own files and no id, however hostile, can name a path outside the
 * folder. The file also records the full id, and a file holding another id counts as damaged.
 */
public final class StudyStore extends UserFileStore<StudyRecord> {

    /** What {@link #load} gave: the record to use and, when something went wrong, a message for the user. */
    /**
     * What {@link #load} gave. {@code writable} is false when the file on disk could not be read or
     * moved aside: saving then would replace notes that are still there, so the caller must not.
     */
    public record LoadedStudy(StudyRecord record, Optional<String> message, boolean writable) {
        public LoadedStudy {
            message = message == null ? Optional.empty() : message;
        }

        LoadedStudy(StudyRecord record, Optional<String> message) {
            this(record, message, true);
        }
    }

    /** Hundreds of long notes fit easily; a file this large is not one of ours. Saves stay below it too. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int SLUG_LENGTH = 40;
    private static final int HASH_HEX_DIGITS = 16;

    private final Path folder;

    public StudyStore(Path folder) {
        this(folder, Clock.systemDefaultZone(), Files::move);
    }

    StudyStore(Path folder, Clock clock, AtomicFile.Mover mover) {
        super(clock, mover, MAX_BYTES, Wording.get("notes.file.kind"));
        this.folder = folder.toAbsolutePath().normalize();
    }

    public Path folder() {
        return folder;
    }

    /**
     * The platform's usual place for an application's data: on Linux {@code $XDG_DATA_HOME/stancemap/study}
     * or {@code ~/.local/share/stancemap/study}; on Windows {@code %APPDATA%\Stancemap\study}; on macOS
     * {@code ~/Library/Application Support/Stancemap/study}.
     */
    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."));
    }

    static Path defaultFolder(String osName, UnaryOperator<String> env, String home) {
        return new AppFolders(osName, env, home).data().resolve("study");
    }

    /** The file holding the notes of the explainer with this id. */
    public Path fileFor(String explainerId) {
        return folder.resolve(fileName(explainerId));
    }

    /** {@code <slug>-<16 hex digits of SHA-256>.json}; only ASCII letters, digits and dashes before ".json". */
    static String fileName(String explainerId) {
        String slug = Normalizer.normalize(explainerId, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            slug = "explainer";
        }
        return slug + "-" + sha256Hex(explainerId).substring(0, HASH_HEX_DIGITS) + ".json";
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public LoadedStudy load(Explainer explainer) {
        return load(explainer.id());
    }

    /**
     * Reads the notes of one explainer. No file gives an empty record without a message. A damaged file
     * is moved aside to {@code NAME.damaged-<timestamp>}; the notes of the previous save are used if its
     * {@code .bak} is sound, else an empty record, with a message naming the file, the problem and where
     * the file went. Never throws.
     */
    public LoadedStudy load(String explainerId) {
        StudyRecord empty = StudyRecord.empty(explainerId);
        Path file = null;
        try {
            file = fileFor(explainerId);
            Reading<StudyRecord> reading = read(file, explainerId);
            if (reading instanceof Good<StudyRecord> good) {
                return new LoadedStudy(good.value(), Optional.empty());
            }
            if (reading instanceof Unreadable<StudyRecord> unreadable) {
                return new LoadedStudy(empty, Optional.of(Wording.format("notes.unreadable", file, unreadable.why())), false);
            }
            if (reading instanceof Damaged<StudyRecord> damaged) {
                return recover(file, damaged.problem(), empty);
            }
            return new LoadedStudy(empty, Optional.empty());
        } catch (RuntimeException e) {
            return new LoadedStudy(empty, Optional.of(Wording.format("notes.internalError",
                    file == null ? "" : "“" + file + "”", e.getClass().getSimpleName())), false);
        }
    }

    private LoadedStudy recover(Path file, String problem, StudyRecord empty) {
        String head = Wording.format("notes.damaged", file, problem);
        AtomicFile.Aside aside = moveAside(file);
        if (aside.movedTo().isEmpty()) {
            return new LoadedStudy(empty, Optional.of(head + " " + Wording.format("notes.damaged.stuck", aside.problem())), false);
        }
        String kept = " " + Wording.format("notes.damaged.kept", aside.movedTo().get().getFileName());
        Path backup = AtomicFile.backupOf(file);
        if (read(backup, empty.explainerId()) instanceof Good<StudyRecord> good) {
            return new LoadedStudy(good.value(), Optional.of(head + kept + " "
                    + Wording.format("notes.damaged.restored", backup.getFileName())));
        }
        return new LoadedStudy(empty, Optional.of(head + kept + " " + Wording.get("notes.damaged.empty")));
    }

    /**
     * Writes the notes of {@code explainer}, first remembering what each live note's target is called
     * (see {@link StudyRecord#remembering}). The write is atomic and keeps the previous file as
     * {@code .bak}. If the file on disk is damaged it is moved aside first, never overwritten, and the
     * answer says so; if it cannot be read or moved aside, nothing is written and this throws.
     *
     * @return a message for the user when something besides saving happened
     * @throws IOException if the notes could not be saved; the previous file is then untouched
     * @throws IllegalArgumentException if the record belongs to another explainer
     */
    public Optional<String> save(Explainer explainer, StudyRecord record) throws IOException {
        if (!record.explainerId().equals(explainer.id())) {
            throw new IllegalArgumentException("the notes of “" + record.explainerId()
                    + "” cannot be saved as those of “" + explainer.id() + "”");
        }
        Path file = fileFor(explainer.id());
        byte[] bytes = StudyJson.write(record.remembering(explainer)).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_BYTES) {
            throw new IOException(Wording.format("notes.save.tooLarge", bytes.length, MAX_BYTES));
        }
        Optional<String> message = Optional.empty();
        Reading<StudyRecord> existing = read(file, explainer.id());
        if (existing instanceof Unreadable<StudyRecord> unreadable) {
            throw new IOException(Wording.format("notes.save.unreadable", file, unreadable.why()));
        }
        if (existing instanceof Damaged<StudyRecord> damaged) {
            AtomicFile.Aside aside = moveAside(file);
            if (aside.movedTo().isEmpty()) {
                throw new IOException(Wording.format("notes.save.stuck", file, damaged.problem(),
                        aside.problem()));
            }
            message = Optional.of(Wording.format("notes.save.damaged", file, damaged.problem(),
                    aside.movedTo().get().getFileName()));
        }
        write(file, bytes);
        return message;
    }

    private Reading<StudyRecord> read(Path file, String explainerId) {
        return read(file, text -> StudyJson.parse(text, explainerId));
    }
}
