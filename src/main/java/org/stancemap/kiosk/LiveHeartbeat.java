package org.stancemap.kiosk;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Beats the {@link Heartbeat} from a thread of its own, but only while the UI thread is alive: each
 * {@link #tick()} asks the UI thread to answer (one question at a time, so a hung UI thread does
 * not pile them up) and beats only if an answer came within {@code maxSilence}. So a slow file
 * being loaded elsewhere never stops the beats, and a hung window always does, which is what the
 * watchdog needs to know.
 */
public final class LiveHeartbeat {

    /** How long the UI thread may go without answering before the beats stop. */
    public static final Duration MAX_SILENCE = Heartbeat.INTERVAL.multipliedBy(2);

    private final Heartbeat heartbeat;
    private final Executor uiThread;
    private final LongSupplier nanoTime;
    private final long maxSilence;
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile long lastAnswer;

    /**
     * @param uiThread runs a task on the UI thread ({@code Platform::runLater})
     * @param nanoTime a monotonic clock ({@code System::nanoTime})
     */
    public LiveHeartbeat(Heartbeat heartbeat, Executor uiThread, LongSupplier nanoTime, Duration maxSilence) {
        this.heartbeat = heartbeat;
        this.uiThread = uiThread;
        this.nanoTime = nanoTime;
        this.maxSilence = maxSilence.toNanos();
        this.lastAnswer = nanoTime.getAsLong();
    }

    /** Beats if the UI thread answered recently, then asks it again. Answers whether it beat. */
    public boolean tick() {
        boolean alive = nanoTime.getAsLong() - lastAnswer <= maxSilence;
        boolean beat = alive && heartbeat.beat();
        if (asking.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                lastAnswer = nanoTime.getAsLong();
                asking.set(false);
            });
        }
        return beat;
    }
}
