package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.export.HandoutTestSupport.Glyph;
import org.stancemap.model.Explainer;

/** Saving the handout: where it goes, what a failure leaves behind, progress and the page bounds. */
class HandoutWriterTest {

    @TempDir
    Path dir;

    private final Explainer explainer = HandoutTestSupport.defaultExplainer();

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesAReadablePdfAndReportsItsPages() throws Exception {
        Path target = dir.resolve("handout.pdf");
        HandoutWriter.Written written = new HandoutWriter(HandoutTestSupport.WORLD)
                .write(explainer, HandoutOptions.of(PaperSize.A4), target, p -> { });
        assertEquals(target.toAbsolutePath(), written.file());
        assertEquals(List.of(target), filesIn(dir), "only the handout, no temporary file");
        assertEquals(Files.size(target), written.bytes());
        try (PDDocument doc = Loader.loadPDF(target.toFile())) {
            assertEquals(written.pages(), doc.getNumberOfPages());
            assertEquals(HandoutTestSupport.normalise(explainer.article().title()),
                    doc.getDocumentInformation().getTitle());
        }
        assertTrue(new String(Files.readAllBytes(target), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .startsWith("%PDF-"));
    }

    @Test
    void progressRunsFromZeroToOneWithoutGoingBack() throws Exception {
        List<Double> seen = new ArrayList<>();
        new HandoutWriter(HandoutTestSupport.WORLD)
                .write(explainer, HandoutOptions.of(PaperSize.A4), dir.resolve("p.pdf"), seen::add);
        assertEquals(0.0, seen.get(0));
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertTrue(seen.size() > explainer.actors().size(), "progress moves as each actor is written: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress went back: " + seen);
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeFailsAndLeavesNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        HandoutException e = assertThrows(HandoutException.class, () -> new HandoutWriter(HandoutTestSupport.WORLD)
                .write(explainer, HandoutOptions.of(PaperSize.A4), notAFolder.resolve("h.pdf"), p -> { }));
        assertTrue(e.getMessage().contains("not a folder") && e.getMessage().contains(notAFolder.toString()),
                e.getMessage());
        assertEquals(List.of(notAFolder), filesIn(dir));
    }

    @Test
    void aMissingFolderIsNamedAndNotCreated() {
        Path missing = dir.resolve("no-such-folder");
        HandoutException e = assertThrows(HandoutException.class, () -> new HandoutWriter(HandoutTestSupport.WORLD)
                .write(explainer, HandoutOptions.of(PaperSize.A4), missing.resolve("h.pdf"), p -> { }));
        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains(missing.toString()),
                e.getMessage());
        assertFalse(Files.exists(missing));
    }

    @Test
    void aFolderAsTheTargetIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("handout.pdf"));
        HandoutException e = assertThrows(HandoutException.class, () -> new HandoutWriter(HandoutTestSupport.WORLD)
                .write(explainer, HandoutOptions.of(PaperSize.A4), folder, p -> { }));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertEquals(List.of(), filesIn(folder));
    }

    @Test
    void aFullDiskLeavesNoTemporaryFileAndTheOldHandoutIntact() throws IOException {
        Path target = Files.writeString(dir.resolve("handout.pdf"), "last week's handout");
        HandoutWriter failing = new HandoutWriter(HandoutTestSupport.WORLD, (from, to, options) -> {
            throw new FileSystemException(from.toString(), to.toString(), "No space left on device");
        });
        HandoutException e = assertThrows(HandoutException.class,
                () -> failing.write(explainer, HandoutOptions.of(PaperSize.A4), target, p -> { }));
        assertTrue(e.getMessage().contains("not enough space"), e.getMessage());
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of(target), filesIn(dir), "no temporary file is left behind");
        assertEquals("last week's handout", Files.readString(target));
    }

    @Test
    void aFolderWithoutWritePermissionFailsWithAPlainMessage() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions on this file system");
        }
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere (root)");
            HandoutException e = assertThrows(HandoutException.class, () -> new HandoutWriter(HandoutTestSupport.WORLD)
                    .write(explainer, HandoutOptions.of(PaperSize.A4), locked.resolve("h.pdf"), p -> { }));
            assertTrue(e.getMessage().contains("permission"), e.getMessage());
            assertEquals(List.of(), filesIn(locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void plainMessagesForTheCommonSaveFailures() {
        Path file = Path.of("/somewhere/h.pdf");
        assertTrue(HandoutWriter.saveProblem(file, new java.nio.file.AccessDeniedException("/somewhere/.h.pdf.1.tmp"))
                .startsWith("You do not have permission to save the handout as “/somewhere/h.pdf”"));
        assertTrue(HandoutWriter.saveProblem(file, new FileSystemException("/somewhere", null, "Read-only file system"))
                .contains("read-only"));
        assertTrue(HandoutWriter.saveProblem(file, new IOException("There is not enough space on the disk"))
                .startsWith("There is not enough space on the disk to save the handout"));
    }

    @Test
    void aPictureOfTheMapIsPrintedInsteadOfTheDrawing() throws Exception {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] pdf = HandoutTestSupport.render(explainer, HandoutOptions.of(PaperSize.A4).withMapPicture(png.toByteArray()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject picture) {
                    images.add(picture);
                }
            }
            assertEquals(1, images.size());
            assertEquals(320, images.get(0).getWidth());
        }
        String text = HandoutTestSupport.normalise(HandoutTestSupport.bodyText(pdf));
        assertTrue(text.contains(HandoutText.get("map.caption.picture")));
        assertFalse(text.contains(HandoutText.get("map.caption.drawn")));
    }

    @Test
    void aPictureThatIsNotAnImageIsRefusedAndNothingIsWritten() throws IOException {
        Path target = dir.resolve("h.pdf");
        HandoutOptions options = HandoutOptions.of(PaperSize.A4).withMapPicture(new byte[] {1, 2, 3, 4});
        HandoutException e = assertThrows(HandoutException.class,
                () -> new HandoutWriter(HandoutTestSupport.WORLD).write(explainer, options, target, p -> { }));
        assertTrue(e.getMessage().contains("picture of the map"), e.getMessage());
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void theSameExplainerGivesTheSameLayout() {
        HandoutOptions options = HandoutOptions.of(PaperSize.LETTER);
        assertEquals(HandoutTestSupport.allText(HandoutTestSupport.render(explainer, options)),
                HandoutTestSupport.allText(HandoutTestSupport.render(explainer, options)));
    }

    @Test
    void longTextWrapsAndNothingRunsOffThePage() {
        String longWord = "https://example.org/" + "very-long-path-segment/".repeat(30);
        String longNote = ("A long note that goes on and on about the summit, the allies and the quotes. ").repeat(90);
        List<HandoutNote> notes = List.of(new HandoutNote(longWord, longNote + longWord, true));
        for (PaperSize paper : PaperSize.values()) {
            byte[] pdf = HandoutTestSupport.render(HandoutTestSupport.generatedExplainer(),
                    HandoutOptions.of(paper).withNotes(notes));
            List<Glyph> glyphs = HandoutTestSupport.glyphs(pdf);
            assertTrue(glyphs.size() > 5000);
            for (Glyph g : glyphs) {
                String where = "“" + g.unicode() + "” on page " + g.page() + " at " + g.left() + ", " + g.bottom();
                assertTrue(g.left() >= PageFlow.MARGIN_SIDE - 0.5f, "left of the margin: " + where);
                assertTrue(g.right() <= paper.width() - PageFlow.MARGIN_SIDE + 0.5f, "right of the margin: " + where);
                assertTrue(g.bottom() >= 20 && g.top() <= paper.height() - PageFlow.MARGIN_TOP + 12,
                        "off the top or bottom: " + where);
            }
            String text = HandoutTestSupport.normalise(HandoutTestSupport.bodyText(pdf));
            assertTrue(text.replace(" ", "").contains(longWord), "the long word is all there, only broken");
        }
    }
}
