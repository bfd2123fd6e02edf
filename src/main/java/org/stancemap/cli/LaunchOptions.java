package org.stancemap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.export.PaperSize;

/**
 * The command line, parsed. The same options work with {@code java -jar}, the packaged app and
 * {@code mvn javafx:run -Djavafx.args="…"}.
 */
public record LaunchOptions(Mode mode, Optional<Path> explainer, List<Path> filesToValidate, boolean dark,
                            boolean reduceMotion, boolean present, boolean smoke, String error,
                            Optional<Path> exportPdf, PaperSize paper) {

    public enum Mode { WINDOW, VALIDATE, EXPORT_PDF, HELP, USAGE_ERROR }

    public static final String HELP = """
            Usage: stancemap [options] [FILE]

            Opens an explainer: a map of who stands where in a news article. With no FILE,
            opens the explainer that ships with the app.

            Options:
              --explainer FILE     open this explainer file (same as giving FILE)
              --validate FILE...   check explainer files without opening a window; prints each
                                   problem as FILE:LINE:COL: message or FILE: $.path: message;
                                   exit 0 if all are valid, 1 if any is not, 2 on a usage error
              --export-pdf OUT     write a printable PDF handout of the explainer (FILE, or the one
                                   that ships with the app) to OUT without opening a window;
                                   exit 0 when written, 1 if the explainer has errors or OUT
                                   cannot be written, 2 on a usage error
              --paper a4|letter    paper size of the handout (default a4)
              --present            start the guided tour full screen (F5 in the app; Esc leaves it)
              --smoke              open the window, draw the first frame of the explainer, print
                                   how long that took and exit (0 if it worked); for installers
                                   and benchmarks
              --dark               start with the dark theme
              --reduce-motion      cut instead of animating camera moves
              --help               show this help and exit
            """;

    public static LaunchOptions parse(List<String> args) {
        try {
            return parseChecked(args);
        } catch (java.nio.file.InvalidPathException e) {
            return usageError("not a usable file name: " + e.getInput());
        }
    }

    private static LaunchOptions parseChecked(List<String> args) {
        Path explainer = null;
        List<Path> validate = new ArrayList<>();
        boolean validating = false;
        boolean dark = false;
        boolean reduceMotion = false;
        boolean present = false;
        boolean smoke = false;
        Path exportPdf = null;
        PaperSize paper = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return of(Mode.HELP, null, List.of(), false, false, false, "");
                }
                case "--validate" -> validating = true;
                case "--dark" -> dark = true;
                case "--reduce-motion" -> reduceMotion = true;
                case "--present" -> present = true;
                case "--smoke" -> smoke = true;
                case "--export-pdf" -> {
                    if (i + 1 >= args.size()) {
                        return usageError("--export-pdf needs the name of the PDF file to write");
                    }
                    if (exportPdf != null) {
                        return usageError("--export-pdf can be given only once");
                    }
                    exportPdf = Path.of(args.get(++i));
                }
                case "--paper" -> {
                    if (i + 1 >= args.size()) {
                        return usageError("--paper needs a size: a4 or letter");
                    }
                    String name = args.get(++i);
                    paper = PaperSize.fromOptionName(name).orElse(null);
                    if (paper == null) {
                        return usageError("unknown paper size " + name + " (use a4 or letter)");
                    }
                }
                case "--explainer" -> {
                    if (i + 1 >= args.size()) {
                        return usageError("--explainer needs a file name");
                    }
                    if (explainer != null) {
                        return usageError("only one explainer can be opened at a time");
                    }
                    explainer = Path.of(args.get(++i));
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        return usageError("unknown option " + arg);
                    }
                    if (validating) {
                        validate.add(Path.of(arg));
                    } else if (explainer != null) {
                        return usageError("only one explainer can be opened at a time");
                    } else {
                        explainer = Path.of(arg);
                    }
                }
            }
        }
        if (paper != null && exportPdf == null) {
            return usageError("--paper only applies to --export-pdf");
        }
        if (exportPdf != null) {
            if (validating) {
                return usageError("--export-pdf and --validate cannot be used together");
            }
            if (present || smoke) {
                return usageError("--export-pdf makes a file without a window; it cannot be used with "
                        + (present ? "--present" : "--smoke"));
            }
            return new LaunchOptions(Mode.EXPORT_PDF, Optional.ofNullable(explainer), List.of(), dark, reduceMotion,
                    false, false, "", Optional.of(exportPdf), paper == null ? PaperSize.A4 : paper);
        }
        if (validating) {
            if (explainer != null) {
                validate.add(0, explainer);
            }
            if (validate.isEmpty()) {
                return usageError("--validate needs at least one file");
            }
            return of(Mode.VALIDATE, null, validate, dark, reduceMotion, false, "");
        }
        return new LaunchOptions(Mode.WINDOW, Optional.ofNullable(explainer), List.of(), dark, reduceMotion, present,
                smoke, "", Optional.empty(), PaperSize.A4);
    }

    private static LaunchOptions of(Mode mode, Path explainer, List<Path> validate, boolean dark,
                                    boolean reduceMotion, boolean present, String error) {
        return new LaunchOptions(mode, Optional.ofNullable(explainer), List.copyOf(validate), dark, reduceMotion,
                present, false, error, Optional.empty(), PaperSize.A4);
    }

    private static LaunchOptions usageError(String message) {
        return of(Mode.USAGE_ERROR, null, List.of(), false, false, false, message);
    }
}
