package org.stancemap.explainer;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.Wording;
import org.stancemap.model.Explainer;

/**
 * The autosave of one explainer being edited, so a crash loses at most the last half minute: an
 * ordinary explainer file ({@code KEY.stancemap.json}, which any Stancemap opens) and a note of
 * when it was saved and which file it belongs to ({@code KEY.about.json}), in the
 * {@link RecoveryFolder}. Both are written atomically, the explainer first, so the note never
 * describes a file that is not there. It lives with the explainer files' encoding and loading
 * because it is one, read leniently.
 */
public final class RecoveryFile {

    static final String EXPLAINER_SUFFIX = ".stancemap.json";
    static final String ABOUT_SUFFIX = ".about.json";
    static final String LOCK_SUFFIX = ".lock";

    /** What an autosave holds: the explainer, the file it was opened from or saved to (if any), and when. */
    public record Recovered(Explainer explainer, Optional<Path> file, Instant savedAt) {
    }

    private final Path folder;
    private final String key;

    /** The autosave named {@code key} in {@code folder}; see {@link RecoveryFolder} for how keys are made. */
    RecoveryFile(Path folder, String key) {
        this.folder = folder.toAbsolutePath().normalize();
        this.key = key;
    }

    public Path folder() {
        return folder;
    }

    /** The name that tells this autosave from the others in its folder. */
    public String key() {
        return key;
    }

    public Path explainerFile() {
        return folder.resolve(key + EXPLAINER_SUFFIX);
    }

    /** The file whose lock says which running Stancemap owns this autosave ({@link RecoveryFolder#claim}). */
    Path lockFile() {
        return folder.resolve(key + LOCK_SUFFIX);
    }

    private Path aboutFile() {
        return folder.resolve(key + ABOUT_SUFFIX);
    }

    public void save(Explainer explainer, Optional<Path> file, Instant at) throws IOException {
        AtomicFile.write(explainerFile(), new ExplainerEncoder().encodeBytes(explainer), false);
        JsonObject about = new JsonObject();
        about.addProperty("savedAt", at.toString());
        file.ifPresent(f -> about.addProperty("file", f.toAbsolutePath().toString()));
        about.addProperty("title", explainer.article().title());
        AtomicFile.write(aboutFile(), (about + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    public boolean exists() {
        return Files.isRegularFile(explainerFile());
    }

    /**
     * The autosaved explainer, if there is one that can be read. It is read even when it has
     * problems a check would refuse (work in progress often does); what cannot be read at all is
     * reported as {@link IOException} with the reason, and the file is left where it is.
     */
    public Optional<Recovered> read() throws IOException {
        byte[] bytes;
        try {
            bytes = BoundedFileReader.readRegularFile(explainerFile(), ExplainerLoader.MAX_BYTES);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Explainer explainer = new ExplainerLoader().readForRecovery(bytes, explainerFile().toString())
                .orElseThrow(() -> new IOException(Wording.get("recovery.notReadable")));
        Instant savedAt = Files.getLastModifiedTime(explainerFile()).toInstant();
        Optional<Path> file = Optional.empty();
        try {
            JsonObject about = JsonParser.parseString(Files.readString(aboutFile(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            if (about.has("savedAt")) {
                savedAt = Instant.parse(about.get("savedAt").getAsString());
            }
            if (about.has("file")) {
                file = Optional.of(Path.of(about.get("file").getAsString()));
            }
        } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException
                 | DateTimeParseException | java.nio.file.InvalidPathException e) {
            // The note is a nicety: without it the file's own time stands, and Save asks where to save.
        }
        return Optional.of(new Recovered(explainer, file, savedAt));
    }

    /** Removes the autosave: after a clean save or close, or when the author discards it. */
    public void remove() throws IOException {
        Files.deleteIfExists(explainerFile());
        Files.deleteIfExists(aboutFile());
    }

    /**
     * Moves an autosave that cannot be read out of the way, renamed so it is no longer offered but
     * kept for the author to rescue by hand ({@code KEY.stancemap.json.damaged-STAMP}); its note
     * goes, as it describes nothing that can be restored.
     */
    public AtomicFile.Aside setAside(String stamp) {
        AtomicFile.Aside aside = AtomicFile.moveAside(explainerFile(), stamp, Files::move);
        if (aside.movedTo().isPresent()) {
            try {
                Files.deleteIfExists(aboutFile());
            } catch (IOException e) {
                // An orphan note is never offered, and the next autosave of this key replaces it.
            }
        }
        return aside;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecoveryFile that && that.folder.equals(folder) && that.key.equals(key);
    }

    @Override
    public int hashCode() {
        return folder.hashCode() * 31 + key.hashCode();
    }

    @Override
    public String toString() {
        return explainerFile().toString();
    }
}
