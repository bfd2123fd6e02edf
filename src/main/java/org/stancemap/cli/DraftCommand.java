package org.stancemap.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.DraftException;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Explainer;
import org.stancemap.io.Wording;

/**
 * {@code --draft ARTICLE --out FILE}: reads the article, finds who said what, and writes a draft
 * explainer with everything marked suggested. The file is checked as {@code --validate} would
 * before it is written, and written atomically; nothing is written when anything fails.
 */
public final class DraftCommand {

    private final ArticleDrafter drafter;
    private final PrintStream out;
    private final PrintStream err;

    /** {@code analysers} supplies the analyser once the article has been read, so a bad article fails fast. */
    public DraftCommand(ArticleImporter importer, ArticleDrafter.AnalyserSource analysers, PrintStream out,
                        PrintStream err) {
        this.drafter = new ArticleDrafter(importer, analysers);
        this.out = out;
        this.err = err;
    }

    /** Returns the exit code: 0 when the draft was written, 1 otherwise (with one line on standard error). */
    public int run(Path article, Path target) {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            return fail(Wording.format("cli.draft.targetNotRegular", target));
        }
        if (isSameFile(article, target)) {
            return fail(Wording.format("cli.draft.overArticle", target));
        }
        Explainer draft;
        try {
            draft = drafter.draft(article);
        } catch (ArticleImportException e) {
            return fail(e.getMessage());
        } catch (DraftException e) {
            return fail(article + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return fail(Wording.format("cli.draft.internalError", article, e.getClass().getSimpleName()));
        }
        ExplainerEncoder encoder = new ExplainerEncoder();
        byte[] bytes = encoder.encodeBytes(draft);
        if (bytes.length > ExplainerLoader.MAX_BYTES) {
            return fail(Wording.format("cli.draft.tooLarge", article, bytes.length / (1024 * 1024),
                    ExplainerLoader.MAX_BYTES / (1024 * 1024)));
        }
        LoadResult check = new ExplainerLoader().load(bytes, target.toString());
        if (!check.isValid()) {
            return fail(Wording.format("cli.draft.failedChecks", article, check.errors().get(0).message()));
        }
        try {
            encoder.write(draft, target);
        } catch (IOException | SecurityException e) {
            return fail(Wording.format("cli.draft.notWritten", target,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
        out.println(Wording.format("cli.draft.written", target, Wording.count("cli.draft.actors", draft.actors().size()),
                Wording.count("cli.draft.stances", draft.stances().size()),
                Wording.count("cli.draft.links", draft.links().size())));
        return 0;
    }

    private int fail(String message) {
        err.println("stancemap: " + message.lines().findFirst().orElse(message));
        return 1;
    }

    private static boolean isSameFile(Path article, Path target) {
        try {
            if (Files.exists(article) && Files.exists(target)) {
                return Files.isSameFile(article, target);
            }
        } catch (IOException | SecurityException e) {
            // cannot tell: reading or writing will report what is wrong
        }
        return article.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
    }
}
