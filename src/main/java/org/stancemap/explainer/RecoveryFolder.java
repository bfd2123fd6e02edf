package org.stancemap.explainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.stancemap.io.AppFolders;

/**
 * Where the autosaves live ({@code $XDG_DATA_HOME/stancemap/recovery} on Linux): one
 * {@link RecoveryFile} per explainer being edited, so the work on one never overwrites the unsaved
 * work on another. An explainer with a file is keyed by that file's path (its name, for people
 * looking in the folder, and a digest of the whole path, so two {@code draft.stancemap.json} in
 * different folders stay apart); a draft never saved is keyed by a random name made when its
 * editing starts.
 */
public final class RecoveryFolder {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NAME_LENGTH = 40;

    private final Path folder;

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
        RANDOM.nextBytes(bytes);
        return "draft-" + HexFormat.of().formatHex(bytes);
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
