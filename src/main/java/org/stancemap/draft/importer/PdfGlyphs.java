package org.stancemap.draft.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page as PDFBox positions them and groups them into {@link PdfLine}s
 * by baseline and horizontal gaps. The order glyphs are drawn in is ignored: only where they are.
 */
final class PdfGlyphs extends PDFTextStripper {

    private final List<TextPosition> glyphs = new ArrayList<>();

    PdfGlyphs() {
        super();
        setSortByPosition(false);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (text.getUnicode() != null && !text.getUnicode().isEmpty()) {
            glyphs.add(text);
        }
    }

    List<PdfLine> linesOf(PDDocument document, int page) throws IOException {
        glyphs.clear();
        setStartPage(page);
        setEndPage(page);
        getText(document);
        return group(page);
    }

    private List<PdfLine> group(int page) {
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        float rowY = Float.NaN;
        for (TextPosition glyph : glyphs) {
            float tolerance = Math.max(1f, size(glyph) * 0.35f);
            if (!row.isEmpty() && Math.abs(glyph.getYDirAdj() - rowY) > tolerance) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = glyph.getYDirAdj();
            }
            row.add(glyph);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<PdfLine> lines = new ArrayList<>();
        for (List<TextPosition> cells : rows) {
            cells.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            split(page, cells, lines);
        }
        return lines;
    }

    /** Builds words from gaps between glyphs and starts a new line at a gap as wide as a column gutter. */
    private static void split(int page, List<TextPosition> cells, List<PdfLine> lines) {
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = 0;
        float sizeSum = 0;
        int count = 0;
        for (TextPosition glyph : cells) {
            float size = size(glyph);
            float gap = glyph.getXDirAdj() - x1;
            if (count > 0 && gap > size * 1.2f) {
                lines.add(line(page, text, x0, x1, y, sizeSum / count));
                text.setLength(0);
                count = 0;
                sizeSum = 0;
            }
            if (count == 0) {
                x0 = glyph.getXDirAdj();
                y = glyph.getYDirAdj();
            } else if (gap > size * 0.15f && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
            String unicode = glyph.getUnicode();
            if (!(unicode.isBlank() && (text.length() == 0 || text.charAt(text.length() - 1) == ' '))) {
                text.append(unicode.isBlank() ? " " : unicode);
            }
            float end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            x1 = count == 0 ? end : Math.max(x1, end);
            sizeSum += size;
            count++;
        }
        if (count > 0) {
            lines.add(line(page, text, x0, x1, y, sizeSum / count));
        }
    }

    private static PdfLine line(int page, StringBuilder text, float x0, float x1, float y, float size) {
        return new PdfLine(page, Paragraphs.strip(text.toString()), x0, x1, y, size);
    }

    private static float size(TextPosition glyph) {
        float size = glyph.getFontSizeInPt();
        return size > 0.5f && size < 500 ? size : Math.max(1f, glyph.getHeightDir());
    }
}
