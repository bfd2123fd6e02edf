package org.stancemap.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The window's work off the FX thread, one queue per kind so that a slow export never holds up a
 * note being saved. Each queue runs its tasks in order on one daemon thread, started with its first
 * task. The application owns one and hands each queue to whoever needs it; {@link #close} lets
 * what is queued finish, so notes and settings written as the window closes are not lost.
 */
public final class BackgroundWork implements AutoCloseable {

    /** Every thread of these queues has a name starting with this. */
    public static final String THREAD_PREFIX = "stancemap-";
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(5);

    private final ExecutorService loading = queue("loading");
    private final ExecutorService exports = queue("export");
    private final ExecutorService notes = queue("notes");
    private final ExecutorService settings = queue("settings");

    private static ExecutorService queue(String name) {
        return Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, THREAD_PREFIX + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reading explainers the reader opens. */
    public Executor loading() {
        return loading;
    }

    /** Map pictures, the handout and exported notes. */
    public Executor exports() {
        return exports;
    }

    /** Reading and saving the reader's notes, in order. */
    public Executor notes() {
        return notes;
    }

    /** Saving the user's settings, in order. */
    public Executor settings() {
        return settings;
    }

    /**
     * Takes no more work and waits for what is queued, up to five seconds in all: a queue still
     * busy then is stopped (its threads are daemons, so they never keep the JVM alive).
     */
    @Override
    public void close() {
        List<ExecutorService> all = List.of(notes, settings, exports, loading);
        all.forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        try {
            for (ExecutorService queue : all) {
                queue.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.stream().filter(queue -> !queue.isTerminated()).forEach(ExecutorService::shutdownNow);
    }

    /** Whether every queue has been closed and has finished its work. */
    public boolean isClosed() {
        return loading.isTerminated() && exports.isTerminated() && notes.isTerminated() && settings.isTerminated();
    }
}
