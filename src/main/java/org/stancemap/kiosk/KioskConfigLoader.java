package org.stancemap.kiosk;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.JsonWords;
import org.stancemap.explainer.Problem;
import org.stancemap.io.Utf8Text;

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
    private static final Pattern AT = Pattern.compile("line (\\d+) column (\\d+)");
    private static final String AFTER_END = "there is more text after the end of the kiosk config";

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
                return failure(name, "the file is not UTF-8 text; save it again as UTF-8");
            }
            return parse(text, name, absolute);
        } catch (BoundedFileReader.NotRegularFileException e) {
            return failure(name, e.kind().equals("a folder") ? "this is a folder, not a kiosk config file"
                    : "this is " + e.kind() + ", not a regular file, so it cannot be a kiosk config");
        } catch (BoundedFileReader.TooLargeException e) {
            return failure(name, "the file is far too large for a kiosk config: " + e.getReason());
        } catch (NoSuchFileException e) {
            return failure(name, "the kiosk config file does not exist");
        } catch (IOException e) {
            return failure(name, "the kiosk config file cannot be read (" + BoundedFileReader.reason(e) + ")");
        } catch (SecurityException e) {
            return failure(name, "the kiosk config file cannot be read (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            return failure(name, "the kiosk config could not be read because of an internal error ("
                    + e.getClass().getSimpleName() + ")");
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
        private JsonReader reader;
        private String path = "$";
        private int line;
        private int column;

        Parse(String text, String name, Path file) {
            this.text = text;
            this.name = name;
            this.file = file;
            Path parent = file.getParent();
            this.folder = parent != null ? parent : file;
        }

        Result run() {
            KioskConfig defaults = KioskConfig.defaults(dirs);
            Optional<Path> explainer = defaults.explainer();
            Duration idle = defaults.idle();
            Duration countdown = defaults.countdown();
            Duration attractStep = defaults.attractStep();
            Optional<String> pinHash = defaults.pinHash();
            Path heartbeat = defaults.heartbeatFile();
            Path logDir = defaults.logDir();
            reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(32);
            boolean ended = false;
            try {
                JsonToken first = reader.peek();
                if (first != JsonToken.BEGIN_OBJECT) {
                    reader = new JsonReader(new StringReader(text)); // back to the first character
                    markValue("$");
                    fieldProblem("the kiosk config should be a JSON object { … } but is " + JsonWords.describe(first));
                    return result(null);
                }
                reader.beginObject();
                Set<String> seen = new HashSet<>();
                while (reader.hasNext()) {
                    String key = reader.nextName();
                    markValue("$." + key);
                    if (!seen.add(key)) {
                        fieldProblem("this setting appears twice; keep only one");
                        reader.skipValue();
                        continue;
                    }
                    switch (key) {
                        case "explainer" -> explainer = nullable(this::explainerPath, Optional.empty(), Optional::of);
                        case "idleSeconds" -> idle = seconds(KioskConfig.MIN_IDLE_SECONDS,
                                KioskConfig.MAX_IDLE_SECONDS, idle);
                        case "countdownSeconds" -> countdown = seconds(KioskConfig.MIN_COUNTDOWN_SECONDS,
                                KioskConfig.MAX_COUNTDOWN_SECONDS, countdown);
                        case "attractStepSeconds" -> attractStep = seconds(KioskConfig.MIN_ATTRACT_STEP_SECONDS,
                                KioskConfig.MAX_ATTRACT_STEP_SECONDS, attractStep);
                        case "pinHash" -> pinHash = nullable(this::pinHash, Optional.empty(), Optional::of);
                        case "heartbeatFile" -> heartbeat = nullable(this::path, defaults.heartbeatFile(), p -> p);
                        case "logDir" -> logDir = nullable(this::path, defaults.logDir(), p -> p);
                        case "comment" -> reader.skipValue();
                        default -> {
                            fieldProblem("“" + key + "” is not a kiosk setting; the settings are "
                                    + String.join(", ", KEYS) + " (and “comment”, which is ignored)");
                            reader.skipValue();
                        }
                    }
                }
                reader.endObject();
                ended = true;
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    syntaxProblem(AFTER_END, reader.toString());
                }
            } catch (EOFException e) {
                syntaxProblem("the file ends too early; a closing } or a value is missing", reader.toString());
            } catch (IOException | IllegalStateException | NumberFormatException e) {
                syntaxProblem(ended ? AFTER_END : plainLanguage(e.getMessage()),
                        e.getMessage() + " " + reader.toString());
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
        private <T, R> R nullable(Reading<T> read, R whenNull, java.util.function.Function<T, R> wrap)
                throws IOException {
            if (reader.peek() == JsonToken.NULL) {
                reader.nextNull();
                return whenNull;
            }
            Optional<T> value = read.read();
            return value.map(wrap).orElse(whenNull);
        }

        private Duration seconds(int min, int max, Duration fallback) throws IOException {
            JsonToken token = reader.peek();
            if (token == JsonToken.NULL) {
                reader.nextNull();
                return fallback;
            }
            if (token != JsonToken.NUMBER) {
                fieldProblem("should be a whole number of seconds but is " + JsonWords.describe(token));
                reader.skipValue();
                return fallback;
            }
            String raw = reader.nextString();
            int value;
            try {
                value = new BigDecimal(raw).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                fieldProblem("should be a whole number of seconds but is " + raw);
                return fallback;
            }
            if (value < min || value > max) {
                fieldProblem("is " + value + " seconds; it must be between " + min + " and " + max);
                return fallback;
            }
            return Duration.ofSeconds(value);
        }

        private Optional<String> text(String what) throws IOException {
            JsonToken token = reader.peek();
            if (token != JsonToken.STRING) {
                fieldProblem("should be " + what + " in quotation marks but is " + JsonWords.describe(token));
                reader.skipValue();
                return Optional.empty();
            }
            return Optional.of(reader.nextString());
        }

        /** A path that must name an explainer file or a folder of them, inside the config's folder if relative. */
        private Optional<Path> explainerPath() throws IOException {
            Optional<String> raw = text("a file or folder name");
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<Path> resolved = resolve(raw.get());
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            Path p = resolved.get();
            if (isRelative(raw.get()) && !p.startsWith(folder)) {
                fieldProblem("“" + raw.get() + "” leads out of the config's folder " + folder + "; a relative"
                        + " explainer path must stay inside that folder, so give an absolute path instead");
                return Optional.empty();
            }
            Optional<String> problem = explainerProblem(p);
            if (problem.isPresent()) {
                fieldProblem(problem.get() + " (relative paths start from the config's folder, " + folder + ")");
                return Optional.empty();
            }
            return resolved;
        }

        private Optional<Path> path() throws IOException {
            Optional<String> raw = text("a file or folder name");
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
                fieldProblem("is empty; give a file or folder name, or leave the setting out for the default");
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
                fieldProblem("“" + value + "” is not a usable file name on this computer");
                return Optional.empty();
            }
        }

        private Optional<String> pinHash() throws IOException {
            Optional<String> raw = text("the line printed by `stancemap --kiosk-pin`");
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            if (raw.get().isEmpty()) {
                fieldProblem("is empty; paste the line printed by `stancemap --kiosk-pin`, or leave “pinHash”"
                        + " out to disable the operator exit");
                return Optional.empty();
            }
            Optional<String> problem = PinHash.problemWith(raw.get());
            problem.ifPresent(this::fieldProblem);
            return problem.isPresent() ? Optional.empty() : raw;
        }

        /**
         * Remembers where the value about to be read starts, for messages about it. Gson's own
         * position after a peek lies past some values (numbers, true/false/null) and before others,
         * so the start is found in the text: past the key (where Gson stands after reading it),
         * the colon and any spaces.
         */
        private void markValue(String valuePath) {
            path = valuePath;
            int[] at = locate(reader.toString());
            int offset = at[0] == Problem.UNKNOWN ? -1 : offsetOf(at[0], at[1]);
            if (offset < 0) {
                line = Problem.UNKNOWN;
                column = Problem.UNKNOWN;
                return;
            }
            boolean colonSeen = valuePath.equals("$");
            while (offset < text.length()) {
                char c = text.charAt(offset);
                if (c == ':' && !colonSeen) {
                    colonSeen = true;
                } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\uFEFF') {
                    break;
                }
                offset++;
            }
            int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
            line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
            column = offset - lineStart + 1;
        }

        /** The offset in the text of a 1-based line and column as Gson counts them, or -1. */
        private int offsetOf(int targetLine, int targetColumn) {
            int offset = 0;
            for (int l = 1; l < targetLine; l++) {
                offset = text.indexOf('\n', offset);
                if (offset < 0) {
                    return -1;
                }
                offset++;
            }
            int result = offset + targetColumn - 1;
            return result >= 0 && result <= text.length() ? result : -1;
        }

        private void fieldProblem(String message) {
            problems.add(new Problem(Problem.Severity.ERROR, name, line, column, path, message));
        }

        private void syntaxProblem(String message, String whereText) {
            int[] at = locate(whereText);
            // Gson's column is just after the character it stopped at.
            int col = at[1] == Problem.UNKNOWN ? Problem.UNKNOWN : Math.max(1, at[1] - 1);
            problems.add(new Problem(Problem.Severity.ERROR, name, at[0], col, "", message));
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
            return Optional.of("the explainer " + explainer + " does not exist");
        } catch (IOException e) {
            return Optional.of("the explainer " + explainer + " cannot be used: " + BoundedFileReader.reason(e));
        }
        if (!explainer.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.of(explainer + " is not an explainer file: its name should end in "
                    + ExplainerWatcher.SUFFIX);
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Reading<T> {
        Optional<T> read() throws IOException;
    }

    private static int[] locate(String text) {
        Matcher m = AT.matcher(text == null ? "" : text);
        if (m.find()) {
            try {
                return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
            } catch (NumberFormatException ignored) {
                // falls through
            }
        }
        return new int[] {Problem.UNKNOWN, Problem.UNKNOWN};
    }

    /** Gson's messages speak to programmers; say what to look for instead. */
    private static String plainLanguage(String gsonMessage) {
        String lower = gsonMessage == null ? "" : gsonMessage.toLowerCase(Locale.ROOT);
        if (lower.contains("unterminated string")) {
            return "a text value is missing its closing quotation mark";
        }
        if (lower.contains("expected ':'")) {
            return "a colon (:) is missing after a setting's name";
        }
        if (lower.contains("expected name") || lower.contains("unterminated object")) {
            return "expected a setting's name in quotation marks, a comma or a closing }";
        }
        if (lower.contains("nesting limit")) {
            return "the file nests too deeply to be a kiosk config";
        }
        return "this is not valid JSON here (check quotation marks, commas and brackets)";
    }

}
