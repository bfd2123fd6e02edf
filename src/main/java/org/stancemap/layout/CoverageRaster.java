package org.stancemap.layout;

import java.util.Arrays;

/**
 * Fills outlines into a picture of opaque pixels, each edge pixel as much as the shape covers it.
 * Outlines are added edge by edge, then filled with one colour (non-zero winding: rings going
 * either way are inside, overlaps count once); the next outlines start afresh.
 *
 * <p>How: every edge adds, row by row, how much it changes the covered share of each pixel from
 * the one to its left (the exact area of the pixel right of the edge). A row's running sum of those
 * changes is then each pixel's coverage. The work grows with the edges' length in pixels and the
 * picture's size, nothing else, and it needs no toolkit: the window's first frame gets its land
 * made on another thread while the toolkit starts.
 */
public final class CoverageRaster {

    private final int width;
    private final int height;
    private final int[] pixels;
    /** Per row, {@code width + 1} changes of coverage from the pixel before. */
    private final float[] changes;
    /** The rows and columns the outlines added since the last fill reach. */
    private int firstRow;
    private int lastRow = -1;
    private int firstColumn;
    private int lastColumn = -1;

    /** A {@code width}×{@code height} picture all of {@code background} (0xAARRGGBB, opaque). */
    public CoverageRaster(int width, int height, int background) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("no pixels in " + width + "×" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[width * height];
        Arrays.fill(pixels, background | 0xFF000000);
        this.changes = new float[(width + 1) * height];
        this.firstRow = height;
        this.firstColumn = width;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The picture, row after row, each pixel 0xAARRGGBB. */
    public int[] pixels() {
        return pixels;
    }

    /** Adds the edge from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}), in pixels, to the outlines to fill. */
    public void edge(double x0, double y0, double x1, double y1) {
        if (y0 == y1 || Double.isNaN(x0 + y0 + x1 + y1)) {
            return;
        }
        double direction = 1;
        if (y0 > y1) {
            double x = x0;
            double y = y0;
            x0 = x1;
            y0 = y1;
            x1 = x;
            y1 = y;
            direction = -1;
        }
        if (y1 <= 0 || y0 >= height) {
            return;
        }
        double slope = (x1 - x0) / (y1 - y0);
        int top = (int) Math.max(0, Math.floor(y0));
        int bottom = (int) Math.min(height, Math.ceil(y1));
        firstRow = Math.min(firstRow, top);
        lastRow = Math.max(lastRow, bottom - 1);
        firstColumn = (int) Math.max(0, Math.min(firstColumn, Math.floor(Math.min(x0, x1))));
        lastColumn = (int) Math.min(width - 1, Math.max(lastColumn, Math.ceil(Math.max(x0, x1))));
        for (int row = top; row < bottom; row++) {
            double from = Math.max(y0, row);
            double to = Math.min(y1, row + 1);
            double xFrom = x0 + (from - y0) * slope;
            double xTo = x0 + (to - y0) * slope;
            addSpan(row, Math.min(xFrom, xTo), Math.max(xFrom, xTo), (to - from) * direction);
        }
    }

    /**
     * The part of an edge within one row: it crosses from {@code left} to {@code right} and covers
     * {@code share} of the row's height (negative going up). A pixel's covered share is the mean,
     * across its width, of how much of the part lies left of each point.
     */
    private void addSpan(int row, double left, double right, double share) {
        int base = row * (width + 1);
        if (right <= 0) {
            changes[base] += (float) share;
            return;
        }
        if (left >= width) {
            return;
        }
        int start = (int) Math.max(0, Math.floor(left));
        int end = (int) Math.min(width, Math.ceil(right));
        double span = right - left;
        double before = coveredIn(start - 1, left, right, span);
        for (int x = start; x <= end; x++) {
            double covered = coveredIn(x, left, right, span);
            changes[base + x] += (float) ((covered - before) * share);
            before = covered;
        }
    }

    /** The mean, over the pixel from {@code x} to {@code x + 1}, of the share of the part left of each point. */
    private static double coveredIn(int x, double left, double right, double span) {
        return leftOf(x + 1, left, right, span) - leftOf(x, left, right, span);
    }

    /** The integral from far left up to {@code at} of the share of the part that lies left of each point. */
    private static double leftOf(double at, double left, double right, double span) {
        if (at <= left) {
            return 0;
        }
        if (span == 0) {
            return at - left;
        }
        if (at >= right) {
            return span / 2 + (at - right);
        }
        double into = at - left;
        return into * into / (2 * span);
    }

    /**
     * Paints the outlines added since the last fill in {@code argb} (0xAARRGGBB; its alpha is the
     * paint's opacity) over what is there, and forgets them.
     */
    public void fill(int argb) {
        int opacity = argb >>> 24;
        int red = (argb >> 16) & 0xFF;
        int green = (argb >> 8) & 0xFF;
        int blue = argb & 0xFF;
        for (int row = firstRow; row <= lastRow; row++) {
            int base = row * (width + 1);
            int line = row * width;
            // What edges left of the first column add up to is in the first column's change.
            float sum = 0;
            for (int x = firstColumn; x <= lastColumn; x++) {
                sum += changes[base + x];
                // The paint's share of the pixel, 0 to 255.
                int share = (int) (Math.min(1f, Math.abs(sum)) * opacity + 0.5f);
                if (share > 0) {
                    pixels[line + x] = blend(pixels[line + x], red, green, blue, share);
                }
            }
            Arrays.fill(changes, base, base + width + 1, 0f);
        }
        firstRow = height;
        lastRow = -1;
        firstColumn = width;
        lastColumn = -1;
    }

    private static int blend(int under, int red, int green, int blue, int share) {
        int keep = 255 - share;
        int r = (red * share + ((under >> 16) & 0xFF) * keep + 127) / 255;
        int g = (green * share + ((under >> 8) & 0xFF) * keep + 127) / 255;
        int b = (blue * share + (under & 0xFF) * keep + 127) / 255;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
