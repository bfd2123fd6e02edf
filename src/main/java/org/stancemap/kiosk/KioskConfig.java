package org.stancemap.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a kiosk runs: what it shows, when it falls idle, who may leave it, and where it reports.
 * Made by {@link KioskConfigLoader} from a config file, or {@link #defaults()} without one.
 *
 * @param source        the config file this came from; empty for the defaults
 * @param explainer     the explainer file, or a folder holding one (see {@link ExplainerWatcher});
 *                      empty for the explainer that ships with the app
 * @param idle          time without input before the "Are you still there?" countdown
 * @param countdown     length of that countdown, after which the kiosk resets and the attract loop starts
 * @param attractStep   how long the attract loop shows each tour step
 * @param pinHash       the operator PIN as made by {@link PinHash#create}; empty disables the operator exit
 * @param heartbeatFile the file the heartbeat is written to, for the watchdog
 * @param logDir        the folder of the rotating kiosk log
 */
public record KioskConfig(Optional<Path> source, Optional<Path> explainer, Duration idle, Duration countdown,
                          Duration attractStep, Optional<String> pinHash, Path heartbeatFile, Path logDir) {

    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(90);
    public static final Duration DEFAULT_COUNTDOWN = Duration.ofSeconds(15);
    public static final Duration DEFAULT_ATTRACT_STEP = Duration.ofSeconds(12);

    /** Shorter than this and a visitor reading a caption gets interrupted. */
    public static final int MIN_IDLE_SECONDS = 10;
    public static final int MAX_IDLE_SECONDS = 3600;
    public static final int MIN_COUNTDOWN_SECONDS = 5;
    public static final int MAX_COUNTDOWN_SECONDS = 300;
    public static final int MIN_ATTRACT_STEP_SECONDS = 3;
    public static final int MAX_ATTRACT_STEP_SECONDS = 600;

    /**
     * The exit status of the app when the operator leaves kiosk mode with the PIN. The watchdog
     * script and the systemd unit treat it as "stay stopped"; every other exit is restarted.
     */
    public static final int OPERATOR_EXIT_STATUS = 3;

    public KioskConfig {
        Objects.requireNonNull(source);
        Objects.requireNonNull(explainer);
        Objects.requireNonNull(idle);
        Objects.requireNonNull(countdown);
        Objects.requireNonNull(attractStep);
        Objects.requireNonNull(pinHash);
        Objects.requireNonNull(heartbeatFile);
        Objects.requireNonNull(logDir);
    }

    /** The built-in explainer, default times, no PIN, log and heartbeat in this machine's usual places. */
    public static KioskConfig defaults() {
        return defaults(KioskDirs.forThisMachine());
    }

    public static KioskConfig defaults(KioskDirs dirs) {
        return new KioskConfig(Optional.empty(), Optional.empty(), DEFAULT_IDLE, DEFAULT_COUNTDOWN,
                DEFAULT_ATTRACT_STEP, Optional.empty(), dirs.heartbeatFile(), dirs.logDir());
    }

    /** Whether the hidden chord may lead to the PIN prompt at all. */
    public boolean operatorExitEnabled() {
        return pinHash.isPresent();
    }

    public KioskConfig withExplainer(Path file) {
        return new KioskConfig(source, Optional.of(file), idle, countdown, attractStep, pinHash, heartbeatFile, logDir);
    }

    public KioskConfig withHeartbeatFile(Path file) {
        return new KioskConfig(source, explainer, idle, countdown, attractStep, pinHash, file, logDir);
    }

    /** Never shows the hash itself: a config may be printed into a log. */
    @Override
    public String toString() {
        return "KioskConfig[source=" + source.map(Path::toString).orElse("(defaults)")
                + ", explainer=" + explainer.map(Path::toString).orElse("(built-in)")
                + ", idle=" + idle.toSeconds() + "s, countdown=" + countdown.toSeconds()
                + "s, attractStep=" + attractStep.toSeconds() + "s, operatorExit="
                + (operatorExitEnabled() ? "PIN set" : "disabled") + ", heartbeatFile=" + heartbeatFile
                + ", logDir=" + logDir + "]";
    }
}
