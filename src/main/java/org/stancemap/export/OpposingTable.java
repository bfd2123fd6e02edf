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

    private static final float[] COLUMNS = {0.44f, 0.44f, 0.12f};
    private static final float SIZE = 8;
    private static final float LEADING = 10;
    private static final float PAD = 3;
    private static final float HEADER_SIZE = 8;
    /** What the composer's section heading takes, with the space above it. */
    private static final float HEADING_ROOM = 36;

    /** A line of a cell; its first {@code boldChars} characters (the holder's name) are bold. */
    private record Line(String text, Face face, int boldChars) {
        Line(String text, Face face) {
            this(text, face, 0);
        }
    }

    private OpposingTable() {
    }

    static void draw(PageFlow flow, Explainer explainer, Heading heading) throws IOException {
        List<Link> opposing = explainer.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).toList();
        if (opposing.isEmpty()) {
            heading.draw(HandoutText.get("opposing.heading"));
            flow.paragraph(HandoutText.get("opposing.none"), Face.SANS, HandoutComposer.BODY,
                    HandoutComposer.BODY_LEADING, PrintPalette.MUTED, 0);
            return;
        }
        List<List<List<Line>>> table = new ArrayList<>();
        for (Row row : rows(explainer, opposing)) {
            List<Line> against = new ArrayList<>();
            List<Line> where = new ArrayList<>();
            for (Link link : row.links()) {
                String other = link.otherEnd(row.stanceId());
                List<Line> cell = position(flow, explainer, other, 1);
                against.addAll(cell);
                where.addAll(wrapped(flow, where(explainer, link), Face.SANS, 2));
                while (where.size() < against.size()) {
                    where.add(new Line("", Face.SANS));
                }
            }
            table.add(List.of(position(flow, explainer, row.stanceId(), 0), against, where));
        }
        float headerHeight = LEADING + 2 * PAD;
        int firstRows = table.get(0).stream().mapToInt(List::size).max().orElse(1);
        // The heading, the table's header and the start of its first row stay together.
        flow.ensure(HEADING_ROOM + headerHeight + Math.min(firstRows, 5) * LEADING + 2 * PAD);
        heading.draw(HandoutText.get("opposing.heading"));
        header(flow);
        for (List<List<Line>> cells : table) {
            int rows = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
            float height = rows * LEADING + 2 * PAD;
            // A row moves to the next page whole, unless it is long and a good part of it fits here.
            int roomHere = (int) Math.floor((flow.bottom() - flow.y() - 2 * PAD) / LEADING);
            boolean splitHere = rows > 8 && roomHere >= 5;
            if (!flow.fits(height) && !splitHere && height <= flow.fullPageHeight() - headerHeight) {
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

    /** A position and every opposing link that sets another position against it. */
    private record Row(String stanceId, List<Link> links) {
    }

    /**
     * One row per position that others are set against, so a position opposed five times is printed once
     * beside its five opponents; each link is in exactly one row, and the order follows the links'.
     */
    static List<Row> rows(Explainer explainer, List<Link> opposing) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        for (Link link : opposing) {
            count.merge(link.fromStanceId(), 1, Integer::sum);
            count.merge(link.toStanceId(), 1, Integer::sum);
        }
        java.util.Map<String, List<Link>> grouped = new java.util.LinkedHashMap<>();
        for (Link link : opposing) {
            String anchor = count.get(link.toStanceId()) > count.get(link.fromStanceId()) ? link.toStanceId()
                    : link.fromStanceId();
            grouped.computeIfAbsent(anchor, a -> new ArrayList<>()).add(link);
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((stance, links) -> rows.add(new Row(stance, links)));
        return rows;
    }

    private static List<Line> position(PageFlow flow, Explainer explainer, String stanceId, int column) {
        String holder = explainer.holderOf(stanceId).map(Actor::name).orElse("");
        String summary = explainer.stance(stanceId).map(Stance::summary).orElse(stanceId);
        // The holder in bold, then the position, on the same lines.
        List<Line> lines = new ArrayList<>();
        List<String> wrappedText = TextLines.wrap(holder + ": " + summary, flow.fonts(), Face.SANS, SIZE,
                cellWidth(flow, column) - (flow.fonts().width(holder, Face.SANS_BOLD, SIZE)
                        - flow.fonts().width(holder, Face.SANS, SIZE)) - 2);
        for (int i = 0; i < wrappedText.size(); i++) {
            String text = wrappedText.get(i);
            lines.add(i == 0 && !holder.isEmpty() && text.startsWith(holder + ":") ? new Line(text, Face.SANS, holder.length() + 1)
                    : new Line(text, Face.SANS, 0));
        }
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
                float x = columnLeft(flow, column) + PAD;
                float baseline = flow.y() + PAD + (i - from) * LEADING + LEADING * 0.75f;
                if (line.boldChars() > 0) {
                    String bold = line.text().substring(0, line.boldChars());
                    flow.text(bold, Face.SANS_BOLD, SIZE, PrintPalette.INK, x, baseline);
                    flow.text(line.text().substring(line.boldChars()), line.face(), SIZE, PrintPalette.INK,
                            x + flow.fonts().width(bold, Face.SANS_BOLD, SIZE), baseline);
                } else {
                    flow.text(line.text(), line.face(), SIZE, PrintPalette.INK, x, baseline);
                }
            }
        }
        flow.advance(count * LEADING + 2 * PAD);
        flow.rule(PrintPalette.RULE, 0.5f);
    }
}
