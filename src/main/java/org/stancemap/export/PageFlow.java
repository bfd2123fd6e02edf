package org.stancemap.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.export.HandoutFonts.Run;
import org.stancemap.export.PrintPalette.Rgb;

/**
 * Lays content down the pages: keeps a cursor measured from the top of the page, starts a new page
 * when the next piece would cross the bottom margin, and numbers the pages once all are known.
 * Every drawing call takes top-down coordinates and turns them into PDF's bottom-up ones.
 */
final class PageFlow implements Closeable {

    static final float MARGIN_SIDE = 54;
    static final float MARGIN_TOP = 54;
    static final float MARGIN_BOTTOM = 62;
    private static final float FOOTER_BASELINE = 34;
    private static final float FOOTER_SIZE = 8;

    private final PDDocument doc;
    private final PaperSize paper;
    private final HandoutFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    /** A small line for the foot of one page (the map data's credit), by page index. */
    private final java.util.Map<Integer, String> footNotes = new java.util.HashMap<>();
    private PDPageContentStream content;
    private float y;

    PageFlow(PDDocument doc, PaperSize paper, HandoutFonts fonts) throws IOException {
        this.doc = doc;
        this.paper = paper;
        this.fonts = fonts;
        newPage();
    }

    HandoutFonts fonts() {
        return fonts;
    }

    PDDocument document() {
        return doc;
    }

    PDPageContentStream content() {
        return content;
    }

    int pageCount() {
        return pages.size();
    }

    float left() {
        return MARGIN_SIDE;
    }

    float width() {
        return paper.width() - 2 * MARGIN_SIDE;
    }

    /** The cursor: how far down the page the next piece starts. */
    float y() {
        return y;
    }

    /** The lowest the cursor may go on any page. */
    float bottom() {
        return paper.height() - MARGIN_BOTTOM;
    }

    /** The height a piece can have on a fresh page. */
    float fullPageHeight() {
        return bottom() - MARGIN_TOP;
    }

    boolean atTopOfPage() {
        return y <= MARGIN_TOP;
    }

    boolean fits(float height) {
        return y + height <= bottom();
    }

    /** Starts a new page unless {@code height} still fits here (or the page is empty anyway). */
    void ensure(float height) throws IOException {
        if (!fits(height) && !atTopOfPage()) {
            newPage();
        }
    }

    void advance(float height) {
        y += height;
    }

    /** Moves down by {@code height}, unless that is the top of a page, where space is not wanted. */
    void gap(float height) {
        if (!atTopOfPage()) {
            y = Math.min(y + height, bottom());
        }
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        doc.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(doc, page);
        y = MARGIN_TOP;
    }

    /** PDF's y for a top-down position on this page. */
    float pdfY(float topDown) {
        return paper.height() - topDown;
    }

    /** Draws one line of text whose baseline is {@code baseline} below the top of the page. */
    void text(String line, Face face, float size, Rgb colour, float x, float baseline) throws IOException {
        drawText(content, line, face, size, colour, x, pdfY(baseline), false);
    }

    /** Draws text at PDF coordinates, switching fonts where a character needs another family. */
    void drawText(PDPageContentStream target, String line, Face face, float size, Rgb colour, float x, float pdfBaseline)
            throws IOException {
        drawText(target, line, face, size, colour, x, pdfBaseline, false);
    }

    /** As above; {@code rightToLeft} lays the line out from the right, as a line of an Arabic or Hebrew paragraph. */
    void drawText(PDPageContentStream target, String line, Face face, float size, Rgb colour, float x, float pdfBaseline,
            boolean rightToLeft) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        target.beginText();
        colour.fill(target);
        target.newLineAtOffset(x, pdfBaseline);
        for (Run run : fonts.runs(line, face, rightToLeft)) {
            target.setFont(run.font(), size);
            target.showText(run.text());
        }
        target.endText();
    }

    /**
     * Wraps {@code text} to {@code width} and lays its lines down from the cursor, each on the page
     * where it fits; returns the lines drawn. A paragraph that starts in Arabic or Hebrew is laid out
     * from the right and set flush right, as it is written.
     */
    List<String> paragraph(String text, Face face, float size, float leading, Rgb colour, float indent)
            throws IOException {
        List<String> lines = TextLines.wrap(text, fonts, face, size, width() - indent);
        boolean rightToLeft = VisualOrder.startsRightToLeft(text);
        for (String line : lines) {
            ensure(leading);
            float x = rightToLeft ? left() + width() - fonts.width(line, face, size) : left() + indent;
            drawText(content, line, face, size, colour, x, pdfY(y + leading * 0.78f), rightToLeft);
            y += leading;
        }
        return lines;
    }

    /** Prints {@code text} in the foot of the current page, above the page number. */
    void footNote(String text) {
        footNotes.put(pages.size() - 1, text);
    }

    /**
     * A paragraph that starts with {@code term} in bold, then a dash and {@code text}; following lines are
     * indented by {@code indent}.
     */
    void termAndText(String term, String text, float size, float leading, float indent, float x, float width)
            throws IOException {
        String lead = TextLines.inline(term);
        String whole = lead + " — " + TextLines.inline(text);
        float boldExtra = fonts.width(lead, Face.SANS_BOLD, size) - fonts.width(lead, Face.SANS, size);
        List<String> first = TextLines.wrap(whole, fonts, Face.SANS, size, width - Math.max(0, boldExtra) - 4);
        if (first.isEmpty()) {
            return;
        }
        String firstLine = first.get(0);
        String rest = whole.substring(Math.min(whole.length(), firstLine.length())).strip();
        ensure(leading);
        float baseline = y + leading * 0.78f;
        if (firstLine.startsWith(lead)) {
            text(lead, Face.SANS_BOLD, size, PrintPalette.INK, x, baseline);
            text(firstLine.substring(lead.length()), Face.SANS, size, PrintPalette.INK,
                    x + fonts.width(lead, Face.SANS_BOLD, size), baseline);
        } else {
            text(firstLine, Face.SANS_BOLD, size, PrintPalette.INK, x, baseline);
        }
        y += leading;
        for (String line : rest.isEmpty() ? List.<String>of()
                : TextLines.wrap(rest, fonts, Face.SANS, size, width - indent - 4)) {
            ensure(leading);
            text(line, Face.SANS, size, PrintPalette.INK, x + indent, y + leading * 0.78f);
            y += leading;
        }
    }

    /** A glossary-like entry: a term in bold, then its text. */
    record TermEntry(String term, String text) {
    }

    /**
     * Short entries side by side in two columns, balanced by height, when both columns fit on the page
     * from here; otherwise one after another down the page.
     */
    void termsInTwoColumns(List<TermEntry> entries, float size, float leading, float indent, float gap)
            throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        float columnWidth = (width() - COLUMN_GUTTER) / 2;
        float[] heights = new float[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            TermEntry e = entries.get(i);
            heights[i] = gap + leading * TextLines.wrap(e.term() + " — " + e.text(), fonts, Face.SANS, size,
                    columnWidth - indent - 4).size();
        }
        // As many entries as fit here in two balanced columns; the rest go on the next page.
        int count = entries.size();
        while (count > 1 && !fits(tallest(heights, count, split(heights, count)))) {
            count--;
        }
        if (!fits(tallest(heights, count, split(heights, count)))) {
            if (atTopOfPage()) {
                for (TermEntry e : entries) {
                    gap(gap);
                    ensure(leading * 2);
                    termAndText(e.term(), e.text(), size, leading, indent, left(), width());
                }
                return;
            }
            newPage();
            termsInTwoColumns(entries, size, leading, indent, gap);
            return;
        }
        int split = split(heights, count);
        float tallest = tallest(heights, count, split);
        float top = y;
        for (int i = 0; i < count; i++) {
            if (i == split) {
                y = top;
            }
            float x = i < split ? left() : left() + columnWidth + COLUMN_GUTTER;
            y += gap;
            termAndText(entries.get(i).term(), entries.get(i).text(), size, leading, indent, x, columnWidth);
        }
        y = top + tallest;
        if (count < entries.size()) {
            newPage();
            termsInTwoColumns(entries.subList(count, entries.size()), size, leading, indent, gap);
        }
    }

    private static final float COLUMN_GUTTER = 18;

    /** Where the second column starts so that the first {@code count} entries' columns are most even. */
    private static int split(float[] heights, int count) {
        float total = 0;
        for (int i = 0; i < count; i++) {
            total += heights[i];
        }
        int split = 0;
        float left = 0;
        while (split < count && Math.abs(left + heights[split] - total / 2) <= Math.abs(left - total / 2)) {
            left += heights[split++];
        }
        return split;
    }

    private static float tallest(float[] heights, int count, int split) {
        float left = 0;
        float right = 0;
        for (int i = 0; i < count; i++) {
            if (i < split) {
                left += heights[i];
            } else {
                right += heights[i];
            }
        }
        return Math.max(left, right);
    }

    /** A thin horizontal rule across the text column at the cursor. */
    void rule(Rgb colour, float thickness) throws IOException {
        content.setLineWidth(thickness);
        colour.stroke(content);
        content.moveTo(left(), pdfY(y));
        content.lineTo(left() + width(), pdfY(y));
        content.stroke();
    }

    /** Closes the last page and writes "page n of N" (and the running title) at the foot of each. */
    void finish(String runningTitle, String pageLabelPattern) throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = pageLabelPattern.replace("{0}", Integer.toString(i + 1))
                        .replace("{1}", Integer.toString(total));
                float labelWidth = fonts.width(label, Face.SANS, FOOTER_SIZE);
                float right = left() + width();
                drawText(foot, label, Face.SANS, FOOTER_SIZE, PrintPalette.MUTED, right - labelWidth, FOOTER_BASELINE);
                String title = TextLines.fit(runningTitle, fonts, Face.SANS, FOOTER_SIZE, width() - labelWidth - 24);
                drawText(foot, title, Face.SANS, FOOTER_SIZE, PrintPalette.MUTED, left(), FOOTER_BASELINE);
                String note = footNotes.get(i);
                if (note != null) {
                    drawText(foot, TextLines.fit(note, fonts, Face.SANS, FOOTER_SIZE, width()), Face.SANS, FOOTER_SIZE,
                            PrintPalette.MUTED, left(), FOOTER_BASELINE + FOOTER_SIZE * 1.5f);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
