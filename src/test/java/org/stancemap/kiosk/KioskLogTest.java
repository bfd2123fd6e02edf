package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.Problem;

class KioskLogTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:15:30.250Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private KioskLog log(Path folder, long maxBytes, int files) {
        return new KioskLog(folder, CLOCK, maxBytes, files, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachLineStartsWithTheTimeAndTheLevel() throws IOException {
        KioskLog log = log(dir, 10_000, 3);
        log.info("kiosk started");
        log.warn("first line\nsecond line");
        assertEquals("""
                2025-03-01T09:15:30.250Z INFO kiosk started
                2025-03-01T09:15:30.250Z WARN first line
                2025-03-01T09:15:30.250Z WARN second line
                """, read(dir.resolve("kiosk.log")));
        assertTrue(log.writingToFile());
        assertEquals("", stderr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsThreadTraceAndCause() throws IOException {
        KioskLog log = log(dir, 100_000, 3);
        Thread thread = new Thread(() -> { }, "JavaFX Application Thread");
        log.uncaughtException(thread, new IllegalStateException("map lost its camera",
                new ArithmeticException("zoom by zero")));
        String text = read(dir.resolve("kiosk.log"));
        assertTrue(text.contains("ERROR uncaught exception in thread “JavaFX Application Thread”"), text);
        assertTrue(text.contains("ERROR java.lang.IllegalStateException: map lost its camera"), text);
        assertTrue(text.contains("ERROR \tat org.stancemap.kiosk.KioskLogTest."), text);
        assertTrue(text.contains("Caused by: java.lang.ArithmeticException: zoom by zero"), text);
        assertTrue(text.lines().allMatch(line -> line.startsWith("2025-03-01T09:15:30.250Z ERROR ")));
    }

    @Test
    void refusedContentListsEveryProblem() throws IOException {
        KioskLog log = log(dir, 100_000, 3);
        log.refused("/srv/exhibit.stancemap.json", List.of(
                new Problem(Problem.Severity.ERROR, "/srv/exhibit.stancemap.json", 4, 3, "", "a colon is missing"),
                new Problem(Problem.Severity.ERROR, "/srv/exhibit.stancemap.json", 9, 5, "$.actors[2].name",
                        "is empty")));
        String text = read(dir.resolve("kiosk.log"));
        assertTrue(text.contains("WARN refused new content from /srv/exhibit.stancemap.json"), text);
        assertTrue(text.contains("WARN   /srv/exhibit.stancemap.json:4:3: a colon is missing"), text);
        assertTrue(text.contains("$.actors[2].name: is empty (line 9, column 5)"), text);
    }

    @Test
    void theLogRotatesBeforeItPassesItsLimitAndKeepsOnlySoManyFiles() throws IOException {
        KioskLog log = log(dir, 200, 3);
        for (int i = 0; i < 20; i++) {
            log.info("entry " + String.format("%02d", i) + " " + "x".repeat(20)); // 60 bytes a line
        }
        assertEquals(List.of("kiosk.log", "kiosk.log.1", "kiosk.log.2"), names());
        for (String name : names()) {
            assertTrue(Files.size(dir.resolve(name)) <= 200, name + " is " + Files.size(dir.resolve(name)) + " bytes");
        }
        String current = read(dir.resolve("kiosk.log"));
        assertTrue(current.contains("entry 19"), current);
        String oldest = read(dir.resolve("kiosk.log.2"));
        assertFalse(oldest.contains("entry 00"), "the oldest entries are gone");
        // Three lines fit a file: 0-2, 3-5, … 15-17 filled files, 18-19 is the current one.
        assertTrue(oldest.startsWith("2025-03-01T09:15:30.250Z INFO entry 12 "), oldest);
        assertTrue(read(dir.resolve("kiosk.log.1")).startsWith("2025-03-01T09:15:30.250Z INFO entry 15 "));
        assertTrue(current.startsWith("2025-03-01T09:15:30.250Z INFO entry 18 "), current);
        String all = oldest + read(dir.resolve("kiosk.log.1")) + current;
        assertFalse(all.contains("entry 11"), all);
    }

    @Test
    void withOneFileTheLogStartsAfresh() throws IOException {
        KioskLog log = log(dir, 100, 1);
        log.info("a".repeat(60));
        log.info("b".repeat(60));
        assertEquals(List.of("kiosk.log"), names());
        assertFalse(read(dir.resolve("kiosk.log")).contains("aaa"));
    }

    @Test
    void anUnwritableLogFolderNeverThrowsAndFallsBackToStandardError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("logs"), "a file where the folder should be");
        KioskLog log = log(blocker, 10_000, 3);
        assertDoesNotThrow(() -> log.info("kiosk started"));
        assertDoesNotThrow(() -> log.logException(Thread.currentThread(), new RuntimeException("boom")));
        assertDoesNotThrow(() -> log.warn("still here"));
        assertFalse(log.writingToFile());
        String err = stderr.toString(StandardCharsets.UTF_8);
        assertEquals(1, err.split("cannot write the kiosk log", -1).length - 1, "said once: " + err);
        assertTrue(err.contains("INFO kiosk started"), err);
        assertTrue(err.contains("java.lang.RuntimeException: boom"), err);
        assertTrue(err.contains("WARN still here"), err);

        Files.delete(blocker);
        log.info("disk is back");
        assertTrue(log.writingToFile());
        assertTrue(read(blocker.resolve("kiosk.log")).contains("INFO disk is back"));
    }

    @Test
    void javaUtilLoggingMessagesGoIntoTheLog() throws IOException {
        KioskLog log = log(dir, 10_000, 3);
        LogRecord record = new LogRecord(Level.WARNING, "settings not saved: {0}");
        record.setParameters(new Object[] {"disk full"});
        record.setLoggerName("org.stancemap.ui.UserSettings");
        log.handler().publish(record);
        LogRecord fine = new LogRecord(Level.FINE, "too detailed");
        log.handler().publish(fine);
        String text = read(dir.resolve("kiosk.log"));
        assertTrue(text.contains("WARN org.stancemap.ui.UserSettings: settings not saved: disk full"), text);
        assertFalse(text.contains("too detailed"), "a handler logs INFO and above by default");
    }
}
