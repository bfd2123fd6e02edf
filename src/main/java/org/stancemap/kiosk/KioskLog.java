package org.stancemap.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.stancemap.explainer.Problem;
import org.stancemap.io.Wording;

/**
 * The kiosk's own log: plain text lines, each starting with the local time and a level, in
 * {@code kiosk.log}, which is renamed {@code kiosk.log.1} (and the older ones shifted up to
 * {@code kiosk.log.N-1}, the oldest deleted) before it would grow past its size limit. An unattended
 * kiosk is inspected rarely and perhaps only after a restart, so what went wrong must outlive the
 * process; and a kiosk may run for years, so the log must not grow without end.
 *
 * <p>Logging never throws into the caller: if the folder cannot be created or written (a full or
 * read-only disk), the lines go to standard error instead (the journal, under systemd) and the
 * file is tried again with the next line. Safe to use from any thread.
 *
 * <p>Install it for uncaught exceptions with {@code Thread.setDefaultUncaughtExceptionHandler(log)}
 * (the FX thread uses that too), and for the app's {@code java.util.logging} messages with
 * {@code Logger.getLogger("").addHandler(log.handler())}.
 */
public final class KioskLog implements Thread.UncaughtExceptionHandler {

    public static final String FILE_NAME = "kiosk.log";
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    /** The current file and four older ones. */
    public static final int DEFAULT_FILES = 5;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
            Locale.ROOT);

    private final Path dir;
    private final Path file;
    private final Clock clock;
    private final long maxBytes;
    private final int files;
    private final PrintStream fallback;
    private boolean writingToFile = true;

    /** A log in {@code dir} with the default limits, falling back to standard error. */
    public static KioskLog open(Path dir) {
        return new KioskLog(dir, Clock.systemDefaultZone(), DEFAULT_MAX_BYTES, DEFAULT_FILES, System.err);
    }

    KioskLog(Path dir, Clock clock, long maxBytes, int files, PrintStream fallback) {
        if (maxBytes < 1 || files < 1) {
            throw new IllegalArgumentException("a log needs a positive size limit and at least one file");
        }
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(FILE_NAME);
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.files = files;
        this.fallback = fallback;
    }

    /** The current log file. */
    public Path file() {
        return file;
    }

    /** Whether the last line reached the file (and not only standard error). */
    public synchronized boolean writingToFile() {
        return writingToFile;
    }

    public void info(String message) {
        write("INFO", message);
    }

    public void warn(String message) {
        write("WARN", message);
    }

    public void error(String message, Throwable cause) {
        write("ERROR", cause == null ? message : message + "\n" + trace(cause));
    }

    /** New explainer content that did not load: which file, and every problem, one a line. */
    public void refused(String file, List<Problem> problems) {
        StringBuilder text = new StringBuilder(Wording.format("kiosk.log.refused", file));
        for (Problem problem : problems) {
            text.append('\n').append("  ").append(problem.format());
        }
        write("WARN", text.toString());
    }

    /** An exception nobody caught, with its thread and whole stack trace. */
    public void logException(Thread thread, Throwable error) {
        String where = thread == null ? Wording.get("kiosk.log.unknownThread")
                : Wording.format("kiosk.log.thread", thread.getName());
        write("ERROR", Wording.format("kiosk.log.uncaught", where) + "\n" + trace(error));
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        logException(thread, error);
    }

    /** A {@code java.util.logging} handler that writes INFO and above into this log. */
    public Handler handler() {
        Handler handler = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                if (record == null || !isLoggable(record)) {
                    return;
                }
                int level = record.getLevel().intValue();
                String label = level >= java.util.logging.Level.SEVERE.intValue() ? "ERROR"
                        : level >= java.util.logging.Level.WARNING.intValue() ? "WARN" : "INFO";
                String text = record.getLoggerName() + ": " + formatter.formatMessage(record);
                write(label, record.getThrown() == null ? text : text + "\n" + trace(record.getThrown()));
            }

            @Override
            public void flush() {
                // every line is written when it is published
            }

            @Override
            public void close() {
                // nothing is held open
            }
        };
        handler.setLevel(java.util.logging.Level.INFO);
        return handler;
    }

    private synchronized void write(String level, String message) {
        String text;
        try {
            text = format(level, message == null ? "null" : message);
        } catch (RuntimeException e) {
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(dir);
            rotateIfNeeded(bytes.length);
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            writingToFile = true;
        } catch (IOException | RuntimeException e) {
            if (writingToFile) {
                writingToFile = false;
                fallback.print(format("WARN", Wording.format("kiosk.log.cannotWrite", file,
                        e.getClass().getSimpleName())));
            }
            fallback.print(text);
            fallback.flush();
        }
    }

    /** Every line gets the time and level, so that grep finds whole stack traces too. */
    private String format(String level, String message) {
        String prefix = ZonedDateTime.now(clock).format(STAMP) + " " + level + " ";
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R", -1)) {
            out.append(prefix).append(line).append('\n');
        }
        return out.toString();
    }

    private void rotateIfNeeded(int incoming) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return;
        }
        if (size == 0 || size + incoming <= maxBytes) {
            return;
        }
        if (files == 1) {
            Files.delete(file);
            return;
        }
        Files.deleteIfExists(numbered(files - 1));
        for (int i = files - 2; i >= 1; i--) {
            Path older = numbered(i);
            if (Files.exists(older)) {
                Files.move(older, numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
    }

    Path numbered(int n) {
        return dir.resolve(FILE_NAME + "." + n);
    }

    private static String trace(Throwable error) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            error.printStackTrace(writer);
        } catch (RuntimeException e) {
            return String.valueOf(error);
        }
        return out.toString().stripTrailing();
    }
}
