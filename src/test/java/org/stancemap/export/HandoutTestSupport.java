package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.testdata.ExplainerGenerator;

/** Shared helpers: explainers to print, and reading a handout back as text. */
final class HandoutTestSupport {

    static final WorldOutline WORLD = new WorldOutlineLoader().loadDefault();

    private HandoutTestSupport() {
    }

    static Explainer defaultExplainer() {
        return valid(new ExplainerLoader().loadDefault());
    }

    /** A moderate generated explainer: 60 actors, 90 links. */
    static Explainer generatedExplainer() {
        return valid(new ExplainerLoader().load(ExplainerGenerator.generateBytes(60, 90, 11), "generated.json"));
    }

    static Explainer valid(LoadResult result) {
        assertTrue(result.isValid(), () -> "test explainer does not load: " + result.problems());
        return result.explainer().orElseThrow();
    }

    static byte[] render(Explainer explainer, HandoutOptions options) {
        try {
            return new HandoutWriter(WORLD).render(explainer, options, p -> { }).pdf();
        } catch (HandoutException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /**
     * The text of the page bodies, page after page, leaving out the running footers so that a quote
     * broken across two pages reads as one.
     */
    static String bodyText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder text = new StringBuilder();
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                // In drawing order, so each table cell reads as a whole rather than line by line across the row.
                stripper.setSortByPosition(false);
                float height = page.getMediaBox().getHeight();
                stripper.addRegion("body", new Rectangle2D.Float(0, 0, page.getMediaBox().getWidth(),
                        height - PageFlow.MARGIN_BOTTOM + 4));
                stripper.extractRegions(page);
                text.append(stripper.getTextForRegion("body")).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text, footers included. */
    static String allText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs of white space (line breaks from wrapping included) made one space; every other character kept. */
    static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A glyph as placed on a page: its page number (from 1) and box in PDF user space. */
    record Glyph(int page, String unicode, float left, float right, float top, float bottom) {
    }

    /** A glyph's size in points as printed (scaling of the page included) with its page and text. */
    record Sized(int page, String unicode, float points, float bottomFromTop) {
    }

    /** Every glyph with its printed size and how far down its page it sits. */
    static List<Sized> sizes(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Sized> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    sizes.add(new Sized(getCurrentPageNo(), p.getUnicode(), p.getXScale(), p.getYDirAdj()));
                }
            };
            stripper.getText(doc);
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph of the handout with where it sits. */
    static List<Glyph> glyphs(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    float height = p.getPageHeight();
                    // TextPosition measures y from the top of the page.
                    glyphs.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(),
                            p.getXDirAdj() + p.getWidthDirAdj(), height - p.getYDirAdj() + p.getHeightDir(),
                            height - p.getYDirAdj()));
                }
            };
            stripper.getText(doc);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
