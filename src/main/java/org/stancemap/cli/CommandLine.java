package org.stancemap.cli;

import java.io.PrintStream;
import java.util.OptionalInt;
import org.stancemap.draft.AnalyserLoader;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.export.HandoutWriter;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.io.Wording;

/**
 * Runs the modes that need no window and answers with their exit code, so {@code Main} only has to
 * exit with it and tests can check the codes without ending the JVM.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** The exit code of a windowless mode, or empty when {@code options} ask for the window. */
    public static OptionalInt run(LaunchOptions options, PrintStream out, PrintStream err) {
        return switch (options.mode()) {
            case HELP -> {
                out.print(LaunchOptions.help());
                yield OptionalInt.of(0);
            }
            case USAGE_ERROR -> {
                err.println("stancemap: " + options.error());
                err.println(Wording.get("cli.tryHelp"));
                yield OptionalInt.of(2);
            }
            case VALIDATE -> OptionalInt.of(new ValidateCommand(new ExplainerLoader(), out).run(options.filesToValidate()));
            case EXPORT_PDF -> OptionalInt.of(new ExportPdfCommand(new ExplainerLoader(),
                    () -> new HandoutWriter(new WorldOutlineLoader().loadDefault()), out, err)
                    .run(options.explainer(), options.exportPdf().orElseThrow(),
                            org.stancemap.export.HandoutOptions.of(options.paper())
                                    .withQuestions(options.handout().questions())
                                    .withAnswerKey(options.handout().answerKey())
                                    .withNumberedArticle(options.handout().numberedArticle())));
            case DRAFT -> OptionalInt.of(new DraftCommand(new ArticleImporter(), AnalyserLoader::load, out, err)
                    .run(options.draft().orElseThrow().article(), options.draft().get().out()));
            case VALIDATE_KIOSK -> OptionalInt.of(new KioskValidateCommand(new ExplainerLoader(), out).run(options));
            case KIOSK_PIN -> OptionalInt.of(new PinCommand(out, err).run(PinCommand.systemInput()));
            case WINDOW -> OptionalInt.empty();
        };
    }
}
