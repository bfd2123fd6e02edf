package org.stancemap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.Problem;
import org.stancemap.kiosk.ExplainerWatcher;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskConfigLoader;

/**
 * {@code --kiosk-config FILE --validate}: checks a kiosk config and the explainer it would show,
 * without a display, so a kiosk can be set up over SSH and checked before it is restarted.
 */
public final class KioskValidateCommand {

    private final ExplainerLoader loader;
    private final PrintStream out;

    public KioskValidateCommand(ExplainerLoader loader, PrintStream out) {
        this.loader = loader;
        this.out = out;
    }

    /** Returns the exit code: 0 when the config and its explainer are valid, 1 otherwise. */
    public int run(LaunchOptions options) {
        KioskConfigLoader.Result loaded = options.kioskConfig(new KioskConfigLoader());
        String name = options.kiosk().flatMap(LaunchOptions.Kiosk::config).map(Path::toString).orElse("kiosk config");
        if (loaded.config().isEmpty()) {
            loaded.problems().forEach(p -> out.println(p.format()));
            out.println("kiosk config " + name + ": invalid; the kiosk would not start.");
            return 1;
        }
        KioskConfig config = loaded.config().get();
        if (config.explainer().isEmpty()) {
            out.println("kiosk config " + name + ": valid; it shows the built-in explainer.");
            return 0;
        }
        // What the kiosk's first look would find: the file, or the newest explainer in the folder.
        ExplainerWatcher.Outcome first = new ExplainerWatcher(config.explainer().get(), loader).poll();
        first.problems().forEach(p -> out.println(p.format()));
        String shown = first.file().map(Path::toString).orElse(config.explainer().get().toString());
        if (first.kind() == ExplainerWatcher.Kind.LOADED) {
            long warnings = first.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
            out.println("kiosk config " + name + ": valid; it shows " + shown
                    + (warnings == 0 ? "." : " (" + warnings + (warnings == 1 ? " warning)." : " warnings).")));
            return 0;
        }
        out.println("kiosk config " + name + ": valid, but its explainer " + shown + " is not; the kiosk would"
                + " start on the built-in explainer until a valid one appears.");
        return 1;
    }
}
