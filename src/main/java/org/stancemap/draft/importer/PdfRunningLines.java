package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops what a printed page repeats rather than says: page numbers, and running headers and
 * footers (the same line, numbers aside, at the top or bottom of two or more pages).
 */
final class PdfRunningLines {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[\\s\\p{Pd}|]*(page|p\\.|seite)?\\s*(\\d{1,4}|[ivxlc]{1,7})(\\s*(/|of|von)\\s*\\d{1,4})?[\\s\\p{Pd}|]*$");
    private static final int EDGE_LINES = 2;

    private PdfRunningLines() {
    }

    /** {@code pages}: each page's lines. Returns them without page numbers and running lines. */
    static List<List<PdfLine>> remove(List<List<PdfLine>> pages) {
        Map<String, Set<Integer>> pagesByEdgeText = new HashMap<>();
        for (List<PdfLine> page : pages) {
            for (PdfLine line : edges(page)) {
                pagesByEdgeText.computeIfAbsent(key(line), k -> new HashSet<>()).add(line.page());
            }
        }
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            Set<PdfLine> edges = new HashSet<>(edges(page));
            List<PdfLine> body = new ArrayList<>();
            for (PdfLine line : page) {
                boolean running = edges.contains(line) && (PAGE_NUMBER.matcher(line.text()).matches()
                        || pagesByEdgeText.getOrDefault(key(line), Set.of()).size() >= 2);
                if (!running) {
                    body.add(line);
                }
            }
            kept.add(body);
        }
        return kept;
    }

    /** The top and bottom lines of a page, where headers, footers and page numbers sit. */
    private static List<PdfLine> edges(List<PdfLine> page) {
        List<Float> baselines = page.stream().map(PdfLine::y).distinct().sorted().toList();
        if (baselines.size() <= 2 * EDGE_LINES) {
            return page.stream().filter(l -> PAGE_NUMBER.matcher(l.text()).matches()).toList();
        }
        Set<Float> edgeBaselines = new HashSet<>(baselines.subList(0, EDGE_LINES));
        edgeBaselines.addAll(baselines.subList(baselines.size() - EDGE_LINES, baselines.size()));
        return page.stream().filter(l -> edgeBaselines.contains(l.y()))
                .sorted(Comparator.comparingDouble(PdfLine::y)).toList();
    }

    /** Numbers vary from page to page ("Page 3", "March 2024 · 4"); the rest of a running line does not. */
    private static String key(PdfLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
