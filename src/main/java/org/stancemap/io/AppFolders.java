package org.stancemap.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where each platform keeps an application's files. Settings go to the configuration folder, the
 * reader's notes to the data folder, machine-local things (a kiosk's log) to the local data folder:
 * <ul>
 *   <li>Linux: {@code $XDG_CONFIG_HOME/stancemap} (else {@code ~/.config/stancemap}) and
 *       {@code $XDG_DATA_HOME/stancemap} (else {@code ~/.local/share/stancemap});</li>
 *   <li>Windows: {@code %APPDATA%\Stancemap}, and {@code %LOCALAPPDATA%\Stancemap} for local data;</li>
 *   <li>macOS: {@code ~/Library/Application Support/Stancemap} for all three.</li>
 * </ul>
 * The platform, environment and home folder are passed in, so tests can ask for any of them.
 */
public record AppFolders(String osName, UnaryOperator<String> env, String home) {

    public static AppFolders forThisMachine() {
        return new AppFolders(System.getProperty("os.name", ""), System::getenv, System.getProperty("user.home", "."));
    }

    public Path config() {
        return switch (platform()) {
            case WINDOWS -> fromEnv("APPDATA", Path.of(home, "AppData", "Roaming")).resolve("Stancemap");
            case MAC -> macFolder();
            case OTHER -> fromEnv("XDG_CONFIG_HOME", Path.of(home, ".config")).resolve("stancemap");
        };
    }

    public Path data() {
        return switch (platform()) {
            case WINDOWS -> fromEnv("APPDATA", Path.of(home, "AppData", "Roaming")).resolve("Stancemap");
            case MAC -> macFolder();
            case OTHER -> fromEnv("XDG_DATA_HOME", Path.of(home, ".local", "share")).resolve("stancemap");
        };
    }

    /** Data that belongs to this machine rather than to a roaming profile. */
    public Path localData() {
        return platform() == Platform.WINDOWS
                ? fromEnv("LOCALAPPDATA", Path.of(home, "AppData", "Local")).resolve("Stancemap")
                : data();
    }

    /**
     * Copies the app can make again at any time (the bundled fonts as files): on Linux
     * {@code $XDG_CACHE_HOME/stancemap} (else {@code ~/.cache/stancemap}), on Windows
     * {@code %LOCALAPPDATA%\Stancemap\Cache}, on macOS {@code ~/Library/Caches/Stancemap}.
     */
    public Path cache() {
        return switch (platform()) {
            case WINDOWS -> localData().resolve("Cache");
            case MAC -> Path.of(home, "Library", "Caches", "Stancemap");
            case OTHER -> fromEnv("XDG_CACHE_HOME", Path.of(home, ".cache")).resolve("stancemap");
        };
    }

    /** A per-session folder in memory ({@code $XDG_RUNTIME_DIR/stancemap}), where the platform has one. */
    public Optional<Path> runtime() {
        return platform() == Platform.OTHER
                ? absolute(env.apply("XDG_RUNTIME_DIR")).map(p -> p.resolve("stancemap"))
                : Optional.empty();
    }

    private enum Platform { WINDOWS, MAC, OTHER }

    private Platform platform() {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Platform.WINDOWS;
        }
        if (os.startsWith("mac") || os.contains("os x") || os.startsWith("darwin")) {
            return Platform.MAC;
        }
        return Platform.OTHER;
    }

    private Path macFolder() {
        return Path.of(home, "Library", "Application Support", "Stancemap");
    }

    private Path fromEnv(String name, Path otherwise) {
        return absolute(env.apply(name)).orElse(otherwise);
    }

    /** The XDG rules say a relative value is to be ignored; the same is done for the Windows variables. */
    static Optional<Path> absolute(String value) {
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
