package org.stancemap.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Optional;
import org.stancemap.kiosk.PinHash;

/**
 * {@code --kiosk-pin}: reads an operator PIN and prints the {@code "pinHash"} line for the kiosk
 * config. At a terminal the PIN is asked for twice without echo; otherwise (a pipe, a script) one
 * line is read from standard input. The PIN itself is never printed.
 */
public final class PinCommand {

    /** Where the PIN comes from. */
    public interface PinInput {
        /** One PIN, or null at the end of input. */
        char[] read(String prompt) throws IOException;

        /** Whether a person is typing, who should confirm the PIN. */
        boolean interactive();
    }

    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param out gets the config line only, so {@code stancemap --kiosk-pin > line.txt} works
     * @param err gets prompts' follow-ups, notes and problems
     */
    public PinCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The terminal without echo when there is one, else standard input. */
    public static PinInput systemInput() {
        Console console = System.console();
        if (console != null) {
            return new PinInput() {
                @Override
                public char[] read(String prompt) {
                    return console.readPassword("%s", prompt);
                }

                @Override
                public boolean interactive() {
                    return true;
                }
            };
        }
        return lines(new InputStreamReader(System.in, Charset.defaultCharset()));
    }

    /** One PIN a line from {@code reader}, without prompts. */
    public static PinInput lines(Reader reader) {
        BufferedReader in = new BufferedReader(reader);
        return new PinInput() {
            @Override
            public char[] read(String prompt) throws IOException {
                String line = in.readLine();
                return line == null ? null : line.toCharArray();
            }

            @Override
            public boolean interactive() {
                return false;
            }
        };
    }

    /** Returns the exit code: 0 with the line printed, 1 if no usable PIN was given. */
    public int run(PinInput input) {
        char[] pin = null;
        char[] again = null;
        try {
            pin = input.read("Operator PIN for the kiosk (" + PinHash.MIN_PIN_LENGTH + "–" + PinHash.MAX_PIN_LENGTH
                    + " characters, digits recommended): ");
            if (pin == null) {
                err.println("stancemap: no PIN was given");
                return 1;
            }
            Optional<String> problem = PinHash.problemWithPin(pin);
            if (problem.isPresent()) {
                err.println("stancemap: " + problem.get());
                return 1;
            }
            if (input.interactive()) {
                again = input.read("The same PIN again: ");
                if (again == null || !Arrays.equals(pin, again)) {
                    err.println("stancemap: the two PINs differ; nothing was changed");
                    return 1;
                }
            }
            if (!PinHash.isDigitsOnly(pin)) {
                err.println("Note: this PIN has characters other than digits; it can be typed only where the"
                        + " kiosk has a keyboard.");
            }
            String hash = PinHash.create(pin);
            out.println("\"pinHash\": \"" + hash + "\"");
            err.println("Put this line into the kiosk config (add a comma if other settings follow it). The PIN"
                    + " itself is not stored anywhere.");
            return 0;
        } catch (IOException e) {
            err.println("stancemap: the PIN could not be read (" + e.getClass().getSimpleName() + ")");
            return 1;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }
}
