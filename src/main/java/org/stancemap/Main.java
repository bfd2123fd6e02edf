package org.stancemap;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.stancemap.cli.CommandLine;
import org.stancemap.cli.LaunchOptions;
import org.stancemap.kiosk.KioskConfigLoader;
import org.stancemap.ui.SmokeRun;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.StartupLoads;
import org.stancemap.io.Wording;

/**
 * Entry point. Kept apart from the JavaFX {@code Application} so that the jar starts from the
 * class path and so that command-line work (help, validation, PDF export, the kiosk PIN) never starts
 * the toolkit.
 */
public final class Main {

    /** Held so the filter set on it stays. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

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
        if (options.smoke()) {
            SmokeRun.armLimit();
        }
        if (options.kiosk().isPresent()) {
            // Checked before the toolkit starts, so a bad config is reported the same with or without a display.
            KioskConfigLoader.Result config = options.kioskConfig(new KioskConfigLoader());
            if (!config.isValid()) {
                err.println("stancemap: " + Wording.format("cli.kioskCannotStart", config.message()));
                System.exit(1);
            }
        }
        boolean kiosk = options.kiosk().isPresent();
        StartupLoads loads = StartupLoads.begin(kiosk ? java.util.Optional.empty() : options.explainer(), !kiosk);
        // JavaFX warns on every start from the class path, which is how the jar and the app image run.
        JAVAFX_LOG.setFilter(line -> line.getMessage() == null
                || !line.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            StancemapApp.launch(args, loads);
        } catch (RuntimeException e) {
            err.println(noWindow(e));
            System.exit(1);
        }
    }

    /** Without a display the toolkit throws; one line says so, not a stack trace. */
    static String noWindow(RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("").strip();
        return "stancemap: " + Wording.format("cli.noWindow", reason);
    }
}
