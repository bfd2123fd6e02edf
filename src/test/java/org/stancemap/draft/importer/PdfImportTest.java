package org.stancemap.draft.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.importer.TestPdfs.Placed;

class PdfImportTest {

    @TempDir
    Path dir;

    private ImportedArticle importPdf(byte[] bytes) throws Exception {
        Path file = dir.resolve("article.pdf");
        Files.write(file, bytes);
        return new ArticleImporter().read(file);
    }

    @Test
    void twoColumnsAreReadColumnByColumnEvenWhenDrawnRowByRow() throws Exception {
        String[] left = {"The council met on Monday to", "discuss the new bridge over the", "river.",
                "Its chair said the vote would", "take place next week."};
        String[] right = {"Residents of the east bank", "asked for a second crossing", "instead.",
                "They collected two thousand", "signatures in a month."};
        List<Placed> page = new ArrayList<>();
        page.add(new Placed("Bridge vote delayed", 60, 60, 20));
        for (int i = 0; i < left.length; i++) {
            float top = 110 + i * 13;
            page.add(new Placed(left[i], 60, top));
            page.add(new Placed(right[i], 320, top));
        }
        ImportedArticle article = importPdf(TestPdfs.pdf(List.of(page)));
        assertEquals("Bridge vote delayed", article.title());
        String text = article.text();
        assertTrue(text.startsWith("The council met on Monday to discuss the new bridge over the river."), text);
        assertTrue(text.indexOf("take place next week.") < text.indexOf("Residents of the east bank"), text);
        assertTrue(text.contains("Residents of the east bank asked for a second crossing instead."), text);
        assertTrue(text.endsWith("They collected two thousand signatures in a month."), text);
        assertFalse(text.contains("Bridge vote delayed"), "the headline is the title, not a paragraph");
    }

    @Test
    void hyphenatedLineEndsJoinAndRunningHeadersAndPageNumbersGo() throws Exception {
        List<List<Placed>> pages = new ArrayList<>();
        String[][] bodies = {
            {"The minister described the proposal as unwork-", "able and said the ministry would publish", "its own plan in the spring."},
            {"Opposition members called the plan a recog-", "nised failure of the government and", "demanded a debate in parliament."}};
        for (int p = 0; p < bodies.length; p++) {
            List<Placed> page = new ArrayList<>();
            page.add(new Placed("The Valley Courier - Spring edition", 60, 40, 8));
            for (int i = 0; i < bodies[p].length; i++) {
                page.add(new Placed(bodies[p][i], 60, 100 + i * 13));
            }
            page.add(new Placed("Page " + (p + 1) + " of 2", 280, 800, 8));
            pages.add(page);
        }
        String text = importPdf(TestPdfs.pdf(pages)).text();
        assertEquals("The minister described the proposal as unworkable and said the ministry would publish its own"
                + " plan in the spring.\nOpposition members called the plan a recognised failure of the government"
                + " and demanded a debate in parliament.", text);
    }

    @Test
    void paragraphsSplitAtWiderGapsAndContinueAcrossPages() throws Exception {
        List<Placed> first = List.of(new Placed("The first paragraph has one sentence only.", 60, 100),
                new Placed("The second paragraph starts after a gap and", 60, 130),
                new Placed("goes on over the page", 60, 143));
        List<Placed> second = List.of(new Placed("to end here.", 60, 100), new Placed("A third one.", 60, 130));
        String text = importPdf(TestPdfs.pdf(List.of(first, second))).text();
        assertEquals("The first paragraph has one sentence only.\nThe second paragraph starts after a gap and goes on"
                + " over the page to end here.\nA third one.", text);
    }

    @Test
    void scannedPdfWithoutTextLayerIsRefusedWithAReason() throws Exception {
        byte[] bytes;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 50, 50, 400, 400);
            }
            document.save(out);
            bytes = out.toByteArray();
        }
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> importPdf(bytes));
        assertTrue(e.getMessage().matches(".*article\\.pdf: .*no text layer.*"), e.getMessage());
    }

    @Test
    void brokenPdfIsRefusedWithAReason() throws IOException {
        byte[] bytes = "%PDF-1.7\nthis is not really a PDF at all".getBytes();
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> importPdf(bytes));
        assertTrue(e.getMessage().contains("article.pdf: the file is broken or not a PDF"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
