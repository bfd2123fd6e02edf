package org.stancemap;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javafx.application.Application;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.cli.PinCommand;
import org.stancemap.cli.ValidateCommand;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.ui.StancemapApp;

/**
 * Entry point. Kept apart from the JavaFX {@code Application} so that the jar starts from the
 * class path and so that command-line work (help, validation, the kiosk PIN) never starts the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(Arrays.asList(args));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (options.mode()) {
            case HELP -> out.print(LaunchOptions.HELP);
            case USAGE_ERROR -> {
                System.err.println("stancemap: " + options.error());
                System.err.println("Try --help for the list of options.");
                System.exit(2);
            }
            case VALIDATE -> System.exit(new ValidateCommand(new ExplainerLoader(), out).run(options.filesToValidate()));
            case KIOSK_PIN -> System.exit(new PinCommand(out, System.err).run(PinCommand.systemInput()));
            case WINDOW -> Application.launch(StancemapApp.class, args);
        }
    }
}
