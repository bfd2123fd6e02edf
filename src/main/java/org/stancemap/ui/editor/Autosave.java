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
import org.stancemap.explainer.RecoveryFolder;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * Autosaves the explainer being edited every {@link #PERIOD} while it has changes not yet written,
 * to its own {@link RecoveryFile} (one per explainer file, or per draft not saved yet), and removes
 * that one, and only that one, once the work is saved or closed. It writes only autosaves this
 * running Stancemap owns ({@link RecoveryFolder#claim}), never one another running Stancemap owns,
 * and owns one only while it is this window's work: when the window turns to other work, the
 * last one's autosave stays on disk and is let go, so another running Stancemap may offer it.
 * The clock and the ticker come in from outside, so a test drives the ticks itself.
 */
public final class Autosave {

    public static final Duration PERIOD = Duration.ofSeconds(30);

    /** Seconds between autosaves instead of {@link #PERIOD} (1–3600), for trying crash recovery by hand. */
    static final String PERIOD_PROPERTY = "stancemap.autosaveSeconds";

    /** {@link #PERIOD}, or the period {@code -Dstancemap.autosaveSeconds=N} asks for when N is sensible. */
    public static Duration configuredPeriod() {
        String asked = System.getProperty(PERIOD_PROPERTY, "").strip();
        try {
            long seconds = Long.parseLong(asked);
            return seconds >= 1 && seconds <= 3600 ? Duration.ofSeconds(seconds) : PERIOD;
        } catch (NumberFormatException e) {
            return PERIOD;
        }
    }

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

    private final RecoveryFolder recoveries;
    private final Duration period;
    private final Clock clock;
    private final Ticker ticker;
    private final Executor writer;
    private final BiConsumer<String, Boolean> notices;
    private Runnable stopTicking = () -> { };
    private EditHistory history;
    private Supplier<Optional<Path>> file = Optional::empty;
    private Explainer lastWritten;
    /** The autosave this work went to last, which a save or close removes; read and written on {@code writer} only. */
    private RecoveryFile written;
    /** The key of this work's autosave if it has no file; made at its first write (a random key costs a seeding). */
    private String draftKey;
    private boolean failureTold;
    /** The work {@link #handOver} named, until the stop it is for. */
    private EditHistory handingOver;

    /** Writes on {@code writer} (one write at a time, in order); {@code notices} hears a failed write once. */
    public Autosave(RecoveryFolder recoveries, Clock clock, Ticker ticker, Executor writer,
                    BiConsumer<String, Boolean> notices) {
        this.recoveries = recoveries;
        this.period = configuredPeriod();
        this.clock = clock;
        this.ticker = ticker;
        this.writer = writer;
        this.notices = notices;
    }

    public RecoveryFolder recoveries() {
        return recoveries;
    }

    /** Starts autosaving {@code edited}, which belongs to the file {@code file} gives (if any). */
    public void watch(EditHistory edited, Supplier<Optional<Path>> fileOfIt) {
        stopTicking.run();
        handingOver = null;
        if (edited != history) {
            // Other work: a draft of its own if it has no file. The last work's autosave, if any, is
            // neither saved nor given up, so it stays, but no longer as this window's: another
            // running Stancemap may offer it from now on.
            draftKey = null;
            writer.execute(this::letGoOfWritten);
        }
        this.history = edited;
        this.file = fileOfIt;
        this.lastWritten = edited.isModified() ? null : edited.current();
        stopTicking = ticker.every(period, this::tick);
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
        if (draftKey == null) {
            draftKey = RecoveryFolder.newDraftKey();
        }
        String draft = draftKey;
        java.time.Instant at = clock.instant();
        writer.execute(() -> {
            try {
                RecoveryFile to = ownedTarget(target, draft);
                saveOrLetGo(to, now, target, at);
                RecoveryFile before = written;
                written = to;
                if (before != null && !before.equals(to)) {
                    // Saved elsewhere since: the work's autosave moved with it.
                    recoveries.remove(before);
                }
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> tellFailure(e));
            }
        });
    }

    /** Writes {@code to}; one claimed just for this write that failed is not kept from other instances. */
    private void saveOrLetGo(RecoveryFile to, Explainer explainer, Optional<Path> target, java.time.Instant at)
            throws IOException {
        try {
            to.save(explainer, target, at);
        } catch (IOException | RuntimeException e) {
            if (!to.equals(written)) {
                recoveries.release(to);
            }
            throw e;
        }
    }

    /** Forgets the autosave this work went to, keeping it on disk and letting other instances have it; on {@code writer}. */
    private void letGoOfWritten() {
        RecoveryFile left = written;
        written = null;
        if (left != null) {
            recoveries.release(left);
        }
    }

    /**
     * Where this work is autosaved: its file's autosave, unless another running Stancemap owns
     * that one (it is editing the same file), in which case a draft's of its own, so neither
     * overwrites the other's work.
     */
    private RecoveryFile ownedTarget(Optional<Path> target, String draft) throws IOException {
        if (target.isPresent()) {
            RecoveryFile ofFile = recoveries.forFile(target.get());
            if (recoveries.claim(ofFile)) {
                return ofFile;
            }
        }
        RecoveryFile ofDraft = recoveries.forDraft(draft);
        if (!recoveries.claim(ofDraft)) {
            throw new IOException(Messages.format("autosave.notOwned", ofDraft.explainerFile()));
        }
        return ofDraft;
    }

    /**
     * The work being watched was restored from {@code from}: it goes on being autosaved there (a
     * draft keeps its key), and saving or closing it removes that autosave.
     */
    public void adopt(RecoveryFile from) {
        writer.execute(() -> written = from);
        if (from.key().startsWith("draft-")) {
            draftKey = from.key();
        }
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
        if (handingOver != null && handingOver == history) {
            // The same work goes on in the next pane, which watches it again: its autosave stays.
            handingOver = null;
            return;
        }
        handingOver = null;
        history = null;
        discard();
    }

    /**
     * The work being watched is about to move to another pane (a review's work to the editor), which
     * will {@link #watch} it again: the next {@link #stop} keeps its autosave rather than removing
     * it, so that unsaved work is never without one in between.
     */
    public void handOver(EditHistory work) {
        handingOver = work;
    }

    private void discard() {
        writer.execute(() -> {
            RecoveryFile mine = written;
            written = null;
            if (mine == null) {
                return;
            }
            try {
                recoveries.remove(mine);
            } catch (IOException | RuntimeException e) {
                // A leftover is offered at the next start and can be discarded there.
            }
        });
    }

    private void tellFailure(Exception e) {
        if (!failureTold) {
            failureTold = true;
            notices.accept(Messages.format("autosave.failed", recoveries.folder(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }
}
