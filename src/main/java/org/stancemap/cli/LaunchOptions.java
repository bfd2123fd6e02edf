package org.stancemap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.export.PaperSize;
import org.stancemap.kiosk.KioskConfigLoader;

/**
 * The command line, parsed. The same options work with {@code java -jar}, the packaged app and
 * {@code mvn javafx:run -Djavafx.args="…"}.
 *
 * @param kiosk present when the app is to run as a kiosk ({@code --kiosk} or {@code --kiosk-config})
 * @param draft present for {@code --draft ARTICLE --out FILE}
 */
public record LaunchOptions(Mode mode, Optional<Path> explainer, List<Path> filesToValidate, boolean dark,
                            boolean reduceMotion, boolean present, boolean smoke, Optional<Kiosk> kiosk,
                            String error, Optional<Path> exportPdf, PaperSize paper, HandoutChoices handout,
                            Optional<Draft> draft) {

    /**
     * What the handout holds beyond its fixed sections.
     *
     * @param questions       quiz questions with room to answer (0 to 5)
     * @param answerKey       the answers on a separate page for the teacher
     * @param numberedArticle the whole article with numbered paragraphs
     */
    public record HandoutChoices(int questions, boolean answerKey, boolean numberedArticle) {
        public static final HandoutChoices DEFAULT = new HandoutChoices(
                org.stancemap.export.HandoutOptions.DEFAULT_QUESTIONS, true, false);
    }

    public enum Mode { WINDOW, VALIDATE, VALIDATE_KIOSK, EXPORT_PDF, DRAFT, KIOSK_PIN, HELP, USAGE_ERROR }

    /** Options of every mode but {@code --draft}, with the handout's default choices. */
    public LaunchOptions(Mode mode, Optional<Path> explainer, List<Path> filesToValidate, boolean dark,
                         boolean reduceMotion, boolean present, boolean smoke, Optional<Kiosk> kiosk,
                         String error, Optional<Path> exportPdf, PaperSize paper) {
        this(mode, explainer, filesToValidate, dark, reduceMotion, present, smoke, kiosk, error, exportPdf, paper,
                HandoutChoices.DEFAULT);
    }

    /** Options of every mode but {@code --draft}. */
    public LaunchOptions(Mode mode, Optional<Path> explainer, List<Path> filesToValidate, boolean dark,
                         boolean reduceMotion, boolean present, boolean smoke, Optional<Kiosk> kiosk,
                         String error, Optional<Path> exportPdf, PaperSize paper, HandoutChoices handout) {
        this(mode, explainer, filesToValidate, dark, reduceMotion, present, smoke, kiosk, error, exportPdf, paper,
                handout, Optional.empty());
    }

    /** {@code --draft ARTICLE --out FILE}: the article to draft from and the explainer file to write. */
    public record Draft(Path article, Path out) {
    }

    /**
     * The kiosk's own options: its config file and the heartbeat file the watchdog gave, each
     * overriding the config's defaults, and whether to start on the last good content (the
     * watchdog asks for that after repeated failures).
     */
    public record Kiosk(Optional<Path> config, Optional<Path> heartbeat, boolean lastGood) {
        public Kiosk(Optional<Path> config, Optional<Path> heartbeat) {
            this(config, heartbeat, false);
        }
    }

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
              --draft ARTICLE --out DRAFT.stancemap.json
                                   draft an explainer from a news article (.txt in UTF-8,
                                   .html/.htm, .pdf with a text layer, or .docx) without opening
                                   a window: its actors, who said what with exact quotes,
                                   candidate links and a first tour, all marked "suggested" for
                                   you to check; exit 0 when written, 1 when the article cannot
                                   be read or holds no usable text, 2 on a usage error
              --questions N        quiz questions on the handout, with room to answer (0-5,
                                   default 3)
              --no-answers         leave out the teacher's page with the answers
              --with-article       add the whole article with numbered paragraphs
              --present            start the guided tour full screen (F5 in the app; Esc leaves it)
              --smoke              open the window, draw the first frame of the explainer, print
                                   how long that took and exit (0 if it worked); for installers
                                   and benchmarks
              --dark               start with the dark theme
              --reduce-motion      cut instead of animating camera moves

            Kiosk (a public screen; see packaging/README.md):
              --kiosk              run full screen and locked down; after a while without input,
                                   reset and play the tour by itself; reload the explainer when
                                   its file changes. FILE, or the config's "explainer", may be a
                                   folder: the newest *.stancemap.json in it is shown
              --kiosk-config FILE  the kiosk's settings (JSON: idle time, explainer, operator PIN,
                                   log folder, ...); implies --kiosk
              --kiosk-config FILE --validate [EXPLAINER]
                                   check a kiosk config and the explainer it names (or
                                   EXPLAINER) without a display; exit 0 if both are valid,
                                   1 if not, 2 on a usage error
              --kiosk-heartbeat FILE
                                   write the heartbeat here instead of where the config says;
                                   for the watchdog packaging/linux/stancemap-kiosk
              --kiosk-last-good    start on the last content that loaded well, and take the
                                   explainer again only once it changes; the watchdog adds
                                   this after the kiosk failed several times in a row
              --kiosk-pin          ask for an operator PIN (no echo) and print the "pinHash" line
                                   to paste into the kiosk config; no window. Exit 0 if done,
                                   1 if the PIN was refused

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
        Integer questions = null;
        boolean noAnswers = false;
        boolean withArticle = false;
        boolean kiosk = false;
        Path kioskConfig = null;
        Path kioskHeartbeat = null;
        boolean kioskPin = false;
        Path draftArticle = null;
        Path draftOut = null;
        boolean kioskLastGood = false;
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
                case "--draft", "--out" -> {
                    if (i + 1 >= args.size()) {
                        return usageError(arg.equals("--draft") ? "--draft needs the article file to draft from"
                                : "--out needs the name of the explainer file to write");
                    }
                    if ((arg.equals("--draft") ? draftArticle : draftOut) != null) {
                        return usageError(arg + " can be given only once");
                    }
                    if (arg.equals("--draft")) {
                        draftArticle = Path.of(args.get(++i));
                    } else {
                        draftOut = Path.of(args.get(++i));
                    }
                }
                case "--questions" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("[0-5]")) {
                        return usageError("--questions needs a number from 0 to 5");
                    }
                    questions = Integer.parseInt(args.get(++i));
                }
                case "--no-answers" -> noAnswers = true;
                case "--with-article" -> withArticle = true;
                case "--kiosk" -> kiosk = true;
                case "--kiosk-pin" -> kioskPin = true;
                case "--kiosk-last-good" -> kioskLastGood = true;
                case "--explainer", "--kiosk-config", "--kiosk-heartbeat" -> {
                    if (i + 1 >= args.size()) {
                        return usageError(arg + " needs a file name");
                    }
                    Path value = Path.of(args.get(++i));
                    if (arg.equals("--explainer")) {
                        if (explainer != null) {
                            return usageError("only one explainer can be opened at a time");
                        }
                        explainer = value;
                    } else if (arg.equals("--kiosk-config")) {
                        if (kioskConfig != null) {
                            return usageError("--kiosk-config can be given only once");
                        }
                        kioskConfig = value;
                        kiosk = true;
                    } else {
                        if (kioskHeartbeat != null) {
                            return usageError("--kiosk-heartbeat can be given only once");
                        }
                        kioskHeartbeat = value;
                    }
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
        if (draftArticle != null || draftOut != null) {
            if (draftArticle == null) {
                return usageError("--out only applies to --draft ARTICLE");
            }
            if (draftOut == null) {
                return usageError("--draft needs --out and the name of the explainer file to write,"
                        + " e.g. --out draft.stancemap.json");
            }
            if (args.size() != 4) {
                return usageError("--draft ARTICLE --out FILE makes a file without a window and takes no other"
                        + " options or files");
            }
            return new LaunchOptions(Mode.DRAFT, Optional.empty(), List.of(), false, false, false, false,
                    Optional.empty(), "", Optional.empty(), PaperSize.A4, HandoutChoices.DEFAULT,
                    Optional.of(new Draft(draftArticle, draftOut)));
        }
        if (kioskPin) {
            if (args.size() > 1) {
                return usageError("--kiosk-pin takes no other options or files");
            }
            return of(Mode.KIOSK_PIN, null, List.of(), false, false, false, "");
        }
        if (kioskLastGood && !kiosk) {
            return usageError("--kiosk-last-good works only with --kiosk or --kiosk-config");
        }
        if (kioskHeartbeat != null && !kiosk) {
            return usageError("--kiosk-heartbeat works only with --kiosk or --kiosk-config");
        }
        if (kioskConfig != null && validating && exportPdf == null && !present && !smoke) {
            if (kioskHeartbeat != null) {
                return usageError("--kiosk-heartbeat has nothing to do when checking a kiosk config");
            }
            if (explainer != null) {
                validate.add(0, explainer);
            }
            if (validate.size() > 1) {
                return usageError("--kiosk-config FILE --validate checks one config and at most one explainer");
            }
            return new LaunchOptions(Mode.VALIDATE_KIOSK, validate.stream().findFirst(), List.of(), false, false,
                    false, false, Optional.of(new Kiosk(Optional.of(kioskConfig), Optional.empty())), "",
                    Optional.empty(), PaperSize.A4);
        }
        if (kiosk && validating) {
            return usageError("--kiosk and --validate cannot be combined; to check a kiosk config, use"
                    + " --kiosk-config FILE --validate");
        }
        if (kiosk && present) {
            return usageError("--present cannot be combined with --kiosk: the kiosk plays the tour by itself"
                    + " when nobody uses it");
        }
        if (kiosk && exportPdf != null) {
            return usageError("--kiosk and --export-pdf cannot be combined");
        }
        if (paper != null && exportPdf == null) {
            return usageError("--paper only applies to --export-pdf");
        }
        if ((questions != null || noAnswers || withArticle) && exportPdf == null) {
            return usageError("--questions, --no-answers and --with-article only apply to --export-pdf");
        }
        HandoutChoices handout = new HandoutChoices(questions == null ? HandoutChoices.DEFAULT.questions() : questions,
                !noAnswers, withArticle);
        if (exportPdf != null) {
            if (validating) {
                return usageError("--export-pdf and --validate cannot be used together");
            }
            if (present || smoke) {
                return usageError("--export-pdf makes a file without a window; it cannot be used with "
                        + (present ? "--present" : "--smoke"));
            }
            return new LaunchOptions(Mode.EXPORT_PDF, Optional.ofNullable(explainer), List.of(), dark, reduceMotion,
                    false, false, Optional.empty(), "", Optional.of(exportPdf), paper == null ? PaperSize.A4 : paper,
                    handout);
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
        Optional<Kiosk> kioskOptions = kiosk
                ? Optional.of(new Kiosk(Optional.ofNullable(kioskConfig), Optional.ofNullable(kioskHeartbeat),
                        kioskLastGood))
                : Optional.empty();
        return new LaunchOptions(Mode.WINDOW, Optional.ofNullable(explainer), List.of(), dark, reduceMotion, present,
                smoke, kioskOptions, "", Optional.empty(), PaperSize.A4,
                HandoutChoices.DEFAULT);
    }

    /**
     * The kiosk's settings as this command line asks for them: those of the {@code --kiosk-config}
     * file (or the defaults without one), with FILE as the explainer and {@code --kiosk-heartbeat}
     * as the heartbeat file where given. Never throws for a bad file: the result carries the problems.
     *
     * @throws IllegalStateException when the options are not for a kiosk
     */
    public KioskConfigLoader.Result kioskConfig(KioskConfigLoader loader) {
        Kiosk options = kiosk.orElseThrow(() -> new IllegalStateException("not started with --kiosk"));
        KioskConfigLoader.Result loaded = loader.load(options.config());
        if (loaded.config().isPresent() && explainer.isPresent()) {
            Path file = explainer.get().toAbsolutePath().normalize();
            Optional<String> problem = KioskConfigLoader.explainerProblem(file);
            if (problem.isPresent()) {
                return new KioskConfigLoader.Result(Optional.empty(), List.of(new org.stancemap.explainer.Problem(
                        org.stancemap.explainer.Problem.Severity.ERROR, explainer.get().toString(),
                        org.stancemap.explainer.Problem.UNKNOWN, org.stancemap.explainer.Problem.UNKNOWN, "",
                        problem.get() + " (given on the command line)")));
            }
        }
        return loaded.config().map(config -> {
            if (explainer.isPresent()) {
                config = config.withExplainer(explainer.get().toAbsolutePath().normalize());
            }
            if (options.heartbeat().isPresent()) {
                config = config.withHeartbeatFile(options.heartbeat().get().toAbsolutePath().normalize());
            }
            return new KioskConfigLoader.Result(Optional.of(config), loaded.problems());
        }).orElse(loaded);
    }

    private static LaunchOptions of(Mode mode, Path explainer, List<Path> validate, boolean dark,
                                    boolean reduceMotion, boolean present, String error) {
        return new LaunchOptions(mode, Optional.ofNullable(explainer), List.copyOf(validate), dark, reduceMotion,
                present, false, Optional.empty(), error, Optional.empty(), PaperSize.A4,
                HandoutChoices.DEFAULT);
    }

    private static LaunchOptions usageError(String message) {
        return of(Mode.USAGE_ERROR, null, List.of(), false, false, false, message);
    }
}
