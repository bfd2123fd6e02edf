package org.stancemap.ui.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancemap.layout.Emphasis;
import org.stancemap.layout.Framing;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapRoom;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.tour.TourPlayer;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;

/**
 * Points the map's camera: frames every actor (during a tour, the step's actors) clear of the
 * chrome and of what covers the view, brings a chosen actor or link into view, and zooms by the
 * buttons. Remembers whether the reader moved the camera, so that only an unmoved view is reframed.
 */
final class MapFraming {

    /** While presenting, the caption band covers about this share of the screen's height. */
    private static final double CAPTION_SHARE = 0.34;
    private static final double MAX_TOUR_ZOOM_IN = 2.2;

    private final MapView map;
    private final AppState state;
    private final MapCamera camera;
    private final ShownMap shown;
    private final MapLegend legend;
    /** During a tour, the step's actors: their names are drawn before any other's, so none hides them. */
    private Set<String> focus = Set.of();
    private boolean movedByUser;

    MapFraming(MapView map, AppState state, MapCamera camera, ShownMap shown, MapLegend legend) {
        this.map = map;
        this.state = state;
        this.camera = camera;
        this.shown = shown;
        this.legend = legend;
    }

    boolean movedByUser() {
        return movedByUser;
    }

    void setMovedByUser(boolean moved) {
        movedByUser = moved;
    }

    /** The actors a tour step is about, whose names go first; empty outside a tour. */
    Set<String> focus() {
        return focus;
    }

    /**
     * Whether the groups band shows: always, but during a tour step that is about actors on the map
     * only, where it would take a projector's scarce height from the step's names.
     */
    boolean bandInTour() {
        MapLayout layout = shown.layout();
        return !state.isPresenting() || focus.isEmpty() || layout == null
                || focus.stream().anyMatch(id -> layout.band().contains(id));
    }

    /** What covers the bottom of the view now: the caption band while presenting, nothing otherwise. */
    double coveredBottom() {
        return state.isPresenting() ? map.coveredBelowProperty().get() : 0;
    }

    double bandWidth() {
        return bandWidth(map.getWidth(), state.isPresenting()) - map.coveredRightProperty().get();
    }

    /** While presenting the zoom buttons are hidden: the band may take the whole width. */
    static double bandWidth(double width, boolean presenting) {
        return presenting ? width : MapRoom.bandWidth(width);
    }

    /**
     * Camera flights and layout moves animate unless the reader asked for less motion, or the
     * kiosk is playing its attract loop to nobody: there a cut costs one frame, not a second of them.
     */
    boolean animates() {
        return !state.reduceMotionProperty().get() && !state.attractProperty().get();
    }

    /** Frames every actor with its badge and label (during a tour, the step's actors). */
    void fit(boolean animate) {
        Set<String> only = tourActorsInView();
        focus = only;
        fitTo(only.isEmpty() ? null : only, animate);
    }

    /** The actors a tour step brings into view, or nothing outside a tour or on a whole-map step. */
    private Set<String> tourActorsInView() {
        Explainer explainer = state.getExplainer();
        if (explainer == null || !state.isPresenting()) {
            return Set.of();
        }
        TourPlayer player = MapEmphasis.tourAt(explainer, state.tourStepProperty().get());
        Emphasis tour = Emphasis.ofTour(explainer, player.actorsInView(), player.linksInView(), null, null);
        return tour.linkedActors();
    }

    /** Frames the given actors (all when {@code only} is null) with their badges and labels. */
    private void fitTo(Set<String> only, boolean animate) {
        MapLayout layout = shown.layout();
        if (layout == null || map.getWidth() <= 0) {
            return;
        }
        MapMetrics metrics = shown.metrics();
        // The hint and the key keep the window's text size when the marks grow: keep clear of them at that size.
        double chromeScale = shown.chromeScale();
        boolean relationsMode = state.layoutModeProperty().get() == LayoutMode.RELATIONS;
        Map<String, Point> target = relationsMode ? shown.relations() : null;
        double caption = map.coveredBelowProperty().get() > 0 ? map.coveredBelowProperty().get() + metrics.inset() : map.getHeight() * CAPTION_SHARE;
        double bottom = state.isPresenting() ? caption : MapRoom.bottomMargin(map.getWidth(), map.getHeight(), chromeScale);
        // Projected, a label at the very edge is lost to the screen's border: keep more room.
        double margin = state.isPresenting() ? MapRoom.FIT_MARGIN * 1.6 : MapRoom.FIT_MARGIN;
        double bandRoom = bandWidth();
        Framing.Margins margins = relationsMode && !state.isPresenting() ? MapRoom.relationsMargins(chromeScale)
                : MapRoom.margins(layout, metrics, margin, bottom, relationsMode || !bandInTour(), bandRoom);
        if (map.coveredRightProperty().get() > 0) {
            margins = new Framing.Margins(margins.left(), margins.top(), margins.right() + map.coveredRightProperty().get(),
                    margins.bottom());
        }
        List<Framing.Box> all = MapScene.boxes(layout, metrics, target, null);
        Framing framing = new Framing(MapCamera.MIN_ZOOM, relationsMode ? MapRoom.relationsMaxZoom(metrics) : MapCamera.MAX_ZOOM);
        Framing.Frame frame = framing.fit(all, map.getWidth(), map.getHeight(), margins);
        if (only == null && !state.isPresenting()) {
            frame = MapRoom.clearOfLegend(framing, frame, all, margins, map.getWidth(), map.getHeight(), chromeScale,
                    legend.foldedProperty().get());
        }
        if (only != null) {
            List<Framing.Box> step = MapScene.boxes(layout, metrics, target, only);
            if (!step.isEmpty()) {
                // A tour step moves in on its actors, but not so far that the audience loses the map.
                frame = new Framing(MapCamera.MIN_ZOOM, frame.zoom() * MAX_TOUR_ZOOM_IN)
                        .fitEveryMark(step, map.getWidth(), map.getHeight(), margins);
            }
        }
        camera.moveTo(frame.centreX(), frame.centreY(), frame.zoom(), animate && animates());
        movedByUser = false;
    }

    /** Centres the camera on a point of the viewport, keeping the zoom. */
    private void centreOn(Point onScreen) {
        double zoom = camera.zoom();
        // In the part of the map a sheet leaves in view; the map's frame stays as it was.
        double visibleMiddle = (map.getWidth() - map.sheetCover()) / 2;
        camera.moveTo(camera.centerXProperty().get() + (onScreen.x() - visibleMiddle) / zoom,
                camera.centerYProperty().get() + (onScreen.y() - map.getHeight() / 2) / zoom, zoom, animates());
    }

    void focusOn(Actor actor) {
        MapScene scene = shown.scene();
        if (scene == null || scene.chips().contains(actor.id())) {
            return;
        }
        Point centre = scene.discs().get(actor.id());
        if (centre != null) {
            centreOn(centre);
        }
    }

    /** Brings both ends of a link into the middle of the view. */
    void focusOn(Link link) {
        Explainer explainer = state.getExplainer();
        MapScene scene = shown.scene();
        if (scene == null) {
            return;
        }
        Point a = scene.discs().get(holder(explainer, link.fromStanceId()));
        Point b = scene.discs().get(holder(explainer, link.toStanceId()));
        if (a == null || b == null) {
            return;
        }
        // A chip stays in the band whatever the camera does: centre on the end that is on the map.
        String from = holder(explainer, link.fromStanceId());
        String to = holder(explainer, link.toStanceId());
        if (scene.chips().contains(from) && !scene.chips().contains(to)) {
            centreOn(b);
        } else if (scene.chips().contains(to) && !scene.chips().contains(from)) {
            centreOn(a);
        } else if (!scene.chips().contains(from)) {
            centreOn(a.towards(b, 0.5));
        }
    }

    private static String holder(Explainer explainer, String stanceId) {
        return explainer.holderOf(stanceId).map(Actor::id).orElse(null);
    }

    void zoomIn() {
        movedByUser = true;
        camera.zoomAt(1.3, map.getWidth() / 2, map.getHeight() / 2, map.getWidth(), map.getHeight());
    }

    void zoomOut() {
        movedByUser = true;
        camera.zoomAt(1 / 1.3, map.getWidth() / 2, map.getHeight() / 2, map.getWidth(), map.getHeight());
    }
}
