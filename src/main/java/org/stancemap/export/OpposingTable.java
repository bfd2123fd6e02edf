package org.stancemap.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/**
 * The table of positions that oppose each other: one row per {@code opposes} link, with who holds
 * each position and its summary, and the paragraphs of the article that show the clash. Rows stay
 * whole where they can; the header repeats on each page; a row taller than a page is split between
 * lines rather than running off it.
 */
final class OpposingTable {

    /** A section heading, drawn by the composer so every section looks alike. */
    @FunctionalInterface
    interface Heading {
        void draw(String text) throws IOException;
    }

    private static final float[] COLUMNS = {0.42f, 0.42f, 0.16f};
    private static final float SIZE = 9;
    private static final float LEADING = 12;
    private static final float PAD = 5;
    private static final float HEADER_SIZE = 8;

    private record Line(String text, Face face) {
    }

    private OpposingTable() {
    }

    static void draw(PageFlow flow, Explainer explainer, Heading heading) throws IOException {
        heading.draw(HandoutText.get("opposing.heading"));
        List<Link> opposing = explainer.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).toList();
        if (opposing.isEmpty()) {
            flow.paragraph(HandoutText.get("opposing.none"), Face.SANS, HandoutComposer.BODY,
                    HandoutComposer.BODY_LEADING, PrintPalette.MUTED, 0);
            return;
        }
        float headerHeight = LEADING + 2 * PAD;
        flow.ensure(headerHeight + LEADING * 3 + 2 * PAD);
        header(flow);
        for (Link link : opposing) {
            List<List<Line>> cells = List.of(
                    position(flow, explainer, link.fromStanceId(), 0),
                    position(flow, explainer, link.toStanceId(), 1),
                    wrapped(flow, where(explainer, link), Face.SANS, 2));
            int rows = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
            float height = rows * LEADING + 2 * PAD;
            if (!flow.fits(height) && height <= flow.fullPageHeight() - headerHeight) {
                flow.newPage();
                header(flow);
            }
            int from = 0;
            while (from < rows) {
                int room = (int) Math.floor((flow.bottom() - flow.y() - 2 * PAD) / LEADING);
                if (room < 1) {
                    flow.newPage();
                    header(flow);
                    continue;
                }
                int count = Math.min(room, rows - from);
                slice(flow, cells, from, count);
                from += count;
            }
        }
    }

    private static List<Line> position(PageFlow flow, Explainer explainer, String stanceId, int column) {
        String holder = explainer.holderOf(stanceId).map(Actor::name).orElse("");
        String summary = explainer.stance(stanceId).map(Stance::summary).orElse(stanceId);
        List<Line> lines = new ArrayList<>(wrapped(flow, holder, Face.SANS_BOLD, column));
        lines.addAll(wrapped(flow, summary, Face.SANS, column));
        return lines;
    }

    private static String where(Explainer explainer, Link link) {
        List<Integer> numbers = new ArrayList<>();
        for (Span span : link.evidence()) {
            numbers.add(explainer.article().paragraphNumberAt(span.start()));
        }
        String text = HandoutComposer.paragraphs(numbers);
        return text.isEmpty() ? "–" : text;
    }

    private static List<Line> wrapped(PageFlow flow, String text, Face face, int column) {
        return TextLines.wrap(text, flow.fonts(), face, SIZE, cellWidth(flow, column)).stream()
                .map(t -> new Line(t, face)).toList();
    }

    private static float cellWidth(PageFlow flow, int column) {
        return flow.width() * COLUMNS[column] - 2 * PAD;
    }

    private static float columnLeft(PageFlow flow, int column) {
        float x = flow.left();
        for (int i = 0; i < column; i++) {
            x += flow.width() * COLUMNS[i];
        }
        return x;
    }

    private static void header(PageFlow flow) throws IOException {
        PDPageContentStream cs = flow.content();
        float height = LEADING + 2 * PAD;
        PrintPalette.TABLE_HEADER.fill(cs);
        cs.addRect(flow.left(), flow.pdfY(flow.y() + height), flow.width(), height);
        cs.fill();
        String[] titles = {
            HandoutText.get("opposing.position"), HandoutText.get("opposing.opposedBy"),
            HandoutText.get("opposing.where"),
        };
        for (int column = 0; column < titles.length; column++) {
            String title = TextLines.fit(titles[column], flow.fonts(), Face.SANS_BOLD, HEADER_SIZE,
                    cellWidth(flow, column));
            flow.text(title, Face.SANS_BOLD, HEADER_SIZE, PrintPalette.MUTED, columnLeft(flow, column) + PAD,
                    flow.y() + PAD + LEADING * 0.75f);
        }
        flow.advance(height);
    }

    /** Lines {@code from} to {@code from + count} of every cell of a row, and the rule under them. */
    private static void slice(PageFlow flow, List<List<Line>> cells, int from, int count) throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            List<Line> lines = cells.get(column);
            for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                Line line = lines.get(i);
                flow.text(line.text(), line.face(), SIZE, PrintPalette.INK, columnLeft(flow, column) + PAD,
                        flow.y() + PAD + (i - from) * LEADING + LEADING * 0.75f);
            }
        }
        flow.advance(count * LEADING + 2 * PAD);
        flow.rule(PrintPalette.RULE, 0.5f);
    }
}
