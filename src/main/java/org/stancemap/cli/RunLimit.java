package org.stancemap.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Ends the process when a run has not finished within its limit, from a thread of its own, so the
 * limit holds whatever else is stuck (the window's thread waiting on a file, the toolkit not
 * starting). {@code --smoke} uses it: an installer's check must end.
 */
public final class RunLimit {

    private final CountDownLatch done = new CountDownLatch(1);

    private RunLimit() {
    }

    /**
     * Starts the limit: unless {@link #finished()} is called within {@code limit}, prints
     * {@code message} to {@code err} and calls {@code exit} with 1.
     */
    public static RunLimit start(Duration limit, String message, PrintStream err, IntConsumer exit) {
        RunLimit run = new RunLimit();
        Thread watcher = new Thread(() -> {
            try {
                if (!run.done.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    err.println(message);
                    exit.accept(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "run-limit");
        watcher.setDaemon(true);
        watcher.start();
        return run;
    }

    /** The run ended in time: the limit will not fire. */
    public void finished() {
        done.countDown();
    }
}
