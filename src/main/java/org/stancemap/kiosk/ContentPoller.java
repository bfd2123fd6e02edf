package org.stancemap.kiosk;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.stancemap.io.Wording;

/**
 * Looks at the kiosk's content on a thread of its own, one look at a time, and never waits for a
 * look: while one is still running (a slow network share, a huge file) the next is skipped, and
 * once it has run longer than the limit this is said once, so the rest of the kiosk (heartbeat,
 * PIN checks, the idle countdown) goes on and the current content stays on screen.
 */
public final class ContentPoller {

    /** Longer than any honest load of a 10 MB explainer, even from a slow share. */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private static final long IDLE = Long.MIN_VALUE;

    private final Supplier<ExplainerWatcher.Outcome> poll;
    private final ExecutorService thread;
    private final Consumer<ExplainerWatcher.Outcome> outcomes;
    private final Consumer<String> overLimit;
    private final LongSupplier nanoTime;
    private final long limit;
    private final AtomicLong runningSince = new AtomicLong(IDLE);
    private volatile boolean told;

    /**
     * @param poll      one look ({@code watcher::poll})
     * @param thread    the content's own single thread
     * @param outcomes  told what each finished look found, on that thread
     * @param overLimit told once, in words for the log, when a look runs past {@code limit}
     */
    public ContentPoller(Supplier<ExplainerWatcher.Outcome> poll, ExecutorService thread,
                         Consumer<ExplainerWatcher.Outcome> outcomes, Consumer<String> overLimit,
                         LongSupplier nanoTime, Duration limit) {
        this.poll = poll;
        this.thread = thread;
        this.outcomes = outcomes;
        this.overLimit = overLimit;
        this.nanoTime = nanoTime;
        this.limit = limit.toNanos();
    }

    /** Starts a look unless one is running; returns whether it started one. Never blocks. */
    public boolean pollNow() {
        long now = nanoTime.getAsLong();
        if (!runningSince.compareAndSet(IDLE, now)) {
            long since = runningSince.get();
            if (since != IDLE && now - since > limit && !told) {
                told = true;
                overLimit.accept(Wording.format("kiosk.log.slowLoad", Duration.ofNanos(limit).toSeconds()));
            }
            return false;
        }
        try {
            thread.execute(() -> {
                try {
                    outcomes.accept(poll.get());
                } finally {
                    runningSince.set(IDLE);
                    told = false;
                }
            });
        } catch (RuntimeException e) {
            runningSince.set(IDLE);
            throw e;
        }
        return true;
    }

    /** Whether a look is running now. */
    public boolean busy() {
        return runningSince.get() != IDLE;
    }
}
