package org.stancemap.export;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.export.PrintPalette.Rgb;
import org.stancemap.layout.ActorAnchors;
import org.stancemap.layout.BadgePlacer;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Framing;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/**
 * The map as vector graphics, laid out the way the app's map view does it (same projection,
 * anchors, badge placement and framing) at print sizes: land, states tinted in their bloc colour,
 * links between positions and a badge for every actor. Link kinds differ in dash and end marker as
 * well as colour, and actor kinds in shape, so a black-and-white copy still reads.
 */
final class MapDrawing {

    /** The room one badge and its two-line name take, in points. */
    private static final float BOX_WIDTH = 74;
    private static final float BOX_HEIGHT = 36;
    private static final float DISC = 8.5f;
    private static final float SMALL_DISC = 3.5f;
    private static final float FRAME_MARGIN = 18;
    private static final float FRAME_BOTTOM = 26;
    private static final float BEND = 15;
    private static final float NAME_SIZE = 6.6f;
    private static final float INITIALS_SIZE = 6.4f;
    /** Points per map unit (a tenth of a degree of latitude): about eight degrees across a page. */
    private static final double MAX_ZOOM = 6;
    /** How far out framing may go, beyond the zoom at which the actors' places alone fill the map. */
    private static final double ZOOM_OUT_ALLOWANCE = 0.75;

    private final WorldOutline world;
    private final MapProjection projection = new MapProjection();

    MapDrawing(WorldOutline world) {
        this.world = world;
    }

    /** Where the land outlines come from, for a credit line under the map; empty if unknown. */
    String attribution() {
        return TextLines.inline(world.source());
    }

    /** Where map units land on the page: PDF x and y of a point in map units. */
    private record View(float left, float top, double zoom, double offsetX, double offsetY) {

        float x(double mapX) {
            return (float) (left + mapX * zoom + offsetX);
        }

        float y(double mapY) {
            return (float) (top - (mapY * zoom + offsetY));
        }

        /** PDF position of a point already in zoomed (screen) units. */
        float screenX(double x) {
            return (float) (left + x + offsetX);
        }

        float screenY(double y) {
            return (float) (top - (y + offsetY));
        }
    }

    /** Draws the map filling the box with top-left corner ({@code left}, {@code top}) in PDF coordinates. */
    void draw(PageFlow flow, Explainer explainer, float left, float top, float width, float height) throws IOException {
        PDPageContentStream cs = flow.content();
        Map<String, Point> anchors = ActorAnchors.geographic(explainer, projection);
        Map<String, Point> ordered = new LinkedHashMap<>();
        explainer.actors().stream().sorted(Comparator.comparingInt((Actor a) -> a.kind().ordinal()))
                .forEach(a -> ordered.put(a.id(), anchors.get(a.id())));
        BadgePlacer placer = new BadgePlacer(BOX_WIDTH, BOX_HEIGHT);
        Framing.Frame frame = ordered.isEmpty()
                ? new Framing.Frame(projection.project(50, 15).x(), projection.project(50, 15).y(), width / 500.0)
                : new Framing(placer, minZoom(ordered.values(), width, height), MAX_ZOOM)
                        .fit(ordered, width, height, FRAME_MARGIN, FRAME_BOTTOM, DISC);
        double zoom = frame.zoom();
        View view = new View(left, top, zoom, width / 2 - frame.centreX() * zoom, height / 2 - frame.centreY() * zoom);
        Map<String, Point> zoomed = new LinkedHashMap<>();
        ordered.forEach((id, p) -> zoomed.put(id, new Point(p.x() * zoom, p.y() * zoom)));
        BadgePlacer.Placement placement = keepInside(placer.place(zoomed), zoomed, view, width, height);
        BlocPalette palette = BlocPalette.of(explainer);

        cs.saveGraphicsState();
        cs.addRect(left, top - height, width, height);
        cs.clip();
        PrintPalette.SEA.fill(cs);
        cs.addRect(left, top - height, width, height);
        cs.fill();
        drawLand(cs, explainer, palette, view, width, height);
        drawScaleBreak(flow, view, width);
        drawLinks(cs, explainer, placement, view);
        drawLeaders(cs, zoomed, placement, view);
        for (Actor actor : explainer.actors()) {
            Point centre = placement.positions().get(actor.id());
            boolean crowded = placement.crowded().contains(actor.id());
            drawBadge(flow, actor, palette.slotOf(actor.id()), view.screenX(centre.x()), view.screenY(centre.y()),
                    crowded);
        }
        for (Actor actor : explainer.actors()) {
            if (!placement.crowded().contains(actor.id())) {
                Point centre = placement.positions().get(actor.id());
                drawName(flow, actor, view.screenX(centre.x()), view.screenY(centre.y()), left, left + width);
            }
        }
        cs.restoreGraphicsState();
        PrintPalette.RULE.stroke(cs);
        cs.setLineWidth(0.6f);
        cs.addRect(left, top - height, width, height);
        cs.stroke();
    }

    /**
     * A badge pushed out of the frame to find room goes back to its place and is drawn small, as
     * the placer does with badges that find no room, so no label is cut by the frame's edge.
     */
    private static BadgePlacer.Placement keepInside(BadgePlacer.Placement placement, Map<String, Point> anchors,
                                                    View view, float width, float height) {
        Map<String, Point> positions = new LinkedHashMap<>(placement.positions());
        Set<String> crowded = new HashSet<>(placement.crowded());
        for (Map.Entry<String, Point> entry : placement.positions().entrySet()) {
            float x = view.screenX(entry.getValue().x()) - view.left();
            float y = view.top() - view.screenY(entry.getValue().y());
            boolean inside = x >= DISC + 2 && x <= width - DISC - 2 && y >= DISC + 2 && y <= height - BOX_HEIGHT + DISC;
            if (!inside) {
                positions.put(entry.getKey(), anchors.get(entry.getKey()));
                crowded.add(entry.getKey());
            }
        }
        return new BadgePlacer.Placement(positions, crowded);
    }

    /**
     * Framing zooms out until every badge has room; on paper nobody can zoom back in, so it stops
     * a little beyond the zoom at which the actors' places fill the map, and badges still without
     * room are drawn small on their places (their names are all in the text that follows).
     */
    private static double minZoom(Collection<Point> anchors, float width, float height) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Point p : anchors) {
            box[0] = Math.min(box[0], p.x());
            box[1] = Math.min(box[1], p.y());
            box[2] = Math.max(box[2], p.x());
            box[3] = Math.max(box[3], p.y());
        }
        double usableW = width - 2 * FRAME_MARGIN;
        double usableH = height - FRAME_MARGIN - FRAME_BOTTOM;
        double filling = Math.min(usableW / Math.max(1, box[2] - box[0]), usableH / Math.max(1, box[3] - box[1]));
        return Math.min(MAX_ZOOM, filling * ZOOM_OUT_ALLOWANCE);
    }

    // ---------------------------------------------------------------- land

    private void drawLand(PDPageContentStream cs, Explainer explainer, BlocPalette palette, View view, float width,
                          float height) throws IOException {
        cs.setLineWidth(0.35f);
        PrintPalette.LAND_BORDER.stroke(cs);
        PrintPalette.LAND.fill(cs);
        Map<String, CountryOutline> byName = new HashMap<>();
        for (CountryOutline country : world.countries()) {
            byName.put(country.name().toLowerCase(Locale.ROOT), country);
            if (tracePath(cs, country.rings(), view, width, height)) {
                cs.fillAndStroke();
            }
        }
        for (Actor actor : explainer.actors()) {
            CountryOutline territory = actor.kind() == ActorKind.STATE
                    ? byName.get(actor.name().toLowerCase(Locale.ROOT)) : null;
            if (territory != null && tracePath(cs, territory.rings(), view, width, height)) {
                PrintPalette.bloc(palette.slotOf(actor.id())).over(PrintPalette.LAND, 0.38f).fill(cs);
                cs.fillAndStroke();
            }
        }
    }

    /** Adds the rings that reach into the box to the current path; false when none does. */
    private boolean tracePath(PDPageContentStream cs, List<double[]> rings, View view, float width, float height)
            throws IOException {
        boolean any = false;
        float left = view.left();
        float bottom = view.top() - height;
        for (double[] ring : rings) {
            int points = ring.length / 2;
            if (points < 3) {
                continue;
            }
            float[] xs = new float[points];
            float[] ys = new float[points];
            float minX = Float.MAX_VALUE;
            float maxX = -Float.MAX_VALUE;
            float minY = Float.MAX_VALUE;
            float maxY = -Float.MAX_VALUE;
            for (int i = 0; i < points; i++) {
                Point p = projection.project(ring[2 * i + 1], ring[2 * i]);
                xs[i] = view.x(p.x());
                ys[i] = view.y(p.y());
                minX = Math.min(minX, xs[i]);
                maxX = Math.max(maxX, xs[i]);
                minY = Math.min(minY, ys[i]);
                maxY = Math.max(maxY, ys[i]);
            }
            if (maxX < left || minX > left + width || maxY < bottom || minY > view.top()) {
                continue;
            }
            cs.moveTo(xs[0], ys[0]);
            for (int i = 1; i < points; i++) {
                cs.lineTo(xs[i], ys[i]);
            }
            cs.closePath();
            any = true;
        }
        return any;
    }

    private void drawScaleBreak(PageFlow flow, View view, float width) throws IOException {
        float x = view.x(projection.xOfLongitude(MapProjection.BREAK_LONGITUDE));
        if (x <= view.left() || x >= view.left() + width) {
            return;
        }
        PDPageContentStream cs = flow.content();
        float top = view.y(projection.project(76, MapProjection.BREAK_LONGITUDE).y());
        float bottom = view.y(projection.project(36, MapProjection.BREAK_LONGITUDE).y());
        PrintPalette.MUTED.stroke(cs);
        cs.setLineWidth(0.5f);
        cs.setLineDashPattern(new float[] {3, 3}, 0);
        cs.moveTo(x, top);
        cs.lineTo(x, bottom);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        // The line starts at 76°N, which can lie above the frame: keep its label inside.
        float labelBaseline = Math.min(top, view.top()) - 8;
        flow.drawText(cs, HandoutText.get("map.scaleBreak"), Face.SANS, 5.5f, PrintPalette.MUTED, x + 3, labelBaseline);
    }

    // ---------------------------------------------------------------- links

    private void drawLinks(PDPageContentStream cs, Explainer explainer, BadgePlacer.Placement placement, View view)
            throws IOException {
        Map<String, Integer> parallel = new HashMap<>();
        for (Link link : explainer.links()) {
            String a = explainer.holderOf(link.fromStanceId()).map(Actor::id).orElse(null);
            String b = explainer.holderOf(link.toStanceId()).map(Actor::id).orElse(null);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String pair = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            int k = parallel.merge(pair, 1, Integer::sum) - 1;
            double side = a.compareTo(b) < 0 ? 1 : -1;
            double bend = side * BEND * (k / 2 + 1) * (k % 2 == 0 ? 1 : -1);
            Point pa = placement.positions().get(a);
            Point pb = placement.positions().get(b);
            double length = pa.distanceTo(pb);
            // As on screen: neighbours bow out beside their badges, long links a little more than short ones.
            double extra = length < BOX_WIDTH * 1.5 ? BOX_WIDTH * 0.6 : length * 0.07;
            bend = Math.copySign(Math.abs(bend) + extra, bend);
            MapMarks.drawCurve(cs, link.kind(), view.screenX(pa.x()), view.screenY(pa.y()), view.screenX(pb.x()),
                    view.screenY(pb.y()), bend, DISC + 3);
        }
    }

    private static void drawLeaders(PDPageContentStream cs, Map<String, Point> anchors,
                                    BadgePlacer.Placement placement, View view) throws IOException {
        PrintPalette.MUTED.stroke(cs);
        PrintPalette.MUTED.fill(cs);
        cs.setLineWidth(0.5f);
        for (Map.Entry<String, Point> entry : placement.positions().entrySet()) {
            Point anchor = anchors.get(entry.getKey());
            Point centre = entry.getValue();
            if (centre.distanceTo(anchor) > DISC) {
                cs.moveTo(view.screenX(anchor.x()), view.screenY(anchor.y()));
                cs.lineTo(view.screenX(centre.x()), view.screenY(centre.y()));
                cs.stroke();
                MapMarks.circle(cs, view.screenX(anchor.x()), view.screenY(anchor.y()), 1.3f);
                cs.fill();
            }
        }
    }

    // ---------------------------------------------------------------- badges

    private static void drawBadge(PageFlow flow, Actor actor, int slot, float x, float y, boolean crowded)
            throws IOException {
        PDPageContentStream cs = flow.content();
        float r = crowded ? SMALL_DISC : DISC;
        MapMarks.shape(cs, actor.kind(), x, y, r);
        PrintPalette.bloc(slot).fill(cs);
        PrintPalette.PAPER.stroke(cs);
        cs.setLineWidth(crowded ? 0.6f : 1f);
        cs.fillAndStroke();
        if (!crowded) {
            String initials = actor.initials();
            float w = flow.fonts().width(initials, Face.SANS_BOLD, INITIALS_SIZE);
            flow.drawText(cs, initials, Face.SANS_BOLD, INITIALS_SIZE, PrintPalette.blocInk(slot), x - w / 2,
                    y - INITIALS_SIZE * 0.36f);
        }
    }

    /** The name under a badge on a white ground, moved sideways if needed to stay between {@code minX} and {@code maxX}. */
    private static void drawName(PageFlow flow, Actor actor, float x, float y, float minX, float maxX)
            throws IOException {
        PDPageContentStream cs = flow.content();
        HandoutFonts fonts = flow.fonts();
        float maxWidth = BOX_WIDTH - 4;
        List<String> lines = TextLines.wrap(actor.name(), fonts, Face.SANS, NAME_SIZE, maxWidth);
        if (lines.size() > 2) {
            String rest = String.join(" ", lines.subList(1, lines.size()));
            lines = List.of(lines.get(0), TextLines.fit(rest + " …", fonts, Face.SANS, NAME_SIZE, maxWidth));
        }
        float leading = NAME_SIZE * 1.2f;
        float top = y - DISC * 1.2f - 2;
        float widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, fonts.width(line, Face.SANS, NAME_SIZE));
        }
        x = Math.max(minX + widest / 2 + 3, Math.min(maxX - widest / 2 - 3, x));
        PrintPalette.PAPER.fill(cs);
        cs.addRect(x - widest / 2 - 2, top - lines.size() * leading - 1.5f, widest + 4, lines.size() * leading + 2);
        cs.fill();
        float baseline = top - NAME_SIZE;
        for (String line : lines) {
            float w = fonts.width(line, Face.SANS, NAME_SIZE);
            flow.drawText(cs, line, Face.SANS, NAME_SIZE, PrintPalette.INK, x - w / 2, baseline);
            baseline -= leading;
        }
    }
}
