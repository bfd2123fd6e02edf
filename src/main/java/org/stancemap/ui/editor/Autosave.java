package org.stancemap.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import org.stancemap.edit.EditHistory;
import org.stancemap.explainer.RecoveryFile;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * Autosaves the explainer being edited to the {@link RecoveryFile} every {@link #PERIOD} while it
 * has changes not yet written, and removes the recovery file once the work is saved or closed.
 * The clock and the ticker come in from outside, so a test drives the ticks itself.
 */
public final class Autosave {

    public static final Duration PERIOD = Duration.ofSeconds(30);

    /** Calls a tick every period until the returned handle is run. */
    @FunctionalInterface
    public interface Ticker {
        Runnable every(Duration period, Runnable tick);
    }

    /** The ticker of the running app: a timeline on the FX thread. */
    public static Ticker fxTicker() {
        return (period, tick) -> {
            Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
            timeline.setCycleCount(Timeline.INDEFINITE);
            timeline.play();
            return timeline::stop;
        };
    }

    private final RecoveryFile recovery;
    private final Clock clock;
    private final Ticker ticker;
    private final Executor writer;
    private final BiConsumer<String, Boolean> notices;
    private Runnable stopTicking = () -> { };
    private EditHistory history;
    private Supplier<Optional<Path>> file = Optional::empty;
    private Explainer lastWritten;
    private boolean failureTold;

    /** Writes on {@code writer} (one write at a time, in order); {@code notices} hears a failed write once. */
    public Autosave(RecoveryFile recovery, Clock clock, Ticker ticker, Executor writer,
                    BiConsumer<String, Boolean> notices) {
        this.recovery = recovery;
        this.clock = clock;
        this.ticker = ticker;
        this.writer = writer;
        this.notices = notices;
    }

    public RecoveryFile recovery() {
        return recovery;
    }

    /** Starts autosaving {@code edited}, which belongs to the file {@code file} gives (if any). */
    public void watch(EditHistory edited, Supplier<Optional<Path>> fileOfIt) {
        stopTicking.run();
        this.history = edited;
        this.file = fileOfIt;
        this.lastWritten = edited.isModified() ? null : edited.current();
        stopTicking = ticker.every(PERIOD, this::tick);
    }

    /** One autosave: writes the explainer if it changed since the last write and is not saved. */
    public void tick() {
        if (history == null) {
            return;
        }
        Explainer now = history.current();
        if (!history.isModified()) {
            if (lastWritten != now) {
                lastWritten = now;
                discard();
            }
            return;
        }
        if (now == lastWritten) {
            return;
        }
        lastWritten = now;
        Optional<Path> target = file.get();
        java.time.Instant at = clock.instant();
        writer.execute(() -> {
            try {
                recovery.save(now, target, at);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> tellFailure(e));
            }
        });
    }

    /** The work was saved: the recovery file is no longer needed. */
    public void saved() {
        if (history != null) {
            lastWritten = history.current();
        }
        discard();
    }

    /** Editing ended (saved, or the changes given up): stops ticking and removes the recovery file. */
    public void stop() {
        stopTicking.run();
        stopTicking = () -> { };
        history = null;
        discard();
    }

    private void discard() {
        writer.execute(() -> {
            try {
                recovery.remove();
            } catch (IOException | RuntimeException e) {
                // A leftover is offered at the next start and can be discarded there.
            }
        });
    }

    private void tellFailure(Exception e) {
        if (!failureTold) {
            failureTold = true;
            notices.accept(Messages.format("autosave.failed", recovery.folder(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }
}
