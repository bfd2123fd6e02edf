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
import org.stancemap.io.Wording;

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
            pin = input.read(Wording.format("cli.pin.prompt", PinHash.MIN_PIN_LENGTH, PinHash.MAX_PIN_LENGTH));
            if (pin == null) {
                err.println("stancemap: " + Wording.get("cli.pin.none"));
                return 1;
            }
            Optional<String> problem = PinHash.problemWithPin(pin);
            if (problem.isPresent()) {
                err.println("stancemap: " + problem.get());
                return 1;
            }
            if (input.interactive()) {
                again = input.read(Wording.get("cli.pin.again"));
                if (again == null || !Arrays.equals(pin, again)) {
                    err.println("stancemap: " + Wording.get("cli.pin.differ"));
                    return 1;
                }
            }
            if (!PinHash.isDigitsOnly(pin)) {
                err.println(Wording.get("cli.pin.notDigits"));
            }
            String hash = PinHash.create(pin);
            out.println("\"pinHash\": \"" + hash + "\"");
            err.println(Wording.get("cli.pin.done"));
            return 0;
        } catch (IOException e) {
            err.println("stancemap: " + Wording.format("cli.pin.unreadable", e.getClass().getSimpleName()));
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
