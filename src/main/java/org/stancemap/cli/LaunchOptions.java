package org.stancemap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.export.PaperSize;
import org.stancemap.kiosk.KioskConfigLoader;
import org.stancemap.io.Wording;

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

    /** What {@code --help} prints: the options and what each does. */
    public static String help() {
        return Wording.get("cli.help");
    }

    public static LaunchOptions parse(List<String> args) {
        try {
            return parseChecked(args);
        } catch (java.nio.file.InvalidPathException e) {
            return usageError("badFileName", e.getInput());
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
                        return usageError("exportNeedsFile");
                    }
                    if (exportPdf != null) {
                        return usageError("onlyOnce", "--export-pdf");
                    }
                    exportPdf = Path.of(args.get(++i));
                }
                case "--paper" -> {
                    if (i + 1 >= args.size()) {
                        return usageError("paperNeedsSize");
                    }
                    String name = args.get(++i);
                    paper = PaperSize.fromOptionName(name).orElse(null);
                    if (paper == null) {
                        return usageError("unknownPaper", name);
                    }
                }
                case "--draft", "--out" -> {
                    if (i + 1 >= args.size()) {
                        return usageError(arg.equals("--draft") ? "draftNeedsArticle" : "outNeedsFile");
                    }
                    if ((arg.equals("--draft") ? draftArticle : draftOut) != null) {
                        return usageError("onlyOnce", arg);
                    }
                    if (arg.equals("--draft")) {
                        draftArticle = Path.of(args.get(++i));
                    } else {
                        draftOut = Path.of(args.get(++i));
                    }
                }
                case "--questions" -> {
                    if (i + 1 >= args.size() || !args.get(i + 1).matches("[0-5]")) {
                        return usageError("questionsNeedNumber");
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
                        return usageError("needsFile", arg);
                    }
                    Path value = Path.of(args.get(++i));
                    if (arg.equals("--explainer")) {
                        if (explainer != null) {
                            return usageError("oneExplainer");
                        }
                        explainer = value;
                    } else if (arg.equals("--kiosk-config")) {
                        if (kioskConfig != null) {
                            return usageError("onlyOnce", "--kiosk-config");
                        }
                        kioskConfig = value;
                        kiosk = true;
                    } else {
                        if (kioskHeartbeat != null) {
                            return usageError("onlyOnce", "--kiosk-heartbeat");
                        }
                        kioskHeartbeat = value;
                    }
                }
                default -> {
                    if (arg.startsWith("-") && !arg.equals("-")) {
                        return usageError("unknownOption", arg);
                    }
                    if (validating) {
                        validate.add(Path.of(arg));
                    } else if (explainer != null) {
                        return usageError("oneExplainer");
                    } else {
                        explainer = Path.of(arg);
                    }
                }
            }
        }
        if (draftArticle != null || draftOut != null) {
            if (draftArticle == null) {
                return usageError("outWithoutDraft");
            }
            if (draftOut == null) {
                return usageError("draftNeedsOut");
            }
            if (args.size() != 4) {
                return usageError("draftAlone");
            }
            return new LaunchOptions(Mode.DRAFT, Optional.empty(), List.of(), false, false, false, false,
                    Optional.empty(), "", Optional.empty(), PaperSize.A4, HandoutChoices.DEFAULT,
                    Optional.of(new Draft(draftArticle, draftOut)));
        }
        if (kioskPin) {
            if (args.size() > 1) {
                return usageError("pinAlone");
            }
            return of(Mode.KIOSK_PIN, null, List.of(), false, false, false, "");
        }
        if (kioskLastGood && !kiosk) {
            return usageError("kioskOnly", "--kiosk-last-good");
        }
        if (kioskHeartbeat != null && !kiosk) {
            return usageError("kioskOnly", "--kiosk-heartbeat");
        }
        if (kioskConfig != null && validating && exportPdf == null && !present && !smoke) {
            if (kioskHeartbeat != null) {
                return usageError("heartbeatWhenChecking");
            }
            if (explainer != null) {
                validate.add(0, explainer);
            }
            if (validate.size() > 1) {
                return usageError("kioskValidateFiles");
            }
            return new LaunchOptions(Mode.VALIDATE_KIOSK, validate.stream().findFirst(), List.of(), false, false,
                    false, false, Optional.of(new Kiosk(Optional.of(kioskConfig), Optional.empty())), "",
                    Optional.empty(), PaperSize.A4);
        }
        if (kiosk && validating) {
            return usageError("kioskAndValidate");
        }
        if (kiosk && present) {
            return usageError("presentAndKiosk");
        }
        if (kiosk && exportPdf != null) {
            return usageError("kioskAndExport");
        }
        if (paper != null && exportPdf == null) {
            return usageError("paperWithoutExport");
        }
        if ((questions != null || noAnswers || withArticle) && exportPdf == null) {
            return usageError("handoutWithoutExport");
        }
        HandoutChoices handout = new HandoutChoices(questions == null ? HandoutChoices.DEFAULT.questions() : questions,
                !noAnswers, withArticle);
        if (exportPdf != null) {
            if (validating) {
                return usageError("exportAndValidate");
            }
            if (present || smoke) {
                return usageError("exportWithWindow", present ? "--present" : "--smoke");
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
                return usageError("validateNeedsFile");
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
                        Wording.format("cli.givenOnCommandLine", problem.get()))));
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

    /** A usage error saying {@code cli.usage.<key>} of the bundle, with {@code args} in it. */
    private static LaunchOptions usageError(String key, Object... args) {
        return of(Mode.USAGE_ERROR, null, List.of(), false, false, false, Wording.format("cli.usage." + key, args));
    }
}
