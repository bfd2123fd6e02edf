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
import org.stancemap.io.Wording;

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
            throw new HandoutException(Wording.format("handout.failed", reason(e)), e);
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
        printed.add(new Printed(explainer.article().title(), Wording.get("handout.where.title")));
        printed.add(new Printed(explainer.article().outlet(), Wording.get("handout.where.outlet")));
        explainer.actors().forEach(a -> {
            printed.add(new Printed(a.name(), Wording.format("handout.where.name", a.id())));
            printed.add(new Printed(a.role(), Wording.format("handout.where.role", a.id())));
            a.blocs().forEach(b -> printed.add(new Printed(b, Wording.format("handout.where.bloc", a.id()))));
        });
        explainer.stances().forEach(s -> {
            printed.add(new Printed(s.summary(), Wording.format("handout.where.summary", s.id())));
            s.context().ifPresent(c -> printed.add(new Printed(c, Wording.format("handout.where.context", s.id()))));
            s.quotes().forEach(q -> printed.add(new Printed(q.text(), Wording.format("handout.where.quote", s.id()))));
        });
        explainer.links().forEach(l -> printed.add(new Printed(l.explanation(),
                Wording.format("handout.where.explanation", l.id()))));
        explainer.glossary().forEach(g -> {
            printed.add(new Printed(g.term(), Wording.format("handout.where.term", g.term())));
            printed.add(new Printed(g.definition(), Wording.format("handout.where.definition", g.term())));
        });
        if (options.numberedArticle()) {
            printed.add(new Printed(explainer.article().text(), Wording.get("handout.where.text")));
        }
        options.notes().forEach(n -> {
            printed.add(new Printed(n.about(), Wording.get("handout.where.noteSubject")));
            printed.add(new Printed(n.text(), Wording.get("handout.where.note")));
        });
        fonts.cover(printed.stream().map(Printed::text).toList());
        printed.forEach(p -> fonts.check(p.text(), p.where()));
    }

    /** Why an undrawable character stops the handout: which character, where it is, and what to do. */
    static String refusal(UndrawableCharacter e) {
        String character = UndrawableCharacter.describe(e.codePoint());
        String why = Wording.get(e.needsShaping() ? "handout.refused.shaping" : "handout.refused.noFont");
        return e.where() == null ? Wording.format("handout.refused", character, e.context(), why)
                : Wording.format("handout.refused.where", character, e.where(), e.context(), why);
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
            throw new HandoutException(Wording.format("handout.target.notAName", file));
        }
        if (!Files.exists(folder)) {
            throw new HandoutException(Wording.format("handout.target.noFolder", folder));
        }
        if (!Files.isDirectory(folder)) {
            throw new HandoutException(Wording.format("handout.target.folderIsFile", folder));
        }
        if (Files.isDirectory(file)) {
            throw new HandoutException(Wording.format("handout.target.isFolder", file));
        }
    }

    static String saveProblem(Path file, Exception e) {
        String where = file.toString();
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space") || lower.contains("not enough space") || lower.contains("disk full")
                || lower.contains("quota")) {
            return Wording.format("handout.save.diskFull", where);
        }
        if (lower.contains("read-only")) {
            return Wording.format("handout.save.readOnly", where);
        }
        if (e instanceof AccessDeniedException || e instanceof SecurityException || lower.contains("permission")
                || lower.contains("access is denied")) {
            return Wording.format("handout.save.denied", where);
        }
        if (e instanceof NoSuchFileException) {
            return Wording.format("handout.save.folderGone", where);
        }
        return Wording.format("handout.save.failed", where, reason(e));
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("").strip();
    }
}
