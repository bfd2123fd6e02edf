package org.stancemap.kiosk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.stancemap.io.AppFolders;

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
        AppFolders folders = new AppFolders(osName, env, home);
        return new KioskDirs(folders.localData().resolve("kiosk"), folders.runtime());
    }

    public Path heartbeatFile() {
        return runtimeDir.map(dir -> dir.resolve("kiosk-heartbeat")).orElse(dataDir.resolve("heartbeat"));
    }

    /** A copy of the last explainer that loaded, for a start after repeated failures. */
    public Path lastGoodFile() {
        return dataDir.resolve("last-good" + ExplainerWatcher.SUFFIX);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
