package org.stancemap.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.stancemap.io.AppFolders;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.JsonWords;
import org.stancemap.io.Utf8Text;
import org.stancemap.model.Settings;

/**
 * Reads and writes the user's settings file. Settings are the user's own data, so they are never
 * silently lost: a damaged file is moved aside (never overwritten or deleted) and reported, and a
 * save writes a complete new file next to the old one and then moves it into place, keeping the
 * previous file as {@code settings.json.bak}.
 */
public final class SettingsStore {

    /** What {@link #load()} gave: the settings to use and, when something went wrong, a message for the user. */
    public record LoadedSettings(Settings settings, Optional<String> message) {
        public LoadedSettings {
            message = message == null ? Optional.empty() : message;
        }
    }

    public static final int FORMAT = 1;
    /** A settings file is a few hundred bytes; anything this large is not one. */
    static final long MAX_BYTES = 256 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path file;
    private final Clock clock;
    private final AtomicFile.Mover mover;

    public SettingsStore(Path file) {
        this(file, Clock.systemDefaultZone(), Files::move);
    }

    SettingsStore(Path file, Clock clock, AtomicFile.Mover mover) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
        this.mover = mover;
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
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.exists(file)) {
                return new LoadedSettings(Settings.defaults(), Optional.empty());
            }
            byte[] bytes;
            try {
                bytes = BoundedFileReader.readRegularFile(file, MAX_BYTES);
            } catch (BoundedFileReader.NotRegularFileException e) {
                if (e.kind().equals("a folder")) {
                    return damaged("it is a folder, not a file");
                }
                return new LoadedSettings(Settings.defaults(), Optional.of("Your settings file “" + file
                        + "” could not be read (" + e.getReason() + "), so Stancemap is using the default"
                        + " settings for now. It was left as it is, and settings are not saved over it."));
            } catch (BoundedFileReader.TooLargeException e) {
                return damaged("it is far too large to be a settings file: " + e.getReason());
            } catch (NoSuchFileException e) {
                return new LoadedSettings(Settings.defaults(), Optional.empty());
            } catch (IOException | SecurityException e) {
                return new LoadedSettings(Settings.defaults(), Optional.of("Your settings file “" + file
                        + "” could not be read (" + describe(e) + "), so Stancemap is using the default"
                        + " settings for now. The file was left as it is."));
            }
            String text;
            try {
                text = Utf8Text.decode(bytes);
            } catch (CharacterCodingException e) {
                return damaged("it is not valid UTF-8 text");
            }
            try {
                return new LoadedSettings(parse(text), Optional.empty());
            } catch (Damage d) {
                return damaged(d.getMessage());
            }
        } catch (RuntimeException e) {
            return new LoadedSettings(Settings.defaults(), Optional.of("Your settings file “" + file
                    + "” could not be read because of an internal error (" + e.getClass().getSimpleName()
                    + "), so Stancemap is using the default settings for now. The file was left as it is."));
        }
    }

    /** What is wrong with the content of a settings file. */
    private static final class Damage extends Exception {
        Damage(String message) {
            super(message, null, false, false);
        }
    }

    static Settings parse(String text) throws Damage {
        JsonReader r = new JsonReader(new StringReader(text));
        r.setStrictness(Strictness.STRICT);
        try {
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                throw new Damage("it does not hold a JSON object");
            }
            Settings s = Settings.defaults();
            Set<String> seen = new HashSet<>();
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (!seen.add(name)) {
                    throw new Damage("“" + name + "” appears twice");
                }
                switch (name) {
                    case "format" -> {
                        int format = wholeNumber(r, name);
                        if (format != FORMAT) {
                            throw new Damage("it has format " + format + ", which this version of Stancemap does"
                                    + " not know (it knows format " + FORMAT + ")");
                        }
                    }
                    case "keyMap" -> {
                        expect(r, JsonToken.STRING, name, "text");
                        s = s.withKeyMap(r.nextString());
                    }
                    case "projector" -> {
                        if (r.peek() == JsonToken.NULL) {
                            r.nextNull();
                            s = s.withProjector(OptionalInt.empty());
                        } else {
                            int index = wholeNumber(r, name);
                            if (index < 0) {
                                throw new Damage("“projector” is negative (" + index + ")");
                            }
                            s = s.withProjector(OptionalInt.of(index));
                        }
                    }
                    case "reduceMotion" -> {
                        expect(r, JsonToken.BOOLEAN, name, "true or false");
                        s = s.withReduceMotion(r.nextBoolean());
                    }
                    case "darkTheme" -> {
                        expect(r, JsonToken.BOOLEAN, name, "true or false");
                        s = s.withDarkTheme(r.nextBoolean());
                    }
                    case "textScale" -> {
                        int scale = wholeNumber(r, name);
                        if (scale < Settings.MIN_TEXT_SCALE || scale > Settings.MAX_TEXT_SCALE) {
                            throw new Damage("“textScale” is " + scale + ", outside " + Settings.MIN_TEXT_SCALE
                                    + "–" + Settings.MAX_TEXT_SCALE);
                        }
                        s = s.withTextScale(scale);
                    }
                    default -> r.skipValue(); // written by a later version; harmless
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new Damage("there is more text after the settings");
            }
            return s;
        } catch (java.io.EOFException e) {
            throw new Damage("it is not valid JSON: it ends too early");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new Damage(JsonWords.syntaxProblem(e.getMessage()));
        }
    }



    private static void expect(JsonReader r, JsonToken token, String name, String what) throws IOException, Damage {
        JsonToken actual = r.peek();
        if (actual != token) {
            throw new Damage("“" + name + "” should be " + what + " but is " + JsonWords.describe(actual));
        }
    }

    private static int wholeNumber(JsonReader r, String name) throws IOException, Damage {
        expect(r, JsonToken.NUMBER, name, "a whole number");
        String raw = r.nextString();
        try {
            return new BigDecimal(raw).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Damage("“" + name + "” should be a whole number but is " + raw);
        }
    }


    private static String firstLine(String message) {
        if (message == null) {
            return "it ends too early";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) {
            return BoundedFileReader.reason(io);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    /** Moves the damaged file aside, never over another file, and says so. */
    private LoadedSettings damaged(String problem) {
        String head = "Your settings file “" + file + "” is damaged (" + problem + "), so Stancemap is using the"
                + " default settings.";
        AtomicFile.Aside aside = AtomicFile.moveAside(file, LocalDateTime.now(clock).format(STAMP), mover);
        return new LoadedSettings(Settings.defaults(), Optional.of(aside.movedTo()
                .map(p -> head + " The damaged file was kept as “" + p.getFileName() + "” in the same folder.")
                .orElse(head + " But " + aside.problem() + ", so it was left as it is.")));
    }

    /**
     * Writes the settings: the JSON goes to a temporary file in the same folder, which is flushed to
     * disk; the previous file is copied to {@code settings.json.bak}; then the temporary file is moved
     * over the settings file in one step where the file system allows. A crash at any point leaves a
     * complete settings file behind. Creates the folder if needed.
     */
    public void save(Settings settings) throws IOException {
        AtomicFile.write(file, toJson(settings).getBytes(StandardCharsets.UTF_8), true, mover);
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
