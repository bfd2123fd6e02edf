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
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Framing;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/**
 * The map as vector graphics: the app's own {@link MapLayout} (the same places, fans, pins and
 * groups band) seen through a camera that frames the actors on the page, at print sizes: land,
 * states tinted in their bloc colour, links between positions and a mark for every actor. Link kinds
 * differ in dash and marks as well as colour, and actor kinds in shape, so a black-and-white copy
 * still reads.
 */
final class MapDrawing {

    /** The widest a name may be under its badge, in points. */
    private static final float BOX_WIDTH = 84;
    private static final float DISC = 8.5f;
    private static final float SMALL_DISC = 3.5f;
    private static final float FRAME_MARGIN = 14;
    private static final float FRAME_BOTTOM = 16;
    /** Labels on paper stay at or above 8 pt, readable on a photocopy. */
    private static final float NAME_SIZE = 8f;
    private static final float INITIALS_SIZE = 8f;
    /** Points per map unit (a tenth of a degree of latitude): about eight degrees across a page. */
    private static final double MAX_ZOOM = 6;
    private static final double MIN_ZOOM = 0.05;
    /** An inset for a far-off place takes this share of the map's width. */
    private static final float INSET_SHARE = 0.26f;

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
    private record View(float left, float top, double zoom, double offsetX, double offsetY, double width,
                        double height) {

        View(float left, float top, double zoom, double offsetX, double offsetY) {
            this(left, top, zoom, offsetX, offsetY, 0, 0);
        }

        float x(double mapX) {
            return (float) (left + mapX * zoom + offsetX);
        }

        float y(double mapY) {
            return (float) (top - (mapY * zoom + offsetY));
        }

        /** PDF position of a point of the scene (already zoomed and offset, y down). */
        float sceneX(double x) {
            return (float) (left + x);
        }

        float sceneY(double y) {
            return (float) (top - y);
        }
    }

    /** The app's metrics at print sizes, names measured in the handout's own font. */
    private static MapMetrics metrics(HandoutFonts fonts) {
        return new MapMetrics(DISC, BOX_WIDTH, NAME_SIZE * 1.25f, 16, 4, 34, 6,
                name -> fonts.width(name, Face.SANS, NAME_SIZE) + 4);
    }

    /**
     * Draws the map filling the box with top-left corner ({@code left}, {@code top}) in PDF coordinates,
     * each actor in its colour in {@code palette}.
     */
    void draw(PageFlow flow, Explainer explainer, BlocPalette palette, float left, float top, float width, float height)
            throws IOException {
        PDPageContentStream cs = flow.content();
        MapLayout layout = MapLayout.of(explainer, projection, world);
        MapMetrics metrics = metrics(flow.fonts());
        double band = MapScene.bandHeight(layout, metrics, width);
        Set<String> far = layout.farOff();
        // Cropped to the actors: the main frame holds every place but a far-off one, which gets an inset.
        Set<String> main = new HashSet<>(layout.places().keySet());
        main.removeAll(far);
        float insetW = width * INSET_SHARE;
        float insetH = height * INSET_SHARE * 1.2f;
        Framing.Margins margins = new Framing.Margins(FRAME_MARGIN, Math.max(FRAME_MARGIN, band + 6), FRAME_MARGIN,
                FRAME_BOTTOM);
        View view = frame(layout, metrics, main, left, top, width, height, margins);
        if (!far.isEmpty()) {
            // The main frame keeps clear of the inset's corner: beside it or above it, whichever is larger.
            View besides = frame(layout, metrics, main, left, top, width, height, new Framing.Margins(margins.left(),
                    margins.top(), insetW + 8, margins.bottom()));
            View above = frame(layout, metrics, main, left, top, width, height, new Framing.Margins(margins.left(),
                    margins.top(), margins.right(), insetH + 8));
            view = besides.zoom() >= above.zoom() ? besides : above;
        }
        MapScene scene = MapScene.of(layout, metrics, Map.of(), 0, view.zoom(), view.offsetX(), view.offsetY(), width);
        Map<String, Point> discs = new HashMap<>(scene.discs());
        View inset = null;
        MapScene insetScene = null;
        if (!far.isEmpty()) {
            inset = frame(layout, metrics, far, left + width - insetW - 4, top - height + insetH + 4, insetW, insetH,
                    new Framing.Margins(6, 16, 6, 6));
            // The inset draws no groups band, so no chip keeps its names away.
            insetScene = MapScene.of(layout, metrics, Map.of(), 0, inset.zoom(), inset.offsetX(), inset.offsetY(), 0,
                    Set.of(), new MapScene.Room(null, List.of(), false));
            for (String id : far) {
                Point p = insetScene.discs().get(id);
                // In the page's scene coordinates, so links reach into the inset.
                discs.put(id, new Point(p.x() + inset.left() - left, p.y() + top - inset.top()));
            }
        }

        cs.saveGraphicsState();
        cs.addRect(left, top - height, width, height);
        cs.clip();
        PrintPalette.SEA.fill(cs);
        cs.addRect(left, top - height, width, height);
        cs.fill();
        drawLand(cs, explainer, palette, view, width, height);
        drawScaleBreak(flow, view, width);
        drawTies(cs, scene, view, far);
        if (inset != null) {
            drawInset(flow, explainer, palette, inset, insetScene, far);
        }
        if (band > 0) {
            drawBand(flow, view, width, band);
        }
        for (MapScene.Curve curve : MapScene.curves(layout, metrics, discs)) {
            MapMarks.drawCurve(cs, curve.spec().link().kind(), view.sceneX(curve.a().x()), view.sceneY(curve.a().y()),
                    view.sceneX(curve.control().x()), view.sceneY(curve.control().y()), view.sceneX(curve.b().x()),
                    view.sceneY(curve.b().y()), 3);
        }
        Set<String> crowded = new HashSet<>(scene.crowded());
        Set<String> unlabelled = new HashSet<>(scene.unlabelled());
        Map<String, Point> nameOffsets = new HashMap<>();
        for (String id : discs.keySet()) {
            nameOffsets.put(id, far.contains(id) && insetScene != null ? insetScene.nameOffset(id) : scene.nameOffset(id));
        }
        if (insetScene != null) {
            crowded.removeAll(far);
            unlabelled.removeAll(far);
            far.stream().filter(insetScene.crowded()::contains).forEach(crowded::add);
            far.stream().filter(insetScene.unlabelled()::contains).forEach(unlabelled::add);
        }
        for (Actor actor : explainer.actors()) {
            Point centre = discs.get(actor.id());
            drawBadge(flow, actor, palette.slotOf(actor.id()), view.sceneX(centre.x()), view.sceneY(centre.y()),
                    crowded.contains(actor.id()));
        }
        for (Actor actor : explainer.actors()) {
            if (!unlabelled.contains(actor.id())) {
                Point centre = discs.get(actor.id());
                Point offset = nameOffsets.get(actor.id());
                drawName(flow, actor, view.sceneX(centre.x() + offset.x()), view.sceneY(centre.y() + offset.y()), left,
                        left + width);
            }
        }
        cs.restoreGraphicsState();
        PrintPalette.RULE.stroke(cs);
        cs.setLineWidth(0.6f);
        cs.addRect(left, top - height, width, height);
        cs.stroke();
    }

    /** The camera that frames {@code ids} in the box, on the page. */
    private View frame(MapLayout layout, MapMetrics metrics, Set<String> ids, float left, float top, float width,
                       float height, Framing.Margins margins) {
        java.util.List<Framing.Box> boxes = MapScene.boxes(layout, metrics, null, ids);
        Framing.Frame frame = boxes.isEmpty()
                ? new Framing.Frame(projection.project(50, 15).x(), projection.project(50, 15).y(), width / 500.0)
                : new Framing(MIN_ZOOM, MAX_ZOOM).fit(boxes, width, height, margins);
        double zoom = frame.zoom();
        return new View(left, top, zoom, width / 2 - frame.centreX() * zoom, height / 2 - frame.centreY() * zoom,
                width, height);
    }

    /** A far-off place in a box of its own in the map's corner, framed and named, at its own scale. */
    private void drawInset(PageFlow flow, Explainer explainer, BlocPalette palette, View inset, MapScene scene,
                           Set<String> far) throws IOException {
        PDPageContentStream cs = flow.content();
        float w = (float) (inset.width());
        float h = (float) (inset.height());
        cs.saveGraphicsState();
        cs.addRect(inset.left(), inset.top() - h, w, h);
        cs.clip();
        PrintPalette.SEA.fill(cs);
        cs.addRect(inset.left(), inset.top() - h, w, h);
        cs.fill();
        drawLand(cs, explainer, palette, inset, w, h);
        Set<String> notHere = new HashSet<>(scene.discs().keySet());
        notHere.removeAll(far);
        drawTies(cs, scene, inset, notHere);
        String place = far.stream().map(explainer::actor).flatMap(java.util.Optional::stream)
                .map(a -> a.place().map(p -> p.name()).orElse("")).filter(n -> !n.isBlank()).findFirst().orElse("");
        flow.drawText(cs, HandoutText.format("map.inset", place), Face.SANS_BOLD, 8f, PrintPalette.MUTED,
                inset.left() + 4, inset.top() - 10);
        cs.restoreGraphicsState();
        PrintPalette.INK.stroke(cs);
        cs.setLineWidth(0.8f);
        cs.addRect(inset.left(), inset.top() - h, w, h);
        cs.stroke();
    }

    /** The groups band: a white strip along the map's top with its label, under the chips. */
    private static void drawBand(PageFlow flow, View view, float width, double band) throws IOException {
        PDPageContentStream cs = flow.content();
        PrintPalette.PAPER.fill(cs);
        cs.addRect(view.left(), (float) (view.top() - band), width, (float) band);
        cs.fill();
        PrintPalette.RULE.stroke(cs);
        cs.setLineWidth(0.5f);
        cs.moveTo(view.left(), (float) (view.top() - band));
        cs.lineTo(view.left() + width, (float) (view.top() - band));
        cs.stroke();
        flow.drawText(cs, HandoutText.get("map.groups"), Face.SANS_BOLD, 8f, PrintPalette.MUTED, view.left() + 6,
                view.top() - 17);
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
                int slot = palette.slotOf(actor.id());
                PrintPalette.bloc(slot).over(PrintPalette.LAND, 0.38f).fill(cs);
                cs.fillAndStroke();
                hatch(cs, territory, slot, view, width, height);
            }
        }
    }

    /** Fine lines across a territory, their direction telling it from its neighbours without colour. */
    private void hatch(PDPageContentStream cs, CountryOutline territory, int slot, View view, float width,
                       float height) throws IOException {
        PrintPalette.Hatch hatch = PrintPalette.hatch(slot);
        if (hatch == PrintPalette.Hatch.NONE) {
            return;
        }
        cs.saveGraphicsState();
        tracePath(cs, territory.rings(), view, width, height);
        cs.clip();
        PrintPalette.bloc(slot).over(PrintPalette.LAND, 0.7f).stroke(cs);
        cs.setLineWidth(0.45f);
        float left = view.left();
        float bottom = view.top() - height;
        float step = 3.2f;
        switch (hatch) {
            case RISING, FALLING, CROSSED -> {
                for (float x = left - height; x < left + width; x += step) {
                    if (hatch != PrintPalette.Hatch.FALLING) {
                        cs.moveTo(x, bottom);
                        cs.lineTo(x + height, view.top());
                    }
                    if (hatch != PrintPalette.Hatch.RISING) {
                        cs.moveTo(x, view.top());
                        cs.lineTo(x + height, bottom);
                    }
                }
            }
            case LEVEL, DOUBLE_LEVEL -> {
                float gap = hatch == PrintPalette.Hatch.LEVEL ? step : step * 0.6f;
                for (float y = bottom; y < view.top(); y += gap) {
                    cs.moveTo(left, y);
                    cs.lineTo(left + width, y);
                }
            }
            case UPRIGHT -> {
                for (float x = left; x < left + width; x += step) {
                    cs.moveTo(x, bottom);
                    cs.lineTo(x, view.top());
                }
            }
            default -> {
            }
        }
        cs.stroke();
        cs.restoreGraphicsState();
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
        flow.drawText(cs, HandoutText.get("map.scaleBreak"), Face.SANS, NAME_SIZE, PrintPalette.MUTED, x + 3, labelBaseline);
    }

    // ---------------------------------------------------------------- ties

    /** Fanned marks tied to their place by a fine dotted line ending in a pin; chips to their members by a faint line. */
    private static void drawTies(PDPageContentStream cs, MapScene scene, View view, Set<String> skip)
            throws IOException {
        PrintPalette.MUTED.stroke(cs);
        PrintPalette.MUTED.fill(cs);
        cs.setLineWidth(0.6f);
        cs.setLineCapStyle(1);
        cs.setLineDashPattern(new float[] {0.1f, 1.8f}, 0);
        for (String id : scene.tied()) {
            if (skip.contains(id)) {
                continue;
            }
            Point place = scene.places().get(id);
            Point centre = scene.discs().get(id);
            cs.moveTo(view.sceneX(place.x()), view.sceneY(place.y()));
            cs.lineTo(view.sceneX(centre.x()), view.sceneY(centre.y()));
            cs.stroke();
        }
        cs.setLineDashPattern(new float[0], 0);
        cs.setLineCapStyle(0);
        for (String id : scene.tied()) {
            if (skip.contains(id)) {
                continue;
            }
            Point place = scene.places().get(id);
            MapMarks.circle(cs, view.sceneX(place.x()), view.sceneY(place.y()), 1.4f);
            cs.fill();
        }
        PrintPalette.RULE.stroke(cs);
        cs.setLineWidth(0.4f);
        for (MapScene.Leader leader : scene.leaders()) {
            if (skip.contains(leader.memberId()) || skip.contains(leader.chipId())) {
                continue;
            }
            Point a = scene.discs().get(leader.chipId());
            Point b = scene.discs().get(leader.memberId());
            cs.moveTo(view.sceneX(a.x()), view.sceneY(a.y() + DISC));
            cs.lineTo(view.sceneX(b.x()), view.sceneY(b.y()));
            cs.stroke();
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
        float top = y - DISC - 2;
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
