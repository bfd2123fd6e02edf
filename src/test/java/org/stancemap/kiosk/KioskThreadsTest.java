package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's heartbeat proves the UI thread is alive and nothing else: a slow content load does
 * not stop it, a UI thread that stops answering does. Clocks are the test's own; the slow load
 * is a latch.
 */
class KioskThreadsTest {

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
    private final ExecutorService contentThread = Executors.newSingleThreadExecutor();
    /** The UI thread's queue, run when the test says the UI thread gets to it. */
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final List<String> said = new ArrayList<>();

    @AfterEach
    void stop() {
        contentThread.shutdownNow();
    }

    private Heartbeat heartbeat() {
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        return new Heartbeat(dir.resolve("heartbeat"), clock, said::add);
    }

    private String beat() throws Exception {
        return Files.readString(dir.resolve("heartbeat")).strip();
    }

    private void fiveSecondsPass() {
        nanos.addAndGet(Duration.ofSeconds(5).toNanos());
        millis.addAndGet(5000);
    }

    private void uiThreadRunsItsQueue() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    @Test
    void theHeartbeatAdvancesWhileASlowLoadRuns() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch fileArrives = new CountDownLatch(1);
        ContentPoller poller = new ContentPoller(() -> {
            loading.countDown();
            try {
                fileArrives.await(); // a file on a share that does not answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExplainerWatcher.Outcome(ExplainerWatcher.Kind.UNCHANGED, Optional.empty(), Optional.empty(),
                    List.of());
        }, contentThread, outcome -> { }, said::add, nanos::get, Duration.ofSeconds(60));
        LiveHeartbeat live = new LiveHeartbeat(heartbeat(), uiQueue::add, nanos::get, Duration.ofSeconds(10));

        assertTrue(poller.pollNow());
        assertTrue(loading.await(30, TimeUnit.SECONDS), "the load did not start");
        List<String> beats = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fiveSecondsPass();
            assertTrue(live.tick(), "no beat while the load runs");
            beats.add(beat());
            uiThreadRunsItsQueue();
            assertFalse(poller.pollNow(), "a second look must not queue behind the slow one");
        }
        assertEquals(4, beats.stream().distinct().count(), "the heartbeat file did not change: " + beats);
        assertTrue(poller.busy(), "the load is still running");
        fileArrives.countDown();
    }

    @Test
    void theBeatsStopWhenTheUiThreadStopsAnswering() throws Exception {
        LiveHeartbeat live = new LiveHeartbeat(heartbeat(), uiQueue::add, nanos::get, Duration.ofSeconds(10));
        fiveSecondsPass();
        assertTrue(live.tick());
        uiThreadRunsItsQueue();
        String last = beat();
        // From now on the UI thread is hung: its queue is never run.
        fiveSecondsPass();
        assertTrue(live.tick(), "5 s of silence is within the limit");
        fiveSecondsPass();
        assertTrue(live.tick(), "10 s of silence is within the limit");
        fiveSecondsPass();
        assertFalse(live.tick(), "15 s without an answer: no beat");
        assertEquals(1, uiQueue.size(), "one question at a time, not one per tick");
        String stale = beat();
        fiveSecondsPass();
        live.tick();
        assertEquals(stale, beat(), "the heartbeat file stays as it was, so the watchdog restarts the app");
        assertTrue(!last.equals(stale));
        uiThreadRunsItsQueue(); // the UI thread recovers
        fiveSecondsPass();
        assertTrue(live.tick(), "beats again once the UI thread answers");
    }

    @Test
    void aLoadRunningPastTheLimitIsSaidOnceAndTheKioskGoesOn() throws Exception {
        CountDownLatch fileArrives = new CountDownLatch(1);
        CountDownLatch loading = new CountDownLatch(1);
        ContentPoller poller = new ContentPoller(() -> {
            loading.countDown();
            try {
                fileArrives.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ExplainerWatcher.Outcome(ExplainerWatcher.Kind.UNCHANGED, Optional.empty(), Optional.empty(),
                    List.of());
        }, contentThread, outcome -> { }, said::add, nanos::get, Duration.ofSeconds(60));
        poller.pollNow();
        assertTrue(loading.await(30, TimeUnit.SECONDS));
        for (int i = 0; i < 20; i++) {
            fiveSecondsPass();
            poller.pollNow();
        }
        assertEquals(1, said.stream().filter(s -> s.contains("more than 60 s")).count(), said.toString());
        fileArrives.countDown();
    }
}
