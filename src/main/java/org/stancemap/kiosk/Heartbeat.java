package org.stancemap.kiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.Wording;

/**
 * Tells the watchdog that the UI is alive. The kiosk calls {@link #beat()} every
 * {@link #INTERVAL} from a thread of its own, and only while the FX thread answers (see
 * {@code LiveHeartbeat}), so a hung FX thread stops the beats and the watchdog
 * ({@code packaging/linux/stancemap-kiosk}) restarts the app. Each beat replaces
 * the file's content with the current time in epoch milliseconds and a newline, in one atomic
 * step, so the watchdog never reads half a number. The watchdog only looks for the content to
 * change, so a wall clock that jumps (a kiosk without a battery-backed clock setting its time at
 * boot) does not fool it.
 */
public final class Heartbeat {

    /** How often the kiosk should beat; the watchdog's default limit is several times this. */
    public static final Duration INTERVAL = Duration.ofSeconds(5);

    private final Path file;
    private final Clock clock;
    private final Consumer<String> report;
    private boolean failing;

    /**
     * @param report told, in words for the log, when beats start failing and when they work again;
     *               not on every failed beat
     */
    public Heartbeat(Path file, Clock clock, Consumer<String> report) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
        this.report = report;
    }

    public Path file() {
        return file;
    }

    /** Writes the current time to the file. Never throws; answers whether it worked. */
    public boolean beat() {
        byte[] content = (clock.millis() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            AtomicFile.write(file, content, false);
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                failing = true;
                report.accept(Wording.format("kiosk.log.heartbeat.cannotWrite", file, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
            return false;
        }
        if (failing) {
            failing = false;
            report.accept(Wording.format("kiosk.log.heartbeat.again", file));
        }
        return true;
    }
}
