package org.stancemap.export;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads a handout back as a reader sees its list of actors: each small filled mark (a dot, a
 * rounded square, a diamond) and the line of text that starts just right of it, so a test can say
 * in which colour each actor's name is marked.
 */
final class NameSwatches {

    /** A mark is about 8 pt across; quote bars and map fills are far from square or far larger. */
    private static final float MARK_MIN = 5;
    private static final float MARK_MAX = 11;
    /** How far right of its mark a name starts, and how far from the mark's middle its baseline lies. */
    private static final float NAME_GAP = 12;
    private static final float LINE_SLACK = 7;

    private NameSwatches() {
    }

    /** The colour of the mark before each line of text that has one, by the line's text, in page order. */
    static Map<String, PrintPalette.Rgb> of(byte[] pdf) {
        Map<String, PrintPalette.Rgb> marked = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                Page read = new Page(page);
                read.processPage(page);
                for (Mark mark : read.marks) {
                    String line = read.lineRightOf(mark);
                    if (!line.isBlank()) {
                        marked.putIfAbsent(line, mark.colour());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return marked;
    }

    private record Mark(float minX, float minY, float maxX, float maxY, PrintPalette.Rgb colour) {
    }

    private record Glyph(String text, float x, float y) {
    }

    private static final class Page extends PDFGraphicsStreamEngine {
        private final List<Mark> marks = new ArrayList<>();
        private final List<Glyph> glyphs = new ArrayList<>();
        private float minX = Float.MAX_VALUE;
        private float minY = Float.MAX_VALUE;
        private float maxX = -Float.MAX_VALUE;
        private float maxY = -Float.MAX_VALUE;
        private final Point2D.Float current = new Point2D.Float();

        Page(PDPage page) {
            super(page);
        }

        String lineRightOf(Mark mark) {
            float middle = (mark.minY() + mark.maxY()) / 2;
            StringBuilder line = new StringBuilder();
            glyphs.stream()
                    .filter(g -> Math.abs(g.y() - middle) < LINE_SLACK && g.x() > mark.maxX()
                            && g.x() < mark.maxX() + 400)
                    .sorted(Comparator.comparingDouble(Glyph::x))
                    .forEach(g -> line.append(g.text()));
            List<Glyph> first = glyphs.stream().filter(g -> Math.abs(g.y() - middle) < LINE_SLACK
                    && g.x() > mark.maxX()).sorted(Comparator.comparingDouble(Glyph::x)).toList();
            return first.isEmpty() || first.get(0).x() - mark.maxX() > NAME_GAP ? "" : line.toString();
        }

        private void include(float x, float y) {
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            for (Point2D p : List.of(p0, p1, p2, p3)) {
                include((float) p.getX(), (float) p.getY());
            }
        }

        @Override
        public void moveTo(float x, float y) {
            include(x, y);
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            include(x, y);
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            include(x1, y1);
            include(x2, y2);
            include(x3, y3);
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            forget();
        }

        @Override
        public void strokePath() {
            forget();
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            float w = maxX - minX;
            float h = maxY - minY;
            if (w >= MARK_MIN && w <= MARK_MAX && h >= MARK_MIN && h <= MARK_MAX) {
                // The handout fills in DeviceRGB: the three components as written.
                float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
                marks.add(new Mark(minX, minY, maxX, maxY, new PrintPalette.Rgb(rgb[0], rgb[1], rgb[2])));
            }
            forget();
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            fillPath(windingRule);
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            String text = font.toUnicode(code);
            if (text != null) {
                glyphs.add(new Glyph(text, textRenderingMatrix.getTranslateX(), textRenderingMatrix.getTranslateY()));
            }
        }

        private void forget() {
            minX = Float.MAX_VALUE;
            minY = Float.MAX_VALUE;
            maxX = -Float.MAX_VALUE;
            maxY = -Float.MAX_VALUE;
        }
    }
}
