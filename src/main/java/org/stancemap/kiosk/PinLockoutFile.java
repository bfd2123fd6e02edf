package org.stancemap.kiosk;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.Utf8Text;
import org.stancemap.io.Wording;

/**
 * Remembers the PIN gate's count of wrong attempts in a row across restarts, so a visitor who can
 * restart the kiosk (pulling the plug, or making it hang until the watchdog steps in) gains no
 * tries. The file is one small JSON object, {@code {"wrongInARow": 4}}, written atomically. A file
 * that cannot be read or makes no sense counts as {@link #DAMAGED_COUNT} wrong attempts: it locks,
 * never unlocks.
 */
public final class PinLockoutFile {

    /** What a damaged file counts as: enough wrong attempts for the first lockout. */
    public static final int DAMAGED_COUNT = PinGate.FREE_ATTEMPTS;
    static final String FILE_NAME = "pin-lockout.json";
    private static final long MAX_BYTES = 4096;
    private static final Pattern CONTENT = Pattern.compile("\\A\\s*\\{\\s*\"wrongInARow\"\\s*:\\s*(\\d{1,6})\\s*}\\s*\\z");

    private final Path file;
    private final Consumer<String> report;

    /** @param report told, in words for the log, when the file is damaged or cannot be written */
    public PinLockoutFile(Path file, Consumer<String> report) {
        this.file = file.toAbsolutePath();
        this.report = report;
    }

    /** The file in the kiosk's state folder. */
    public static PinLockoutFile in(Path stateDir, Consumer<String> report) {
        return new PinLockoutFile(stateDir.resolve(FILE_NAME), report);
    }

    public Path file() {
        return file;
    }

    /** The wrong attempts in a row remembered; 0 when there is no file. Never throws. */
    public int load() {
        byte[] bytes;
        try {
            bytes = BoundedFileReader.readRegularFile(file, MAX_BYTES);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | RuntimeException e) {
            return damaged(e instanceof IOException io ? BoundedFileReader.reason(io) : e.getClass().getSimpleName());
        }
        try {
            Matcher m = CONTENT.matcher(Utf8Text.decode(bytes));
            if (!m.matches()) {
                return damaged(Wording.get("kiosk.log.lockout.content"));
            }
            return Integer.parseInt(m.group(1));
        } catch (CharacterCodingException e) {
            return damaged(Wording.get("kiosk.log.lockout.notUtf8"));
        }
    }

    /** Remembers {@code wrongInARow}. Never throws; a failure is reported. */
    public void save(int wrongInARow) {
        try {
            AtomicFile.write(file, ("{\"wrongInARow\": " + wrongInARow + "}\n").getBytes(StandardCharsets.UTF_8),
                    false);
        } catch (IOException | RuntimeException e) {
            report.accept(Wording.format("kiosk.log.lockout.cannotWrite", file,
                    e instanceof IOException io ? BoundedFileReader.reason(io) : e.getClass().getSimpleName()));
        }
    }

    private int damaged(String why) {
        report.accept(Wording.format("kiosk.log.lockout.unusable", file, why, DAMAGED_COUNT));
        return DAMAGED_COUNT;
    }
}
