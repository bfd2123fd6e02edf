package org.stancemap.export;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType font as a handout uses it: which characters it has, how wide they are, and, once
 * something is drawn with it, its subset in the PDF (a font only measured is never embedded).
 */
final class Typeface implements Closeable {

    private final String name;
    private final TrueTypeFont file;
    private final CmapLookup cmap;
    private final float unitsToThousandths;
    private final PDDocument doc;
    private final Map<Integer, Float> advances = new HashMap<>();
    private PDType0Font font;

    private Typeface(String name, TrueTypeFont file, PDDocument doc) throws IOException {
        this.name = name;
        this.file = file;
        this.cmap = file.getUnicodeCmapLookup();
        this.unitsToThousandths = 1000f / file.getUnitsPerEm();
        this.doc = doc;
    }

    /**
     * Reads a font from its bytes, without its {@code GSUB} table: the handout shapes Arabic itself, and
     * PDFBox's own substitutions would draw ligatures that copy out of the PDF as nothing.
     */
    static Typeface read(String name, byte[] bytes, PDDocument doc) throws IOException {
        TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(SfntTables.without(bytes, Set.of("GSUB"))));
        try {
            if (!file.getTableMap().containsKey("glyf")) {
                throw new IOException(name + " has no TrueType outlines, which PDF embedding needs");
            }
            return new Typeface(name, file, doc);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    String name() {
        return name;
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    boolean hasAll(CharSequence text) {
        return text.codePoints().allMatch(this::has);
    }

    /** The advance of one character in thousandths of the font size, as PDF widths are given. */
    float advance(int codePoint) {
        return advances.computeIfAbsent(codePoint, cp -> {
            try {
                return file.getAdvanceWidth(cmap.getGlyphId(cp)) * unitsToThousandths;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The font to draw with, embedded (as a subset of the glyphs drawn) on first use. */
    PDType0Font font() throws IOException {
        if (font == null) {
            font = PDType0Font.load(doc, file, true);
        }
        return font;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
