package org.stancemap.kiosk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.model.Explainer;
import org.stancemap.io.Wording;

/**
 * Lets a kiosk take new content without a restart: each {@link #poll()} looks at the explainer
 * file (or folder) and loads it again when its content has changed. Polling, not a file-system
 * watch service, because it also works on network shares, where change events often never arrive.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Which file.</b> A file is watched as it is. In a folder, the file is the newest (by
 *       modification time) regular file whose name ends in {@value #SUFFIX} and does not start
 *       with a dot (hidden and half-copied temporary files are skipped); on equal times the name
 *       that sorts last wins. So a curator publishes new content by copying a new file into the
 *       folder, and goes back to an older one by removing the newer files (or touching it).</li>
 *   <li><b>When it changed.</b> Each poll reads the file's size, modification time and content
 *       and hashes the content (SHA-256); content counts as new when its file or hash differs
 *       from what was last loaded or refused. Touching a file without changing it reloads
 *       nothing.</li>
 *   <li><b>Half-written files.</b> New content is loaded only when a poll finds it exactly as the
 *       poll before it did (same size, time and hash); until then the poll answers
 *       {@link Kind#SETTLING}. Only the very first poll loads at once, as there is nothing to show
 *       yet.</li>
 *   <li><b>Broken files.</b> New content that does not load is {@link Kind#REFUSED} with its
 *       problems, once; the current explainer stays. A missing or unreadable file is reported
 *       once as {@link Kind#MISSING}; the current explainer stays.</li>
 * </ul>
 * A poll reads and hashes the file (an explainer is at most {@value ExplainerLoader#MAX_BYTES}
 * bytes): call it from a background thread every few seconds, not from the FX thread. Polls are
 * serialised, so one thread or a single-threaded scheduler is enough.
 */
public final class ExplainerWatcher {

    public static final String SUFFIX = ".stancemap.json";

    public enum Kind {
        /** New content loaded; {@link Outcome#explainer()} holds it. */
        LOADED,
        /** Nothing new. */
        UNCHANGED,
        /** New content that was still changing; it is loaded once it holds still for one poll. */
        SETTLING,
        /** New content that does not load; {@link Outcome#problems()} says why. The current explainer stays. */
        REFUSED,
        /** The file (or any explainer in the folder) is gone or cannot be read. The current explainer stays. */
        MISSING
    }

    /**
     * What one poll found.
     *
     * @param file      the file looked at (in a folder, the one chosen), if any
     * @param explainer for LOADED, the new explainer
     * @param problems  for REFUSED and MISSING, what is wrong; for LOADED, any warnings
     */
    public record Outcome(Kind kind, Optional<Path> file, Optional<Explainer> explainer, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /** One look at a file: where, how large, when changed, and a hash of what it held. */
    private record Snapshot(Path file, long size, FileTime modified, String sha256, byte[] bytes) {
        boolean sameContent(Snapshot other) {
            return other != null && file.equals(other.file) && sha256.equals(other.sha256);
        }

        boolean sameAs(Snapshot other) {
            return sameContent(other) && size == other.size && modified.equals(other.modified);
        }

        /** What is kept of content once it is loaded or refused: enough to recognise it. */
        Snapshot withoutBytes() {
            return new Snapshot(file, size, modified, sha256, new byte[0]);
        }
    }

    private final Path source;
    private final ExplainerLoader loader;
    private Snapshot settled;
    private Snapshot pending;
    private boolean firstPoll = true;
    private boolean missingReported;
    private volatile Explainer current;
    private volatile Path currentFile;
    private volatile byte[] currentBytes;

    public ExplainerWatcher(Path source, ExplainerLoader loader) {
        this.source = source.toAbsolutePath().normalize();
        this.loader = loader;
    }

    public Path source() {
        return source;
    }

    /** The explainer last loaded; empty until one loads. Safe to read from any thread. */
    public Optional<Explainer> current() {
        return Optional.ofNullable(current);
    }

    /** The file {@link #current()} came from. */
    public Optional<Path> currentFile() {
        return Optional.ofNullable(currentFile);
    }

    /** The bytes {@link #current()} was loaded from, to keep as the last good content. */
    public Optional<byte[]> currentBytes() {
        return Optional.ofNullable(currentBytes);
    }

    /**
     * Takes what is there now as already seen, without loading it: only a later change is loaded.
     * For a kiosk that starts on its last good content after the current one kept failing.
     */
    public synchronized void skipWhatIsThereNow() {
        firstPoll = false;
        try {
            Optional<Path> chosen = chooseFile();
            if (chosen.isPresent()) {
                settled = snapshot(chosen.get()).withoutBytes();
            }
        } catch (IOException | RuntimeException e) {
            // nothing readable there now: whatever appears later is new
        }
    }

    /** Looks once. Never throws. */
    public synchronized Outcome poll() {
        try {
            return pollChecked();
        } catch (RuntimeException e) {
            return missing(null, Wording.format("kiosk.watch.internalError", e.getClass().getSimpleName()));
        }
    }

    private Outcome pollChecked() {
        boolean first = firstPoll;
        firstPoll = false;
        Optional<Path> chosen;
        try {
            chosen = chooseFile();
        } catch (IOException | SecurityException e) {
            return missing(null, Wording.format("kiosk.watch.folderUnreadable", e.getClass().getSimpleName()));
        }
        if (chosen.isEmpty()) {
            return missing(null, Files.isDirectory(source)
                    ? Wording.format("kiosk.watch.noExplainerInFolder", SUFFIX)
                    : Wording.get("file.missing"));
        }
        Path file = chosen.get();
        Snapshot now;
        try {
            now = snapshot(file);
        } catch (NoSuchFileException e) {
            return missing(file, Wording.get("file.missing"));
        } catch (IOException e) {
            return missing(file, Wording.format("kiosk.watch.fileUnreadable", BoundedFileReader.reason(e)));
        } catch (SecurityException e) {
            return missing(file, Wording.format("kiosk.watch.fileUnreadable", e.getClass().getSimpleName()));
        }
        missingReported = false;
        if (now.sameContent(settled)) {
            pending = null;
            return outcome(Kind.UNCHANGED, file, List.of());
        }
        if (!first && !now.sameAs(pending)) {
            pending = now;
            return outcome(Kind.SETTLING, file, List.of());
        }
        pending = null;
        settled = now.withoutBytes();
        LoadResult result = loader.load(now.bytes(), file.toString());
        if (result.explainer().isEmpty()) {
            return outcome(Kind.REFUSED, file, result.problems());
        }
        current = result.explainer().get();
        currentFile = file;
        currentBytes = now.bytes();
        return new Outcome(Kind.LOADED, Optional.of(file), result.explainer(), result.problems());
    }

    private Outcome missing(Path file, String message) {
        pending = null;
        if (missingReported) {
            return outcome(Kind.UNCHANGED, file, List.of());
        }
        missingReported = true;
        String name = file != null ? file.toString() : source.toString();
        return outcome(Kind.MISSING, file, List.of(new Problem(Problem.Severity.ERROR, name, Problem.UNKNOWN,
                Problem.UNKNOWN, "", message)));
    }

    private static Outcome outcome(Kind kind, Path file, List<Problem> problems) {
        return new Outcome(kind, Optional.ofNullable(file), Optional.empty(), problems);
    }

    private Optional<Path> chooseFile() throws IOException {
        if (!Files.isDirectory(source)) {
            return Files.exists(source) ? Optional.of(source) : Optional.empty();
        }
        Path best = null;
        FileTime bestTime = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(source)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(SUFFIX)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(entry, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // removed between listing and looking; the next poll will know
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                FileTime time = attributes.lastModifiedTime();
                int order = best == null ? 1 : time.compareTo(bestTime);
                if (order > 0 || order == 0 && name.compareTo(best.getFileName().toString()) > 0) {
                    best = entry;
                    bestTime = time;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Snapshot snapshot(Path file) throws IOException {
        BasicFileAttributes before = BoundedFileReader.regularFileAttributes(file);
        try {
            byte[] bytes = BoundedFileReader.readRegularFile(file, ExplainerLoader.MAX_BYTES);
            return new Snapshot(file, before.size(), before.lastModifiedTime(), sha256(bytes), bytes);
        } catch (BoundedFileReader.TooLargeException e) {
            // Recognised by size and time; the loader is given one byte too many, so it says "too large".
            String mark = "too large: " + e.size() + " bytes, " + before.lastModifiedTime();
            return new Snapshot(file, e.size(), before.lastModifiedTime(),
                    sha256(mark.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new byte[(int) ExplainerLoader.MAX_BYTES + 1]);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
