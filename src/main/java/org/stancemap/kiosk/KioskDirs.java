package org.stancemap.kiosk;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where a kiosk keeps its log and heartbeat when its config does not say. The data folder follows
 * each platform's habit: on Linux {@code $XDG_DATA_HOME/stancemap/kiosk} or
 * {@code ~/.local/share/stancemap/kiosk}; on Windows {@code %LOCALAPPDATA%\Stancemap\kiosk}; on
 * macOS {@code ~/Library/Application Support/Stancemap/kiosk}.
 *
 * <p>On Linux the heartbeat goes to {@code $XDG_RUNTIME_DIR/stancemap/kiosk-heartbeat} when that
 * folder is set: it is a memory file system, so a write every few seconds costs no disk wear (many
 * kiosks run from SD cards), and it is emptied at logout, so a stale heartbeat never outlives the
 * session. The watchdog script uses the same default.
 */
public record KioskDirs(Path dataDir, Optional<Path> runtimeDir) {

    public static KioskDirs forThisMachine() {
        return of(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."));
    }

    static KioskDirs of(String osName, UnaryOperator<String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path base = absolute(env.apply("LOCALAPPDATA")).orElse(Path.of(home, "AppData", "Local"));
            return new KioskDirs(base.resolve("Stancemap").resolve("kiosk"), Optional.empty());
        }
        if (os.startsWith("mac") || os.contains("os x") || os.startsWith("darwin")) {
            return new KioskDirs(Path.of(home, "Library", "Application Support", "Stancemap", "kiosk"),
                    Optional.empty());
        }
        Path base = absolute(env.apply("XDG_DATA_HOME")).orElse(Path.of(home, ".local", "share"));
        return new KioskDirs(base.resolve("stancemap").resolve("kiosk"),
                absolute(env.apply("XDG_RUNTIME_DIR")).map(p -> p.resolve("stancemap")));
    }

    public Path heartbeatFile() {
        return runtimeDir.map(dir -> dir.resolve("kiosk-heartbeat")).orElse(dataDir.resolve("heartbeat"));
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** The XDG rules say a relative value is to be ignored; the same is done for LOCALAPPDATA. */
    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
