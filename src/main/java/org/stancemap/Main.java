package org.stancemap;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import org.stancemap.cli.CommandLine;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.StartupLoads;

/**
 * Entry point. Kept apart from the JavaFX {@code Application} so that the jar starts from the
 * class path and so that command-line work (help, validation, PDF export, the kiosk PIN) never starts
 * the toolkit.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(Arrays.asList(args));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        OptionalInt exitCode = CommandLine.run(options, out, err);
        if (exitCode.isPresent()) {
            System.exit(exitCode.getAsInt());
        }
        boolean kiosk = options.kiosk().isPresent();
        StancemapApp.launch(args, StartupLoads.begin(kiosk ? java.util.Optional.empty() : options.explainer(), !kiosk));
    }
}
