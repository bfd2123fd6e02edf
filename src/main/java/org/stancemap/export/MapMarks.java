package org.stancemap.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.export.PrintPalette.Rgb;
import org.stancemap.model.ActorKind;
import org.stancemap.model.LinkKind;

/**
 * The marks the map is drawn with, and its key: link curves that differ in dash and in the marks at
 * their ends and middle as well as colour, and badge shapes that differ by kind of actor, so a black-and-white copy reads.
 */
final class MapMarks {

    private static final float MARKER = 3.6f;
    private static final float LEGEND_SIZE = 8;

    private MapMarks() {
    }

    /**
     * A curve from (ax, ay) through control point (cx, cy) to (bx, by) in PDF coordinates, in its
     * kind's dash, with its kind's marks at the ends and in the middle, as the app draws it.
     */
    static void drawCurve(PDPageContentStream cs, LinkKind kind, float ax, float ay, float cx, float cy, float bx,
                          float by, double inset) throws IOException {
        double length = Math.max(1, Math.hypot(bx - ax, by - ay));
        Rgb colour = PrintPalette.link(kind);
        colour.stroke(cs);
        colour.fill(cs);
        lineStyle(cs, kind);
        cs.moveTo(ax, ay);
        cs.curveTo(ax + 2 * (cx - ax) / 3, ay + 2 * (cy - ay) / 3, bx + 2 * (cx - bx) / 3, by + 2 * (cy - by) / 3, bx, by);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        cs.setLineCapStyle(0);
        double t0 = Math.min(0.45, inset / length);
        if (kind != LinkKind.RESPONDS_TO) {
            marker(cs, kind, ax, ay, cx, cy, bx, by, t0, 1);
        }
        marker(cs, kind, ax, ay, cx, cy, bx, by, 1 - t0, 1);
        marker(cs, kind, ax, ay, cx, cy, bx, by, 0.5, 1.3f);
    }

    /** A straight stretch of a link, for the key. */
    static void drawSample(PDPageContentStream cs, LinkKind kind, float ax, float y, float bx) throws IOException {
        drawCurve(cs, kind, ax, y, (ax + bx) / 2, y, bx, y, 3);
    }

    /** Solid for opposes, dashed for supports, dash-dot for responds to: told apart without colour. */
    private static void lineStyle(PDPageContentStream cs, LinkKind kind) throws IOException {
        switch (kind) {
            case OPPOSES -> {
                cs.setLineWidth(1.3f);
                cs.setLineDashPattern(new float[0], 0);
            }
            case SUPPORTS -> {
                cs.setLineWidth(1.3f);
                cs.setLineDashPattern(new float[] {4.5f, 2.5f}, 0);
            }
            case RESPONDS_TO -> {
                cs.setLineWidth(1.2f);
                cs.setLineCapStyle(1);
                cs.setLineDashPattern(new float[] {4f, 2.2f, 0.1f, 2.2f}, 0);
            }
        }
    }

    private static void marker(PDPageContentStream cs, LinkKind kind, double ax, double ay, double cx, double cy,
                               double bx, double by, double t, float scale) throws IOException {
        double u = 1 - t;
        float px = (float) (u * u * ax + 2 * u * t * cx + t * t * bx);
        float py = (float) (u * u * ay + 2 * u * t * cy + t * t * by);
        double tx = 2 * u * (cx - ax) + 2 * t * (bx - cx);
        double ty = 2 * u * (cy - ay) + 2 * t * (by - cy);
        double tl = Math.max(1e-6, Math.hypot(tx, ty));
        float nx = (float) (tx / tl);
        float ny = (float) (ty / tl);
        float size = MARKER * scale;
        switch (kind) {
            case OPPOSES -> {
                cs.setLineWidth(1.8f);
                cs.moveTo(px - ny * size, py + nx * size);
                cs.lineTo(px + ny * size, py - nx * size);
                cs.stroke();
            }
            case SUPPORTS -> {
                circle(cs, px, py, 2.4f * scale);
                cs.fill();
            }
            case RESPONDS_TO -> {
                // In the middle the arrow is centred on the point; at the end its tip touches the disc.
                float shift = scale > 1 ? size * 0.8f : 0;
                float tipX = px + nx * shift;
                float tipY = py + ny * shift;
                float backX = tipX - nx * size * 1.6f;
                float backY = tipY - ny * size * 1.6f;
                cs.moveTo(tipX, tipY);
                cs.lineTo(backX - ny * size, backY + nx * size);
                cs.lineTo(backX + ny * size, backY - nx * size);
                cs.closePath();
                cs.fill();
            }
        }
    }

    /** The badge outline: a circle for a person, a diamond for an event, a rounded square for a state or bloc. */
    static void shape(PDPageContentStream cs, ActorKind kind, float x, float y, float r) throws IOException {
        switch (kind) {
            case PERSON -> circle(cs, x, y, r);
            case EVENT -> {
                float d = r * 1.2f;
                cs.moveTo(x, y + d);
                cs.lineTo(x + d, y);
                cs.lineTo(x, y - d);
                cs.lineTo(x - d, y);
                cs.closePath();
            }
            default -> roundedSquare(cs, x, y, r * 0.9f, r * 0.3f);
        }
    }

    // ---------------------------------------------------------------- legend

    /** One entry of the key: a sample mark and its label. */
    private record Entry(LinkKind link, ActorKind actor, String label) {

        float sampleWidth() {
            return link != null ? 34 : 11;
        }
    }

    private static Entry[] legendEntries() {
        return new Entry[] {
            new Entry(LinkKind.OPPOSES, null, HandoutText.get("legend.opposes")),
            new Entry(LinkKind.SUPPORTS, null, HandoutText.get("legend.supports")),
            new Entry(LinkKind.RESPONDS_TO, null, HandoutText.get("legend.responds-to")),
            new Entry(null, ActorKind.PERSON, HandoutText.get("legend.person")),
            new Entry(null, ActorKind.STATE, HandoutText.get("legend.bloc")),
            new Entry(null, ActorKind.EVENT, HandoutText.get("legend.event")),
        };
    }

    /**
     * The key under the map: the three kinds of link and the three badge shapes, in as many rows
     * of {@code width} as they need, from the flow's cursor down.
     */
    static void drawLegend(PageFlow flow, float width) throws IOException {
        float rowHeight = LEGEND_SIZE * 2;
        float x = 0;
        flow.ensure(rowHeight);
        for (Entry entry : legendEntries()) {
            float entryWidth = entry.sampleWidth() + flow.fonts().width(entry.label(), Face.SANS, LEGEND_SIZE) + 14;
            if (x > 0 && x + entryWidth > width) {
                flow.advance(rowHeight);
                flow.ensure(rowHeight);
                x = 0;
            }
            PDPageContentStream cs = flow.content();
            float left = flow.left() + x;
            float baseline = flow.pdfY(flow.y() + LEGEND_SIZE * 1.3f);
            float mid = baseline + LEGEND_SIZE * 0.35f;
            if (entry.link() != null) {
                drawSample(cs, entry.link(), left, mid, left + 30);
            } else {
                shape(cs, entry.actor(), left + 4, mid, 4);
                PrintPalette.MUTED.fill(cs);
                cs.fill();
            }
            flow.drawText(cs, entry.label(), Face.SANS, LEGEND_SIZE, PrintPalette.INK, left + entry.sampleWidth(),
                    baseline);
            x += entryWidth;
        }
        flow.advance(rowHeight);
    }

    // ---------------------------------------------------------------- shapes

    /** Adds a circle to the current path (four Bézier arcs). */
    static void circle(PDPageContentStream cs, float x, float y, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(x + r, y);
        cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
        cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
        cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
        cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
        cs.closePath();
    }

    private static void roundedSquare(PDPageContentStream cs, float x, float y, float half, float corner)
            throws IOException {
        float k = 0.5523f * corner;
        float l = x - half;
        float r = x + half;
        float b = y - half;
        float t = y + half;
        cs.moveTo(l + corner, b);
        cs.lineTo(r - corner, b);
        cs.curveTo(r - corner + k, b, r, b + corner - k, r, b + corner);
        cs.lineTo(r, t - corner);
        cs.curveTo(r, t - corner + k, r - corner + k, t, r - corner, t);
        cs.lineTo(l + corner, t);
        cs.curveTo(l + corner - k, t, l, t - corner + k, l, t - corner);
        cs.lineTo(l, b + corner);
        cs.curveTo(l, b + corner - k, l + corner - k, b, l + corner, b);
        cs.closePath();
    }
}
