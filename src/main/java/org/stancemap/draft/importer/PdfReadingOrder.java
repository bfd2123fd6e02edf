package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the lines of one page in reading order. When a vertical gutter runs down the middle of
 * the text (few lines cross it, many lie on each side), the page has two columns: lines that
 * cross it (a headline, a full-width paragraph) cut the page into bands, and each band is read
 * left column first, then right. Each column of a band is returned as its own flow of lines.
 */
final class PdfReadingOrder {

    private static final float MIN_GUTTER = 6f;

    private PdfReadingOrder() {
    }

    static List<List<PdfLine>> columns(List<PdfLine> lines) {
        List<PdfLine> byY = new ArrayList<>(lines);
        byY.sort(Comparator.comparingDouble(PdfLine::y).thenComparingDouble(PdfLine::x0));
        Float gutter = gutter(byY);
        List<List<PdfLine>> flows = new ArrayList<>();
        if (gutter == null) {
            if (!byY.isEmpty()) {
                flows.add(byY);
            }
            return flows;
        }
        List<PdfLine> left = new ArrayList<>();
        List<PdfLine> right = new ArrayList<>();
        for (PdfLine line : byY) {
            if (line.crosses(gutter)) {
                addIfAny(flows, left);
                addIfAny(flows, right);
                left = new ArrayList<>();
                right = new ArrayList<>();
                flows.add(new ArrayList<>(List.of(line)));
            } else if (line.x1() <= gutter) {
                left.add(line);
            } else {
                right.add(line);
            }
        }
        addIfAny(flows, left);
        addIfAny(flows, right);
        return mergeFullWidthRuns(flows, gutter);
    }

    /** Consecutive full-width lines (a one-column stretch) read as one flow, so their paragraphs join. */
    private static List<List<PdfLine>> mergeFullWidthRuns(List<List<PdfLine>> flows, float gutter) {
        List<List<PdfLine>> merged = new ArrayList<>();
        for (List<PdfLine> flow : flows) {
            boolean fullWidth = flow.size() == 1 && flow.get(0).crosses(gutter);
            if (fullWidth && !merged.isEmpty()) {
                List<PdfLine> last = merged.get(merged.size() - 1);
                if (last.get(last.size() - 1).crosses(gutter)) {
                    last.add(flow.get(0));
                    continue;
                }
            }
            merged.add(flow);
        }
        return merged;
    }

    private static void addIfAny(List<List<PdfLine>> flows, List<PdfLine> flow) {
        if (!flow.isEmpty()) {
            flows.add(flow);
        }
    }

    /** The middle of the widest stretch, in the middle of the text, that at most a few lines cross. */
    private static Float gutter(List<PdfLine> lines) {
        if (lines.size() < 6) {
            return null;
        }
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (PdfLine line : lines) {
            min = Math.min(min, line.x0());
            max = Math.max(max, line.x1());
        }
        int width = (int) Math.ceil(max - min);
        if (width < 4 * MIN_GUTTER || width > 20_000) {
            return null;
        }
        int[] cover = new int[width + 1];
        for (PdfLine line : lines) {
            int from = Math.max(0, (int) Math.floor(line.x0() - min));
            int to = Math.min(width, (int) Math.ceil(line.x1() - min));
            for (int x = from; x < to; x++) {
                cover[x]++;
            }
        }
        int allowed = Math.max(1, lines.size() / 8);
        int bestStart = -1;
        int bestLength = 0;
        int runStart = -1;
        for (int x = (int) (width * 0.25); x <= (int) (width * 0.75); x++) {
            if (cover[x] <= allowed) {
                if (runStart < 0) {
                    runStart = x;
                }
                if (x - runStart + 1 > bestLength) {
                    bestLength = x - runStart + 1;
                    bestStart = runStart;
                }
            } else {
                runStart = -1;
            }
        }
        if (bestLength < MIN_GUTTER) {
            return null;
        }
        float gutter = min + bestStart + bestLength / 2f;
        long leftLines = lines.stream().filter(l -> l.x1() <= gutter).count();
        long rightLines = lines.stream().filter(l -> l.x0() >= gutter).count();
        return leftLines >= 3 && rightLines >= 3 ? gutter : null;
    }
}
