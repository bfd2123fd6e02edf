package org.stancemap.draft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small made-up articles in every format the importer reads, with statements the test analyser finds. */
final class TestArticles {

    static final String HTML = """
            <!DOCTYPE html><html><head><meta charset="utf-8">
            <meta property="og:title" content="Bridge plan splits the valley">
            <meta property="og:site_name" content="Valley Courier">
            <meta property="article:published_time" content="2024-05-02">
            </head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="ad-banner">Buy a boat today</div>
            <article><h1>Bridge plan splits the valley</h1>
            <div class="share-tools"><a href="#">Share</a></div>
            <p>Ana Lima said that the old bridge must close for repairs 😀 next spring.</p>
            <p>“We cannot wait any longer,” Ana Lima said.</p>
            <p>Bo Reyes rejected the closure, calling it rushed and costly.</p>
            <p>However, Valley Farmers Union welcomed the plan as overdue.</p>
            </article>
            <section class="comments"><p>Ed Stone said this is a bad article.</p></section>
            <footer>Valley Courier</footer></body></html>
            """;

    static final String TEXT = "Bridge plan splits the valley\n\n"
            + "Ana Lima said that the old bridge must close for repairs next spring.\n"
            + "“We cannot wait any longer,” Ana Lima said.\n"
            + "Bo Reyes rejected the closure, calling it rushed and costly.\n"
            + "However, Valley Farmers Union welcomed the plan as overdue.\n";

    private TestArticles() {
    }

    static List<Path> all(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("bridge.html"), HTML, StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("bridge.txt"), TEXT, StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("wrapped.txt"), "Ana Lima said that the old bridge must close\n"
                + "for repairs next spring, before the floods.\n\nBo Reyes rejected the closure, calling it\n"
                + "rushed and costly for the farms.\n", StandardCharsets.UTF_8));
        files.add(Files.write(dir.resolve("bridge.pdf"), pdf()));
        files.add(Files.write(dir.resolve("bridge.docx"), docx()));
        return files;
    }

    /** Two columns, the right one answering the left. */
    static byte[] pdf() throws IOException {
        String[] left = {"Ana Lima said that the old bridge", "must close for repairs next spring", "before the floods come."};
        String[] right = {"Bo Reyes rejected the closure as", "rushed and costly for the farms", "on the east bank."};
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float top = page.getMediaBox().getHeight() - 100;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (int i = 0; i < left.length; i++) {
                    for (int column = 0; column < 2; column++) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(column == 0 ? 60 : 320, top - i * 13);
                        content.showText(column == 0 ? left[i] : right[i]);
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"urn:w\"><w:body>"
                + "<w:p><w:r><w:t>Ana Lima said that the old bridge must close for repairs.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>Bo Reyes rejected the closure as rushed.</w:t></w:r></w:p></w:body></w:document>";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
