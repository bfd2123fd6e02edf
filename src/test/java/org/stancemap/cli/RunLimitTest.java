package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RunLimitTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void theLimitEndsTheRunWhileTheStartingThreadIsStuck() throws Exception {
        CountDownLatch exited = new CountDownLatch(1);
        AtomicInteger code = new AtomicInteger(-1);
        CountDownLatch neverReleased = new CountDownLatch(1);
        Thread stuck = new Thread(() -> {
            RunLimit.start(Duration.ofMillis(50), "no explainer on screen", errStream, status -> {
                code.set(status);
                exited.countDown();
            });
            try {
                neverReleased.await(); // the window's thread waiting on a file that never answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stuck.setDaemon(true);
        stuck.start();
        assertTrue(exited.await(30, TimeUnit.SECONDS), "the limit never fired");
        assertEquals(1, code.get());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no explainer on screen"));
        stuck.interrupt();
    }

    @Test
    void aRunThatFinishesIsNotEnded() throws Exception {
        AtomicInteger code = new AtomicInteger(-1);
        RunLimit limit = RunLimit.start(Duration.ofMillis(200), "late", errStream, code::set);
        limit.finished();
        Thread watcher = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("run-limit")).findFirst().orElse(null);
        if (watcher != null) {
            watcher.join(10_000);
        }
        assertEquals(-1, code.get());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("late"));
    }
}
