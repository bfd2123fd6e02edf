package org.stancemap.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.Problem;
import org.stancemap.kiosk.ExplainerWatcher;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskConfigLoader;
import org.stancemap.io.Wording;

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
        String name = options.kiosk().flatMap(LaunchOptions.Kiosk::config).map(Path::toString)
                .orElse(Wording.get("cli.kiosk.unnamed"));
        if (loaded.config().isEmpty()) {
            loaded.problems().forEach(p -> out.println(p.format()));
            out.println(Wording.format("cli.kiosk.invalid", name));
            return 1;
        }
        KioskConfig config = loaded.config().get();
        if (config.explainer().isEmpty()) {
            out.println(Wording.format("cli.kiosk.builtIn", name));
            return 0;
        }
        // What the kiosk's first look would find: the file, or the newest explainer in the folder.
        ExplainerWatcher.Outcome first = new ExplainerWatcher(config.explainer().get(), loader).poll();
        first.problems().forEach(p -> out.println(p.format()));
        String shown = first.file().map(Path::toString).orElse(config.explainer().get().toString());
        if (first.kind() == ExplainerWatcher.Kind.LOADED) {
            long warnings = first.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
            out.println(warnings == 0 ? Wording.format("cli.kiosk.shows", name, shown)
                    : Wording.format("cli.kiosk.shows.warned", name, shown, Wording.count("cli.warnings", warnings)));
            return 0;
        }
        out.println(Wording.format("cli.kiosk.explainerInvalid", name, shown));
        return 1;
    }
}
