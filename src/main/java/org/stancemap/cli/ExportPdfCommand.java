package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.stancemap.export.HandoutException;
import org.stancemap.export.HandoutOptions;
import org.stancemap.export.HandoutWriter;
import org.stancemap.export.PaperSize;
import org.stancemap.io.AtomicFile;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.io.Wording;

/** {@code --export-pdf}: writes the printable handout of an explainer without opening a window. */
public final class ExportPdfCommand {

    private final ExplainerLoader loader;
    private final Supplier<HandoutWriter> writer;
    private final PrintStream out;
    private final PrintStream err;

    /** {@code writer} is asked for only once the explainer has loaded, so a bad file fails fast. */
    public ExportPdfCommand(ExplainerLoader loader, Supplier<HandoutWriter> writer, PrintStream out, PrintStream err) {
        this.loader = loader;
        this.writer = writer;
        this.out = out;
        this.err = err;
    }

    /**
     * Loads {@code explainer} (the built-in one when empty) and writes its handout to {@code target}.
     * Returns the exit code: 0 when the handout was written, 1 when the explainer has errors or the
     * handout cannot be written.
     */
    public int run(Optional<Path> explainer, Path target, PaperSize paper) {
        return run(explainer, target, HandoutOptions.of(paper));
    }

    /** As {@link #run(Optional, Path, PaperSize)}, with every choice of what the handout holds. */
    public int run(Optional<Path> explainer, Path target, HandoutOptions options) {
        PaperSize paper = options.paper();
        if (explainer.isPresent() && isSameFile(explainer.get(), target)) {
            err.println("stancemap: " + Wording.format("cli.export.overExplainer", explainer.get()));
            return 1;
        }
        try {
            AtomicFile.checkTarget(target.toAbsolutePath());
        } catch (IOException e) {
            err.println("stancemap: " + Wording.format("cli.export.notWritten", target, BoundedFileReader.reason(e))
                    + ".");
            return 1;
        }
        LoadResult result = explainer.map(loader::load).orElseGet(loader::loadDefault);
        for (Problem problem : result.problems()) {
            err.println(problem.format());
        }
        if (result.explainer().isEmpty()) {
            int errors = result.errors().size();
            err.println("stancemap: " + Wording.format("cli.export.invalid", result.file(),
                    Wording.count("cli.errors", errors)));
            return 1;
        }
        try {
            HandoutWriter.Written written = writer.get().write(result.explainer().get(), options,
                    target, progress -> { });
            out.println(Wording.format("cli.export.written", written.file(),
                    Wording.count("cli.export.pages", written.pages()), paper.optionName()));
            return 0;
        } catch (HandoutException e) {
            err.println("stancemap: " + Wording.format("cli.export.notWritten", target, e.getMessage()));
            return 1;
        }
    }

    private static boolean isSameFile(Path explainer, Path target) {
        try {
            if (Files.exists(explainer) && Files.exists(target)) {
                return Files.isSameFile(explainer, target);
            }
        } catch (IOException | SecurityException e) {
            // cannot tell: the loader or the writer will report what is wrong
        }
        return explainer.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }
}
