package org.stancemap.explainer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancemap.io.AppFolders;
import org.stancemap.io.Wording;

/**
 * Where the autosaves live ({@code $XDG_DATA_HOME/stancemap/recovery} on Linux): one
 * {@link RecoveryFile} per explainer being edited, so the work on one never overwrites the unsaved
 * work on another. An explainer with a file is keyed by that file's path (its name, for people
 * looking in the folder, and a digest of the whole path, so two {@code draft.stancemap.json} in
 * different folders stay apart); a draft never saved is keyed by a random name made when its
 * editing starts.
 *
 * <p>Each autosave is owned by the running Stancemap that writes, offers or restored it: it holds an
 * operating-system lock on {@code KEY.lock} beside it ({@link #claim}). Another Stancemap running at
 * the same time finds the lock taken and leaves that autosave alone; the system lets the lock go
 * when its holder ends, even when it is killed, so the work is offered at the next start.
 */
public final class RecoveryFolder {

    private static final int NAME_LENGTH = 40;

    private final Path folder;
    /** The locks this instance holds, by key; each channel stays open while its lock is held. */
    private final Map<String, FileChannel> owned = new HashMap<>();

    public RecoveryFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Where the app keeps them: {@code recovery} in the platform's data folder. */
    public static Path defaultFolder() {
        return AppFolders.forThisMachine().data().resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /** The autosave of the work on the explainer saved as {@code explainerFile}. */
    public RecoveryFile forFile(Path explainerFile) {
        String path = explainerFile.toAbsolutePath().normalize().toString();
        return new RecoveryFile(folder, readable(explainerFile) + "-" + digest(path));
    }

    /** The autosave of a draft not saved yet, by the key {@link #newDraftKey} made for it. */
    public RecoveryFile forDraft(String draftKey) {
        return new RecoveryFile(folder, draftKey);
    }

    /** A new key for a draft's autosave, unlike any other. */
    public static String newDraftKey() {
        byte[] bytes = new byte[6];
        DraftKeys.RANDOM.nextBytes(bytes);
        return "draft-" + HexFormat.of().formatHex(bytes);
    }

    /** Made at the first draft, not at start-up: seeding it costs the window's thread several milliseconds. */
    private static final class DraftKeys {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /**
     * Every autosave in the folder, by name; none if the folder is not there. A half-written
     * temporary file or a damaged copy set aside is not one.
     */
    public List<RecoveryFile> all() throws IOException {
        List<RecoveryFile> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + RecoveryFile.EXPLAINER_SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String key = name.substring(0, name.length() - RecoveryFile.EXPLAINER_SUFFIX.length());
                if (!key.isEmpty() && !key.startsWith(".") && Files.isRegularFile(file)) {
                    found.add(new RecoveryFile(folder, key));
                }
            }
        } catch (NoSuchFileException e) {
            return List.of();
        }
        found.sort(java.util.Comparator.comparing(RecoveryFile::key));
        return found;
    }

    /**
     * Makes {@code entry} this instance's own, unless another running Stancemap owns it: true when
     * this instance holds it (now or already), false when another does. A lock that cannot be
     * taken at all (a read-only folder, say) is an {@link IOException} naming the lock file and
     * the reason; nothing is changed then.
     */
    public synchronized boolean claim(RecoveryFile entry) throws IOException {
        if (owned.containsKey(entry.key())) {
            return true;
        }
        Path lockFile = entry.lockFile();
        // A holder deletes the lock file as it lets go; a lock taken on a file just deleted is no lock.
        for (int attempt = 0; attempt < 3; attempt++) {
            FileChannel channel = openLockFile(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held through another RecoveryFolder in this same process
            } catch (IOException e) {
                channel.close();
                throw new IOException(Wording.format("recovery.lock.failed", lockFile, reason(e)), e);
            }
            if (lock == null) {
                channel.close();
                return false;
            }
            if (Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                owned.put(entry.key(), channel);
                return true;
            }
            channel.close();
        }
        throw new IOException(Wording.format("recovery.lock.failed", lockFile, Wording.get("recovery.lock.vanishing")));
    }

    /** Whether this instance owns {@code entry} ({@link #claim}). */
    public synchronized boolean owns(RecoveryFile entry) {
        return owned.containsKey(entry.key());
    }

    /**
     * Lets another running Stancemap have {@code entry}; its lock file goes too once the autosave
     * itself is gone. Nothing happens if this instance does not own it.
     */
    public synchronized void release(RecoveryFile entry) {
        FileChannel channel = owned.remove(entry.key());
        if (channel == null) {
            return;
        }
        try {
            if (!entry.exists()) {
                // Deleted while still locked, so no one takes the lock of a file about to vanish.
                Files.deleteIfExists(entry.lockFile());
            }
        } catch (IOException e) {
            // A leftover lock file is harmless: the next claim of this key takes it.
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                // Closing the channel lets the lock go however the close ends.
            }
        }
    }

    /** Removes {@code entry}'s autosave, then lets go of it. */
    public void remove(RecoveryFile entry) throws IOException {
        try {
            entry.remove();
        } finally {
            release(entry);
        }
    }

    private static FileChannel openLockFile(Path lockFile) throws IOException {
        try {
            Files.createDirectories(lockFile.getParent());
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            throw new IOException(Wording.format("recovery.lock.failed", lockFile, reason(e)), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Wording.get("recovery.lock.denied");
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file's name without its extension, in plain lowercase letters and digits. */
    private static String readable(Path file) {
        Path name = file.getFileName();
        String base = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        base = base.replaceAll("\\.stancemap\\.json$|\\.json$", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > NAME_LENGTH) {
            base = base.substring(0, NAME_LENGTH);
        }
        return base.isEmpty() ? "explainer" : base;
    }

    private static String digest(String path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
