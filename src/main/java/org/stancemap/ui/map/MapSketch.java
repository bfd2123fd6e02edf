package org.stancemap.ui.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Framing;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapRoom;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.theme.Palette;

/**
 * A still picture of the map, painted on a canvas in one go: the land, each state's territory, and
 * every actor's disc and name where the live map puts them (the same projection, placement and
 * framing). It is the first frame while the live map, with its hundreds of styled nodes, is built.
 */
public final class MapSketch {

    private static final double TERRITORY_OPACITY = 0.22;
    private static final double CROWDED_SCALE = 0.45;
    private static final double NAME_GAP = 2;
    /** Outline points nearer than this (in pixels, across and down) to the last one drawn are left out. */
    private static final double MIN_STEP = 1.5;

    private final Explainer explainer;
    private final WorldOutline world;
    private final double textScale;
    private final Palette palette;
    private final Font nameFont;
    private final Font initialsFont;
    private final MapProjection projection = new MapProjection();
    private final MapMetrics metrics;
    private final MapLayout mapLayout;
    private double viewWidth;
    private double viewHeight;
    private Layout lastLayout;
    private double lastWidth;
    private double lastHeight;

    public MapSketch(Explainer explainer, WorldOutline world, double textScale, Palette palette) {
        this(MapLayout.of(explainer, new MapProjection(), world), world, textScale, palette);
    }

    /** The sketch of {@code layout}, made over {@code world}'s land. */
    public MapSketch(MapLayout layout, WorldOutline world, double textScale, Palette palette) {
        this.explainer = layout.explainer();
        this.world = world;
        this.textScale = textScale;
        this.palette = palette;
        this.nameFont = Font.font(NameWidths.FAMILY, NameWidths.NORMAL_SIZE * textScale);
        this.initialsFont = Font.font("Inter", FontWeight.BOLD, 14 * textScale);
        this.metrics = MapMetrics.screen(textScale, 1, new NameWidths(nameFont));
        this.mapLayout = layout;
    }

    /**
     * Where the live map puts things in a {@code width}×{@code height} map: its zoom and offset, and
     * the scene it draws there (discs, places, chips and crowding, in pixels from the map's top left).
     */
    public record Layout(double zoom, double offsetX, double offsetY, MapScene scene) {

        public Map<String, Point> discs() {
            return scene.discs();
        }

        public java.util.Set<String> crowded() {
            return scene.crowded();
        }
    }

    /**
     * Where the live map puts things in a {@code width}×{@code height} map. The last one is kept:
     * the sketch is laid out for the screen's size before its window shows, on another thread,
     * and painted at that size once it does.
     */
    public Layout layout(double width, double height) {
        Layout last = lastLayout;
        if (last != null && width == lastWidth && height == lastHeight) {
            return last;
        }
        Layout made = laidOut(width, height);
        lastLayout = made;
        lastWidth = width;
        lastHeight = height;
        return made;
    }

    private Layout laidOut(double width, double height) {
        Framing.Margins margins = MapRoom.margins(mapLayout, metrics, width, MapRoom.FIT_MARGIN,
                MapRoom.bottomMargin(width, height, textScale), false);
        Framing framing = new Framing(MapCamera.MIN_ZOOM, MapCamera.MAX_ZOOM);
        java.util.List<Framing.Box> boxes = MapScene.boxes(mapLayout, metrics, null, null);
        Framing.Frame frame = MapRoom.clearOfLegend(framing, framing.fit(boxes, width, height, margins), boxes, margins,
                width, height, textScale, MapRoom.legendFolds(width, height, textScale));
        double zoom = frame.zoom();
        double offsetX = width / 2 - frame.centreX() * zoom;
        double offsetY = height / 2 - frame.centreY() * zoom;
        MapScene scene = MapScene.of(mapLayout, metrics, Map.of(), 0, zoom, offsetX, offsetY, MapRoom.bandWidth(width));
        return new Layout(zoom, offsetX, offsetY, scene);
    }

    /**
     * Paints the map into the {@code width}×{@code height} box at the context's origin. Land and
     * names may spill out of the box: the caller paints what lies around it afterwards. (A clip on
     * a canvas cost the software renderer three more window-sized buffers and a blend through each:
     * bench/README.md, "Start-up".)
     */
    public void paint(GraphicsContext g, double width, double height) {
        g.save();
        g.setFill(Palette.color(palette.sea()));
        g.fillRect(0, 0, width, height);
        Layout layout = layout(width, height);
        viewWidth = width;
        viewHeight = height;
        BlocPalette blocs = BlocPalette.of(explainer);
        paintLand(g, layout.zoom(), layout.offsetX(), layout.offsetY(), blocs);
        paintTies(g, layout.scene());
        MapScene scene = layout.scene();
        for (Actor actor : explainer.actors()) {
            Point centre = scene.discs().get(actor.id());
            if (centre != null) {
                paintBadge(g, actor, blocs.slotOf(actor.id()), centre, scene.crowded().contains(actor.id()),
                        scene.unlabelled().contains(actor.id()), scene.nameOffset(actor.id()));
            }
        }
        g.restore();
    }

    private double discRadius() {
        return MapMetrics.DISC_RADIUS * textScale;
    }

    private void paintLand(GraphicsContext g, double zoom, double offsetX, double offsetY, BlocPalette blocs) {
        g.beginPath();
        for (CountryOutline country : world.countries()) {
            trace(g, country.rings(), zoom, offsetX, offsetY);
        }
        g.setFill(Palette.color(palette.land()));
        g.fill();
        g.setStroke(Palette.color(palette.landBorder()));
        g.setLineWidth(1);
        g.stroke();
        for (Actor actor : explainer.actors()) {
            if (actor.kind() != ActorKind.STATE) {
                continue;
            }
            String name = actor.name().toLowerCase(Locale.ROOT);
            for (CountryOutline country : world.countries()) {
                if (country.name().toLowerCase(Locale.ROOT).equals(name)) {
                    g.beginPath();
                    trace(g, country.rings(), zoom, offsetX, offsetY);
                    g.setGlobalAlpha(TERRITORY_OPACITY);
                    g.setFill(palette.bloc(blocs.slotOf(actor.id())));
                    g.fill();
                    g.setGlobalAlpha(1);
                }
            }
        }
    }

    /**
     * Adds a country's rings to the path, leaving out those outside the map: most of the world is,
     * and costs time to paint. A ring's extent is found from its longitudes and latitudes (the
     * projection keeps their order), so the points of a ring left out are never projected.
     */
    private void trace(GraphicsContext g, List<double[]> rings, double zoom, double offsetX, double offsetY) {
        for (double[] ring : rings) {
            double west = Double.MAX_VALUE;
            double east = -Double.MAX_VALUE;
            double south = Double.MAX_VALUE;
            double north = -Double.MAX_VALUE;
            for (int i = 0; i < ring.length; i += 2) {
                west = Math.min(west, ring[i]);
                east = Math.max(east, ring[i]);
                south = Math.min(south, ring[i + 1]);
                north = Math.max(north, ring[i + 1]);
            }
            Point topLeft = projection.project(north, west);
            Point bottomRight = projection.project(south, east);
            if (bottomRight.x() * zoom + offsetX < 0 || topLeft.x() * zoom + offsetX > viewWidth
                    || bottomRight.y() * zoom + offsetY < 0 || topLeft.y() * zoom + offsetY > viewHeight) {
                continue;
            }
            Point first = projection.project(ring[1], ring[0]);
            double lastX = first.x() * zoom + offsetX;
            double lastY = first.y() * zoom + offsetY;
            g.moveTo(lastX, lastY);
            for (int i = 2; i < ring.length; i += 2) {
                Point p = projection.project(ring[i + 1], ring[i]);
                double x = p.x() * zoom + offsetX;
                double y = p.y() * zoom + offsetY;
                // Closer than a pixel or so to the last point: painting it changes nothing visible.
                if (Math.abs(x - lastX) + Math.abs(y - lastY) >= MIN_STEP) {
                    g.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            g.closePath();
        }
    }

    /** A badge fanned off its place is tied to it by a faint dotted line ending in a pin, as on the live map. */
    private void paintTies(GraphicsContext g, MapScene scene) {
        Color muted = Palette.color(palette.fgMuted());
        g.setStroke(muted);
        g.setFill(muted);
        g.setLineWidth(1);
        g.setLineDashes(1, 4);
        for (String id : scene.tied()) {
            Point place = scene.places().get(id);
            Point centre = scene.discs().get(id);
            g.setGlobalAlpha(0.7);
            g.strokeLine(place.x(), place.y(), centre.x(), centre.y());
            g.setGlobalAlpha(1);
            g.fillOval(place.x() - 3, place.y() - 3, 6, 6);
        }
        g.setLineDashes((double[]) null);
        for (MapScene.Leader leader : scene.leaders()) {
            Point a = scene.discs().get(leader.chipId());
            Point b = scene.discs().get(leader.memberId());
            g.setGlobalAlpha(0.35);
            g.strokeLine(a.x(), a.y() + discRadius(), b.x(), b.y());
            g.setGlobalAlpha(1);
        }
    }

    private void paintBadge(GraphicsContext g, Actor actor, int slot, Point centre, boolean crowded, boolean unlabelled,
                            Point nameOffset) {
        double scale = crowded ? CROWDED_SCALE : 1;
        double r = discRadius() * scale;
        double halfWidth = r;
        double halfHeight = r;
        double corner = 2 * r;
        if (actor.kind() == ActorKind.GROUP) {
            halfWidth = 26 * textScale * scale;
            halfHeight = 14 * textScale * scale;
            corner = 20 * textScale * scale;
        } else if (actor.kind() == ActorKind.EVENT) {
            corner = 16 * textScale * scale;
        }
        double x = centre.x();
        // The live badge hangs from a disc's radius above its centre, whatever the disc's shape.
        double y = crowded ? centre.y() : centre.y() - discRadius() + halfHeight;
        g.setFill(Palette.color(palette.halo()));
        g.fillRoundRect(x - halfWidth - 3, y - halfHeight - 3, 2 * halfWidth + 6, 2 * halfHeight + 6, corner + 6, corner + 6);
        g.setFill(palette.bloc(slot));
        g.fillRoundRect(x - halfWidth, y - halfHeight, 2 * halfWidth, 2 * halfHeight, corner, corner);
        if (crowded) {
            return;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        if (actor.kind() == ActorKind.PERSON) {
            g.setFill(palette.blocInk(slot));
            g.setFont(initialsFont);
            g.fillText(actor.initials(), x, y);
        }
        if (!unlabelled) {
            double top = y + halfHeight + NAME_GAP + nameOffset.y();
            paintName(g, actor.name(), x + nameOffset.x(), top, metrics.maxLabelWidth());
        }
    }

    /** The name under the disc on its halo, wrapped at a space when it is wider than a badge's room. */
    private void paintName(GraphicsContext g, String name, double x, double top, double boxWidth) {
        List<String> lines = wrap(name, boxWidth - 12 * textScale);
        double lineHeight = nameFont.getSize() * 1.25;
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, widthOf(line));
        }
        double padX = 6 * textScale;
        double height = lines.size() * lineHeight + 2;
        g.setFill(Palette.color(palette.halo()));
        g.fillRoundRect(x - widest / 2 - padX, top, widest + 2 * padX, height, 12, 12);
        g.setFill(Palette.color(palette.fg()));
        g.setFont(nameFont);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), x, top + 1 + lineHeight * (i + 0.5));
        }
    }

    private List<String> wrap(String name, double room) {
        if (widthOf(name) <= room || name.indexOf(' ') < 0) {
            return List.of(name);
        }
        int best = name.indexOf(' ');
        for (int at = best; at >= 0; at = name.indexOf(' ', at + 1)) {
            if (widthOf(name.substring(0, at)) <= room) {
                best = at;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    private double widthOf(String text) {
        return widthOf(text, nameFont);
    }

    /** How wide {@code text} is drawn in {@code font}. */
    public static double widthOf(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
