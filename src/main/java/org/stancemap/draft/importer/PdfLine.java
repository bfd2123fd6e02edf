package org.stancemap.draft.importer;

/**
 * A run of text on one baseline of a PDF page, split from its neighbours on the same baseline by
 * a gap wider than a word space (so two columns give two lines). {@code y} grows down the page.
 */
record PdfLine(int page, String text, float x0, float x1, float y, float fontSize) {

    boolean crosses(float x) {
        return x0 < x && x1 > x;
    }
}
