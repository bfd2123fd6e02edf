package org.stancemap.draft.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Makes small PDFs for the import tests: text placed line by line at given positions. */
final class TestPdfs {

    static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /** One piece of text at (x, y from the top) in points. */
    record Placed(String text, float x, float top, float size) {
        Placed(String text, float x, float top) {
            this(text, x, top, 10);
        }
    }

    private TestPdfs() {
    }

    /** Each inner list is a page; pieces are drawn in the order given (not necessarily reading order). */
    static byte[] pdf(List<List<Placed>> pages) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Placed> pieces : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Placed piece : pieces) {
                        content.beginText();
                        content.setFont(piece.size() > 12 ? BOLD : FONT, piece.size());
                        content.newLineAtOffset(piece.x(), height - piece.top());
                        content.showText(piece.text());
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
