package org.stancemap.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.stancemap.io.AppFolders;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.Wording;
import org.stancemap.model.Settings;

/**
 * Reads and writes the user's settings file. Settings are the user's own data, so they are never
 * silently lost: a damaged file is moved aside (never overwritten or deleted) and reported, and a
 * save writes a complete new file next to the old one and then moves it into place, keeping the
 * previous file as {@code settings.json.bak}.
 */
public final class SettingsStore extends UserFileStore<Settings> {

    /** What {@link #load()} gave: the settings to use and, when something went wrong, a message for the user. */
    public record LoadedSettings(Settings settings, Optional<String> message) {
        public LoadedSettings {
            message = message == null ? Optional.empty() : message;
        }
    }

    public static final int FORMAT = 1;
    /** A settings file is a few hundred bytes; anything this large is not one. */
    static final long MAX_BYTES = 256 * 1024;

    private final Path file;

    public SettingsStore(Path file) {
        this(file, Clock.systemDefaultZone(), Files::move);
    }

    SettingsStore(Path file, Clock clock, AtomicFile.Mover mover) {
        super(clock, mover, MAX_BYTES, Wording.get("settings.file.kind"));
        this.file = file.toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** The backup of the previous settings, kept by {@link #save}. */
    public Path backupFile() {
        return AtomicFile.backupOf(file);
    }

    /**
     * The platform's usual place for settings: on Linux {@code $XDG_CONFIG_HOME/stancemap/settings.json}
     * or {@code ~/.config/stancemap/settings.json}; on Windows {@code %APPDATA%\Stancemap\settings.json};
     * on macOS {@code ~/Library/Application Support/Stancemap/settings.json}.
     */
    public static Path defaultLocation() {
        return defaultLocation(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."));
    }

    static Path defaultLocation(String osName, UnaryOperator<String> env, String home) {
        return new AppFolders(osName, env, home).config().resolve("settings.json");
    }

    /**
     * Reads the settings. A missing file gives the defaults without a message. A damaged file is moved
     * aside to {@code settings.json.damaged-<timestamp>} and the defaults come with a message naming the
     * file, where it was moved and what was wrong. Never throws.
     */
    public LoadedSettings load() {
        try {
            Reading<Settings> reading = read(file, SettingsStore::parse);
            if (reading instanceof Good<Settings> good) {
                return new LoadedSettings(good.value(), Optional.empty());
            }
            if (reading instanceof Damaged<Settings> damaged) {
                return damaged(damaged.problem());
            }
            if (reading instanceof Unreadable<Settings> unreadable) {
                return new LoadedSettings(Settings.defaults(), Optional.of(Wording.format(unreadable.special()
                        ? "settings.unreadable.special" : "settings.unreadable", file, unreadable.why())));
            }
            return new LoadedSettings(Settings.defaults(), Optional.empty());
        } catch (RuntimeException e) {
            return new LoadedSettings(Settings.defaults(), Optional.of(Wording.format("settings.internalError", file,
                    e.getClass().getSimpleName())));
        }
    }

    static Settings parse(String text) throws Damage {
        StoredFields fields = StoredFields.parse(text);
        Settings s = Settings.defaults();
        for (String name : fields.names()) {
            switch (name) {
                case "format" -> {
                    int format = fields.wholeNumber(name);
                    if (format != FORMAT) {
                        throw fields.damage(name, Wording.format("store.format.unknown", format, FORMAT));
                    }
                }
                case "keyMap" -> s = s.withKeyMap(fields.text(name));
                case "projector" -> {
                    if (fields.isNull(name)) {
                        s = s.withProjector(OptionalInt.empty());
                    } else {
                        int index = fields.wholeNumber(name);
                        if (index < 0) {
                            throw fields.damage(name, Wording.format("settings.file.projectorNegative", index));
                        }
                        s = s.withProjector(OptionalInt.of(index));
                    }
                }
                case "reduceMotion" -> s = s.withReduceMotion(fields.trueOrFalse(name));
                case "darkTheme" -> s = s.withDarkTheme(fields.trueOrFalse(name));
                case "textScale" -> {
                    int scale = fields.wholeNumber(name);
                    if (scale < Settings.MIN_TEXT_SCALE || scale > Settings.MAX_TEXT_SCALE) {
                        throw fields.damage(name, Wording.format("settings.file.textScaleOutside", scale,
                                Settings.MIN_TEXT_SCALE, Settings.MAX_TEXT_SCALE));
                    }
                    s = s.withTextScale(scale);
                }
                default -> {
                    // written by a later version; harmless
                }
            }
        }
        return s;
    }

    /** Moves the damaged file aside, never over another file, and says so. */
    private LoadedSettings damaged(String problem) {
        AtomicFile.Aside aside = moveAside(file);
        return new LoadedSettings(Settings.defaults(), Optional.of(aside.movedTo()
                .map(p -> Wording.format("settings.damaged.kept", file, problem, p.getFileName()))
                .orElse(Wording.format("settings.damaged.left", file, problem, aside.problem()))));
    }

    /**
     * Writes the settings: the JSON goes to a temporary file in the same folder, which is flushed to
     * disk; the previous file is copied to {@code settings.json.bak}; then the temporary file is moved
     * over the settings file in one step where the file system allows. A crash at any point leaves a
     * complete settings file behind. Creates the folder if needed.
     */
    public void save(Settings settings) throws IOException {
        write(file, toJson(settings).getBytes(StandardCharsets.UTF_8));
    }

    static String toJson(Settings s) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setStrictness(Strictness.STRICT);
            w.setIndent("  ");
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name("keyMap").value(s.keyMap());
            w.name("projector");
            if (s.projector().isPresent()) {
                w.value(s.projector().getAsInt());
            } else {
                w.nullValue();
            }
            w.name("reduceMotion").value(s.reduceMotion());
            w.name("textScale").value(s.textScale());
            w.name("darkTheme").value(s.darkTheme());
            w.endObject();
        }
        return out.append('\n').toString();
    }
}
