package org.stancemap.kiosk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.explainer.Problem;
import org.stancemap.io.Utf8Text;
import org.stancemap.io.Wording;
import org.stancemap.io.json.JsonDocument;
import org.stancemap.io.json.JsonPosition;
import org.stancemap.io.json.JsonSyntaxError;
import org.stancemap.io.json.JsonWords;
import org.stancemap.io.json.StrictJson;

/**
 * Reads a kiosk config file: a small JSON object such as
 * <pre>
 * {
 *   "explainer": "exhibits/current",
 *   "idleSeconds": 90,
 *   "countdownSeconds": 15,
 *   "attractStepSeconds": 12,
 *   "pinHash": "pbkdf2-sha256$600000$…$…",
 *   "heartbeatFile": "/run/user/1001/stancemap/kiosk-heartbeat",
 *   "logDir": "logs"
 * }
 * </pre>
 * Every key is optional; a missing key or {@code null} means the default. Relative paths are
 * resolved against the config file's folder, and a leading {@code ~/} means the home folder. A
 * key {@code "comment"} is allowed and ignored. Unknown keys are errors, because in a file
 * written by hand an unknown key is almost always a misspelt one.
 *
 * <p>Never throws: every problem comes back as a {@link Problem} naming the file and, where
 * possible, the line and column or the setting.
 */
public final class KioskConfigLoader {

    /** What loading gave: the config when there were no problems, otherwise every problem found. */
    public record Result(Optional<KioskConfig> config, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return config.isPresent();
        }

        /** One problem a line, in the {@code --validate} format. */
        public String message() {
            return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
        }
    }

    /** A kiosk config is a few hundred bytes; anything this large is something else. */
    static final long MAX_BYTES = 64 * 1024;
    static final List<String> KEYS = List.of("explainer", "idleSeconds", "countdownSeconds", "attractStepSeconds",
            "pinHash", "heartbeatFile", "logDir");
    /** A kiosk config is one flat object; anything nested deeper than this is not one. */
    private static final int MAX_DEPTH = 32;

    private final KioskDirs dirs;
    private final String home;

    public KioskConfigLoader() {
        this(KioskDirs.forThisMachine(), System.getProperty("user.home", "."));
    }

    KioskConfigLoader(KioskDirs dirs, String home) {
        this.dirs = dirs;
        this.home = home;
    }

    /** The config in {@code file}, or the defaults when there is none. */
    public Result load(Optional<Path> file) {
        return file.map(this::load).orElseGet(() -> new Result(Optional.of(KioskConfig.defaults(dirs)), List.of()));
    }

    public Result load(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = file.toString();
        try {
            byte[] bytes = BoundedFileReader.readRegularFile(absolute, MAX_BYTES);
            String text;
            try {
                text = Utf8Text.decode(bytes);
            } catch (CharacterCodingException e) {
                return failure(name, Wording.get("kiosk.config.notUtf8"));
            }
            return parse(text, name, absolute);
        } catch (BoundedFileReader.NotRegularFileException e) {
            return failure(name, e.kind().equals("a folder") ? Wording.get("kiosk.config.folder")
                    : Wording.format("kiosk.config.notRegular", e.kind()));
        } catch (BoundedFileReader.TooLargeException e) {
            return failure(name, Wording.format("kiosk.config.tooLarge", e.getReason()));
        } catch (NoSuchFileException e) {
            return failure(name, Wording.get("kiosk.config.missing"));
        } catch (IOException e) {
            return failure(name, Wording.format("kiosk.config.unreadable", BoundedFileReader.reason(e)));
        } catch (SecurityException e) {
            return failure(name, Wording.format("kiosk.config.unreadable", e.getClass().getSimpleName()));
        } catch (RuntimeException e) {
            return failure(name, Wording.format("kiosk.config.internalError", e.getClass().getSimpleName()));
        }
    }

    /** Parses the text of the config file {@code file}, called {@code name} in messages. */
    Result parse(String text, String name, Path file) {
        return new Parse(text, name, file.toAbsolutePath().normalize()).run();
    }

    private static Result failure(String name, String message) {
        return new Result(Optional.empty(), List.of(new Problem(Problem.Severity.ERROR, name, Problem.UNKNOWN,
                Problem.UNKNOWN, "", message)));
    }

    /** The state of reading one file. */
    private final class Parse {
        private final String text;
        private final String name;
        private final Path file;
        private final Path folder;
        private final List<Problem> problems = new ArrayList<>();
        private JsonDocument document;
        private String path = "$";

        Parse(String text, String name, Path file) {
            this.text = text;
            this.name = name;
            this.file = file;
            Path parent = file.getParent();
            this.folder = parent != null ? parent : file;
        }

        Result run() {
            try {
                document = StrictJson.parse(text, MAX_DEPTH);
            } catch (JsonSyntaxError e) {
                problems.add(new Problem(Problem.Severity.ERROR, name, e.line(), e.column(), "", e.messageWithPath()));
                return result(null);
            }
            if (!document.root().isJsonObject()) {
                fieldProblem(Wording.format("kiosk.config.notObject", JsonWords.describe(document.root())));
                return result(null);
            }
            KioskConfig defaults = KioskConfig.defaults(dirs);
            Optional<Path> explainer = defaults.explainer();
            Duration idle = defaults.idle();
            Duration countdown = defaults.countdown();
            Duration attractStep = defaults.attractStep();
            Optional<String> pinHash = defaults.pinHash();
            Path heartbeat = defaults.heartbeatFile();
            Path logDir = defaults.logDir();
            JsonObject settings = document.root().getAsJsonObject();
            for (Map.Entry<String, JsonElement> entry : settings.entrySet()) {
                String key = entry.getKey();
                JsonElement value = entry.getValue();
                path = "$." + key;
                switch (key) {
                    case "explainer" -> explainer = nullable(value, this::explainerPath, Optional.empty(), Optional::of);
                    case "idleSeconds" -> idle = seconds(value, KioskConfig.MIN_IDLE_SECONDS,
                            KioskConfig.MAX_IDLE_SECONDS, idle);
                    case "countdownSeconds" -> countdown = seconds(value, KioskConfig.MIN_COUNTDOWN_SECONDS,
                            KioskConfig.MAX_COUNTDOWN_SECONDS, countdown);
                    case "attractStepSeconds" -> attractStep = seconds(value, KioskConfig.MIN_ATTRACT_STEP_SECONDS,
                            KioskConfig.MAX_ATTRACT_STEP_SECONDS, attractStep);
                    case "pinHash" -> pinHash = nullable(value, this::pinHash, Optional.empty(), Optional::of);
                    case "heartbeatFile" -> heartbeat = nullable(value, this::path, defaults.heartbeatFile(), p -> p);
                    case "logDir" -> logDir = nullable(value, this::path, defaults.logDir(), p -> p);
                    case "comment" -> {
                        // a note for whoever edits the file
                    }
                    default -> fieldProblem(Wording.format("kiosk.config.unknownSetting", key,
                            String.join(", ", KEYS)));
                }
            }
            for (String twice : document.duplicateKeys()) {
                path = twice;
                fieldProblem(Wording.get("kiosk.config.twice"));
            }
            return result(new KioskConfig(Optional.empty(), explainer, idle, countdown, attractStep, pinHash,
                    heartbeat, logDir));
        }

        private Result result(KioskConfig config) {
            if (config == null || !problems.isEmpty()) {
                return new Result(Optional.empty(), problems);
            }
            return new Result(Optional.of(new KioskConfig(Optional.of(file),
                    config.explainer(), config.idle(), config.countdown(), config.attractStep(), config.pinHash(),
                    config.heartbeatFile(), config.logDir())), List.of());
        }

        /** Reads a value that may be {@code null}, meaning "the default". */
        private <T, R> R nullable(JsonElement value, Reading<T> read, R whenNull, java.util.function.Function<T, R> wrap) {
            if (value.isJsonNull()) {
                return whenNull;
            }
            return read.read(value).map(wrap).orElse(whenNull);
        }

        private Duration seconds(JsonElement value, int min, int max, Duration fallback) {
            if (value.isJsonNull()) {
                return fallback;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                fieldProblem(Wording.format("kiosk.config.notSeconds", JsonWords.describe(value)));
                return fallback;
            }
            BigDecimal raw = value.getAsBigDecimal();
            int seconds;
            try {
                seconds = raw.intValueExact();
            } catch (ArithmeticException e) {
                fieldProblem(Wording.format("kiosk.config.notSeconds", raw.toPlainString()));
                return fallback;
            }
            if (seconds < min || seconds > max) {
                fieldProblem(Wording.format("kiosk.config.secondsOutOfRange", seconds, min, max));
                return fallback;
            }
            return Duration.ofSeconds(seconds);
        }

        private Optional<String> text(JsonElement value, String what) {
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                fieldProblem(Wording.format("kiosk.config.notText", what, JsonWords.describe(value)));
                return Optional.empty();
            }
            return Optional.of(value.getAsString());
        }

        /** A path that must name an explainer file or a folder of them, inside the config's folder if relative. */
        private Optional<Path> explainerPath(JsonElement value) {
            Optional<String> raw = text(value, Wording.get("kiosk.config.fileOrFolder"));
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<Path> resolved = resolve(raw.get());
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            Path p = resolved.get();
            if (isRelative(raw.get()) && !p.startsWith(folder)) {
                fieldProblem(Wording.format("kiosk.config.leavesFolder", raw.get(), folder));
                return Optional.empty();
            }
            Optional<String> problem = explainerProblem(p);
            if (problem.isPresent()) {
                fieldProblem(Wording.format("kiosk.config.relativeFrom", problem.get(), folder));
                return Optional.empty();
            }
            return resolved;
        }

        private Optional<Path> path(JsonElement value) {
            Optional<String> raw = text(value, Wording.get("kiosk.config.fileOrFolder"));
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            return resolve(raw.get());
        }

        private boolean isRelative(String value) {
            if (value.equals("~") || value.startsWith("~/") || value.startsWith("~\\")) {
                return false;
            }
            try {
                return !Path.of(value).isAbsolute();
            } catch (InvalidPathException e) {
                return false;
            }
        }

        private Optional<Path> resolve(String value) {
            if (value.isBlank()) {
                fieldProblem(Wording.get("kiosk.config.emptyPath"));
                return Optional.empty();
            }
            try {
                Path p;
                if (value.equals("~")) {
                    p = Path.of(home);
                } else if (value.startsWith("~/") || value.startsWith("~\\")) {
                    p = Path.of(home).resolve(value.substring(2));
                } else {
                    p = Path.of(value);
                }
                return Optional.of((p.isAbsolute() ? p : folder.resolve(p)).normalize());
            } catch (InvalidPathException e) {
                fieldProblem(Wording.format("kiosk.config.badFileName", value));
                return Optional.empty();
            }
        }

        private Optional<String> pinHash(JsonElement value) {
            Optional<String> raw = text(value, Wording.get("kiosk.config.pinLine"));
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            if (raw.get().isEmpty()) {
                fieldProblem(Wording.get("kiosk.config.emptyPin"));
                return Optional.empty();
            }
            Optional<String> problem = PinHash.problemWith(raw.get());
            problem.ifPresent(this::fieldProblem);
            return problem.isPresent() ? Optional.empty() : raw;
        }

        private void fieldProblem(String message) {
            JsonPosition at = document.at(path);
            problems.add(new Problem(Problem.Severity.ERROR, name, at.line(), at.column(), path, message));
        }
    }

    /**
     * Why {@code explainer} (absolute) cannot be what a kiosk shows, or empty if it can: it must be
     * a folder, or an existing regular file whose name ends in {@code .json}. Its content is
     * checked when it is loaded (and by {@code --kiosk-config FILE --validate}).
     */
    public static Optional<String> explainerProblem(Path explainer) {
        if (Files.isDirectory(explainer)) {
            return Optional.empty();
        }
        try {
            BoundedFileReader.regularFileAttributes(explainer);
        } catch (NoSuchFileException e) {
            return Optional.of(Wording.format("kiosk.explainer.missing", explainer));
        } catch (IOException e) {
            return Optional.of(Wording.format("kiosk.explainer.unusable", explainer, BoundedFileReader.reason(e)));
        }
        if (!explainer.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.of(Wording.format("kiosk.explainer.wrongName", explainer, ExplainerWatcher.SUFFIX));
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Reading<T> {
        Optional<T> read(JsonElement value);
    }
}
