package org.stancemap.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        } catch (UndrawableCharacter e) {
            throw new HandoutException(refusal(e), e);
        } catch (IOException | RuntimeException e) {
            throw new HandoutException("The handout could not be made (" + reason(e)
                    + "). This is a fault in Stancemap; please report it with the explainer file.", e);
        }
    }

    /** A text the handout prints and where in the explainer it comes from, for a refusal to name. */
    private record Printed(String text, String where) {
    }

    /**
     * Every text the handout prints, its fonts found and each checked before anything is drawn, so a
     * refusal names the character and where it is.
     */
    private static void checkPrintable(HandoutFonts fonts, Explainer explainer, HandoutOptions options)
            throws IOException {
        List<Printed> printed = new ArrayList<>();
        printed.add(new Printed(explainer.article().title(), "the article's title"));
        printed.add(new Printed(explainer.article().outlet(), "the article's outlet"));
        explainer.actors().forEach(a -> {
            printed.add(new Printed(a.name(), "the name of actor “" + a.id() + "”"));
            printed.add(new Printed(a.role(), "the role of actor “" + a.id() + "”"));
            a.blocs().forEach(b -> printed.add(new Printed(b, "a bloc of actor “" + a.id() + "”")));
        });
        explainer.stances().forEach(s -> {
            printed.add(new Printed(s.summary(), "the summary of stance “" + s.id() + "”"));
            s.context().ifPresent(c -> printed.add(new Printed(c, "the context of stance “" + s.id() + "”")));
            s.quotes().forEach(q -> printed.add(new Printed(q.text(), "a quote of stance “" + s.id() + "”")));
        });
        explainer.links().forEach(l -> printed.add(new Printed(l.explanation(),
                "the explanation of link “" + l.id() + "”")));
        explainer.glossary().forEach(g -> {
            printed.add(new Printed(g.term(), "the glossary term “" + g.term() + "”"));
            printed.add(new Printed(g.definition(), "the glossary definition of “" + g.term() + "”"));
        });
        if (options.numberedArticle()) {
            printed.add(new Printed(explainer.article().text(), "the article's text"));
        }
        options.notes().forEach(n -> {
            printed.add(new Printed(n.about(), "a note's subject"));
            printed.add(new Printed(n.text(), "a note"));
        });
        fonts.cover(printed.stream().map(Printed::text).toList());
        printed.forEach(p -> fonts.check(p.text(), p.where()));
    }

    /** Why an undrawable character stops the handout: which character, where it is, and what to do. */
    static String refusal(UndrawableCharacter e) {
        String character = UndrawableCharacter.describe(e.codePoint());
        String where = (e.where() == null ? "" : " in " + e.where()) + ", “" + e.context() + "”";
        String why = e.needsShaping()
                ? "its letters change shape with their neighbours in a way the handout cannot yet draw, and"
                        + " printed one by one they would be misspelt"
                : "no font the handout has, bundled or installed on this computer, can draw it, and it would"
                        + " otherwise come out as “?”";
        return "The handout cannot print " + character + where + ": " + why
                + ". Remove it or write it another way, then export again.";
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
