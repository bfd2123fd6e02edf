package org.stancemap.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.stancemap.io.AtomicFile;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;

/**
 * Makes the printable handout of an explainer as a PDF, without JavaFX, so the app can run it in a
 * background task and the command line can run it with no window at all. Saving goes through a
 * temporary file in the target folder that is moved into place at the end, so a failure never leaves
 * a half-written handout behind.
 */
public final class HandoutWriter {

    /** What was saved: where, how many pages and how many bytes. */
    public record Written(Path file, int pages, long bytes) {
    }

    /** A handout made in memory. */
    public record Rendered(byte[] pdf, int pages) {
    }

    private final WorldOutline world;
    private final AtomicFile.Mover mover;

    /** {@code world} is the land drawn under the actors ({@code WorldOutlineLoader.loadDefault()}). */
    public HandoutWriter(WorldOutline world) {
        this(world, java.nio.file.Files::move);
    }

    /** With a replaceable final move, so tests can make saving fail at its last step. */
    HandoutWriter(WorldOutline world, AtomicFile.Mover mover) {
        this.world = world;
        this.mover = mover;
    }

    /**
     * Makes the handout and saves it as {@code target}, replacing any file there.
     *
     * @param progress told the share done, from 0 to 1, on the calling thread
     * @throws HandoutException with a message for people when the handout cannot be made or saved;
     *     the target is then as it was and no temporary file is left
     */
    public Written write(Explainer explainer, HandoutOptions options, Path target, DoubleConsumer progress)
            throws HandoutException {
        Path file = target.toAbsolutePath().normalize();
        checkTarget(file);
        Rendered rendered = render(explainer, options, p -> progress.accept(p * 0.9));
        try {
            AtomicFile.write(file, rendered.pdf(), false, mover);
        } catch (IOException | SecurityException e) {
            throw new HandoutException(saveProblem(file, e), e);
        }
        progress.accept(1);
        return new Written(file, rendered.pages(), rendered.pdf().length);
    }

    /** Makes the handout in memory; {@code progress} goes from 0 to 1. */
    public Rendered render(Explainer explainer, HandoutOptions options, DoubleConsumer progress)
            throws HandoutException {
        progress.accept(0);
        try (PDDocument doc = new PDDocument(); HandoutFonts fonts = HandoutFonts.load(doc)) {
            describe(doc, explainer);
            checkPrintable(fonts, explainer, options);
            PageFlow flow = new PageFlow(doc, options.paper(), fonts);
            new HandoutComposer(flow, explainer, options, new MapDrawing(world), p -> progress.accept(0.05 + p * 0.8))
                    .compose();
            flow.finish(HandoutText.format("handout.runningTitle", explainer.article().title()),
                    HandoutText.get("handout.page"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            progress.accept(1);
            return new Rendered(out.toByteArray(), flow.pageCount());
        } catch (HandoutFonts.UndrawableCharacter e) {
            throw new HandoutException("The handout cannot print " + HandoutFonts.UndrawableCharacter.describe(e.codePoint())
                    + ", found in “" + e.context() + "”: no font the handout has can draw it, and it would"
                    + " otherwise come out as “?”. Remove it or write it another way, then export again.", e);
        } catch (IOException | RuntimeException e) {
            throw new HandoutException("The handout could not be made (" + reason(e)
                    + "). This is a fault in Stancemap; please report it with the explainer file.", e);
        }
    }

    /** Every text the handout prints, checked before anything is drawn, so a refusal names where it is. */
    private static void checkPrintable(HandoutFonts fonts, Explainer explainer, HandoutOptions options) {
        fonts.check(explainer.article().title());
        explainer.actors().forEach(a -> {
            fonts.check(a.name());
            fonts.check(a.role());
        });
        explainer.stances().forEach(s -> {
            fonts.check(s.summary());
            s.quotes().forEach(q -> fonts.check(q.text()));
        });
        explainer.links().forEach(l -> fonts.check(l.explanation()));
        explainer.glossary().forEach(g -> {
            fonts.check(g.term());
            fonts.check(g.definition());
        });
        if (options.numberedArticle()) {
            fonts.check(explainer.article().text());
        }
        options.notes().forEach(n -> {
            fonts.check(n.about());
            fonts.check(n.text());
        });
    }

    private static void describe(PDDocument doc, Explainer explainer) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(TextLines.inline(explainer.article().title()));
        info.setSubject(HandoutText.get("handout.subject"));
        info.setCreator("Stancemap");
        info.setProducer("Stancemap");
        doc.getDocumentCatalog().setLanguage("en");
    }

    /** Refuses up front what would fail late: a folder that is not there, or a folder as the target. */
    private static void checkTarget(Path file) throws HandoutException {
        Path folder = file.getParent();
        if (folder == null) {
            throw new HandoutException("“" + file + "” is not a file name; choose a name for the handout.");
        }
        if (!Files.exists(folder)) {
            throw new HandoutException("The folder “" + folder + "” does not exist, so the handout cannot be saved there.");
        }
        if (!Files.isDirectory(folder)) {
            throw new HandoutException("“" + folder + "” is a file, not a folder, so the handout cannot be saved in it.");
        }
        if (Files.isDirectory(file)) {
            throw new HandoutException("“" + file + "” is a folder; choose a file name for the handout.");
        }
    }

    static String saveProblem(Path file, Exception e) {
        String where = "“" + file + "”";
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("quota")) {
            return "There is not enough space on the disk to save the handout as " + where
                    + ". Free some space or choose another place.";
        }
        if (lower.contains("read-only")) {
            return "The handout cannot be saved as " + where + " because that place is read-only. Choose another folder.";
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException || lower.contains("permission")
                || lower.contains("access is denied")) {
            return "You do not have permission to save the handout as " + where + ". Choose another folder.";
        }
        if (e instanceof NoSuchFileException) {
            return "The handout cannot be saved as " + where + " because its folder is no longer there.";
        }
        return "The handout could not be saved as " + where + " (" + reason(e) + ").";
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
    }
}
