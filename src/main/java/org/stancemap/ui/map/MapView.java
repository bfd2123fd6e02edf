package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.stancemap.layout.ActorAnchors;
import org.stancemap.layout.BadgePlacer;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Emphasis;
import org.stancemap.layout.Framing;
import org.stancemap.tour.TourPlayer;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.layout.RelationsLayout;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.theme.Styles;

/**
 * The map: land, actors at their places (or by camp in the Relations layout) and the links between
 * their positions. The scene is built once per explainer; selection and hover only flip
 * pseudo-classes, and panning only moves two transforms.
 */
public final class MapView extends StackPane {

    private static final double BADGE_BOX_WIDTH = 132;
    private static final double BADGE_BOX_HEIGHT = 66;
    static final double FIT_MARGIN = 70;
    static final double FIT_MARGIN_BOTTOM = 120;
    private static final double LEGEND_INSET = 12;
    /** While presenting, the caption band covers about this share of the screen's height. */
    private static final double CAPTION_SHARE = 0.34;
    private static final double MAX_TOUR_ZOOM_IN = 2.2;
    private static final double BEND = 28;

    private final AppState state;
    private final MapProjection projection = new MapProjection();
    private final MapCamera camera = new MapCamera();
    private BadgePlacer placer = placerAt(1);
    private double textScale = 1;
    private final Pane viewport = new Pane();
    private final LandLayer land;
    private final Pane screenLayer = new Pane();
    private final Group leaderLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group badgeLayer = new Group();
    private final Line scaleBreak = new Line();
    private final Text scaleBreakLabel = new Text(Messages.get("map.scaleBreak"));
    private final DoubleProperty morph = new SimpleDoubleProperty(this, "morph", 0);
    private final Map<String, ActorBadge> badges = new LinkedHashMap<>();
    private final Map<String, Line> leaderLines = new HashMap<>();
    private final Map<String, Circle> anchorDots = new HashMap<>();
    private final Map<String, SVGPath> territories = new HashMap<>();
    private final List<LinkCurve> curves = new ArrayList<>();
    private final MapEmphasis emphasis;
    private final MapLegend legend;
    private final Map<LinkCurve, Double> bends = new HashMap<>();
    private Map<String, Point> geographic = Map.of();
    private Map<String, Point> relations = Map.of();
    private Map<String, Point> discCentres = Map.of();
    private List<String> placementOrder = List.of();
    private Timeline morphAnimation;
    private boolean cameraMovedByUser;

    public MapView(AppState state, WorldOutline world) {
        this.state = state;
        this.land = new LandLayer(world, projection);
        this.emphasis = new MapEmphasis(state, badges, territories, curves);
        getStyleClass().add(Styles.MAP);
        setId("map");
        setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        scaleBreak.getStyleClass().add(Styles.SCALE_BREAK);
        scaleBreakLabel.getStyleClass().add(Styles.SCALE_BREAK_LABEL);
        scaleBreak.opacityProperty().bind(morph.negate().add(1));
        scaleBreakLabel.opacityProperty().bind(morph.negate().add(1));
        land.opacityProperty().bind(morph.negate().add(1));
        screenLayer.setManaged(false);
        screenLayer.setPickOnBounds(false);
        screenLayer.getChildren().addAll(scaleBreak, scaleBreakLabel, leaderLayer, linkLayer, badgeLayer);
        viewport.getChildren().addAll(land, screenLayer);
        viewport.setMinSize(0, 0);

        legend = new MapLegend(state);
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(LEGEND_INSET));
        MapControls controls = new MapControls(this::zoomIn, this::zoomOut, () -> fit(true));
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        StackPane.setMargin(controls, new Insets(12));
        Label hint = new Label(Messages.get("map.hint"));
        hint.getStyleClass().add("map-hint");
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(state.selectedActorProperty().isNull().and(state.selectedLinkProperty().isNull())
                .and(state.presentingProperty().not()).and(state.kioskProperty().not()));
        StackPane.setAlignment(hint, Pos.BOTTOM_LEFT);
        StackPane.setMargin(hint, new Insets(12));
        getChildren().addAll(viewport, hint, legend, controls);

        new MapGestures(viewport, camera, () -> cameraMovedByUser = true, state::clearSelection);
        camera.zoomProperty().addListener((obs, was, now) -> relayout());
        camera.centerXProperty().addListener((obs, was, now) -> applyOffset());
        camera.centerYProperty().addListener((obs, was, now) -> applyOffset());
        morph.addListener((obs, was, now) -> relayout());
        widthProperty().addListener((obs, was, now) -> onResize());
        heightProperty().addListener((obs, was, now) -> onResize());

        state.explainerProperty().addListener((obs, was, now) -> show(now));
        state.selectedActorProperty().addListener((obs, was, now) -> {
            emphasis.refresh();
            if (now != null) {
                focusOn(now);
            }
        });
        state.selectedLinkProperty().addListener((obs, was, now) -> {
            emphasis.refresh();
            if (now != null) {
                focusOn(now);
            }
        });
        state.hoveredLinkProperty().addListener((obs, was, now) -> emphasis.refresh());
        state.visibleLinkKinds().addListener((SetChangeListener<Object>) change -> emphasis.applyLinkFilter());
        state.layoutModeProperty().addListener((obs, was, now) -> animateLayout(now));
        state.presentingProperty().addListener((obs, was, now) -> {
            cameraMovedByUser = false;
            emphasis.refresh();
            fit(animate());
        });
        state.tourStepProperty().addListener((obs, was, now) -> {
            if (state.isPresenting()) {
                emphasis.refresh();
                fit(animate());
            }
        });
        state.resetSerialProperty().addListener((obs, was, now) -> {
            cameraMovedByUser = false;
            fit(animate());
        });
        state.textScaleProperty().addListener((obs, was, now) -> {
            textScale = now.intValue() / 100.0;
            placer = placerAt(textScale);
            if (cameraMovedByUser) {
                relayout();
            } else {
                fit(false);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> BadgeKeys.handle(e, discCentres, badges, state));
        if (state.getExplainer() != null) {
            show(state.getExplainer());
        }
    }

    // ---------------------------------------------------------------- building (once per explainer)

    private void show(Explainer explainer) {
        badges.clear();
        curves.clear();
        bends.clear();
        leaderLines.clear();
        anchorDots.clear();
        territories.clear();
        badgeLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        leaderLayer.getChildren().clear();
        land.clearTerritories();
        if (explainer == null) {
            return;
        }
        BlocPalette palette = BlocPalette.of(explainer);
        geographic = ActorAnchors.geographic(explainer, projection);
        relations = RelationsLayout.compute(explainer, geographic);
        List<Actor> westToEast = new ArrayList<>(explainer.actors());
        westToEast.sort(Comparator.comparingDouble((Actor a) -> geographic.get(a.id()).x())
                .thenComparingDouble(a -> geographic.get(a.id()).y()));
        for (Actor actor : westToEast) {
            int slot = palette.slotOf(actor.id());
            ActorBadge badge = new ActorBadge(actor, slot);
            badge.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    state.selectActor(actor);
                    badge.requestFocus();
                }
                e.consume();
            });
            badge.setOnMouseEntered(e -> emphasis.litMembers(actor, true));
            badge.setOnMouseExited(e -> emphasis.litMembers(actor, false));
            badges.put(actor.id(), badge);
            badgeLayer.getChildren().add(badge);
            Line leader = new Line();
            leader.getStyleClass().add(Styles.LEADER_LINE);
            Circle dot = new Circle(2.5);
            dot.getStyleClass().add(Styles.ANCHOR_DOT);
            leaderLines.put(actor.id(), leader);
            anchorDots.put(actor.id(), dot);
            leaderLayer.getChildren().addAll(leader, dot);
            if (actor.kind() == ActorKind.STATE) {
                SVGPath territory = land.addTerritory(actor.name(), Styles.blocClass(slot));
                if (territory != null) {
                    territories.put(actor.id(), territory);
                }
            }
        }
        placementOrder = placementOrder(explainer);
        Map<String, Integer> parallelCount = new HashMap<>();
        for (Link link : explainer.links()) {
            String a = holder(explainer, link.fromStanceId());
            String b = holder(explainer, link.toStanceId());
            if (a == null || b == null) {
                continue;
            }
            String pair = a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
            int k = parallelCount.merge(pair, 1, Integer::sum) - 1;
            double side = a.compareTo(b) < 0 ? 1 : -1;
            LinkCurve curve = new LinkCurve(link, describe(explainer, link, a, b));
            curve.setOnMouseEntered(e -> state.hoveredLinkProperty().set(link));
            curve.setOnMouseExited(e -> {
                if (state.hoveredLinkProperty().get() == link) {
                    state.hoveredLinkProperty().set(null);
                }
            });
            curve.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    state.selectLink(link);
                }
                e.consume();
            });
            bends.put(curve, side * BEND * (k / 2 + 1) * (k % 2 == 0 ? 1 : -1));
            curves.add(curve);
            linkLayer.getChildren().add(curve);
        }
        morph.set(state.layoutModeProperty().get() == LayoutMode.RELATIONS ? 1 : 0);
        cameraMovedByUser = false;
        emphasis.applyLinkFilter();
        emphasis.refresh();
        if (getWidth() > 0) {
            fit(false);
        }
    }

    /** Each badge takes this much room on the map at a text scale (1 = normal). */
    static BadgePlacer placerAt(double textScale) {
        return new BadgePlacer(BADGE_BOX_WIDTH * textScale, BADGE_BOX_HEIGHT * textScale);
    }

    /** Leaders first, then states, blocs and events: earlier badges keep their exact places. */
    static List<String> placementOrder(Explainer explainer) {
        return explainer.actors().stream()
                .sorted(Comparator.comparingInt((Actor a) -> a.kind().ordinal()))
                .map(Actor::id).toList();
    }

    private static String holder(Explainer explainer, String stanceId) {
        return explainer.holderOf(stanceId).map(Actor::id).orElse(null);
    }

    private static String describe(Explainer explainer, Link link, String a, String b) {
        String from = explainer.actor(a).map(Actor::name).orElse(a);
        String to = explainer.actor(b).map(Actor::name).orElse(b);
        return Messages.format("link.accessible." + link.kind().jsonName(), from, to);
    }

    // ---------------------------------------------------------------- placing (on zoom, resize, layout switch)

    private Map<String, Point> currentAnchors() {
        double t = morph.get();
        Map<String, Point> anchors = new LinkedHashMap<>();
        for (String id : placementOrder) {
            Point g = geographic.get(id);
            Point r = relations.getOrDefault(id, g);
            anchors.put(id, t <= 0 ? g : t >= 1 ? r : g.towards(r, t));
        }
        return anchors;
    }

    private void relayout() {
        if (badges.isEmpty()) {
            applyOffset();
            return;
        }
        double zoom = camera.zoom();
        Map<String, Point> zoomed = new LinkedHashMap<>();
        currentAnchors().forEach((id, p) -> zoomed.put(id, new Point(p.x() * zoom, p.y() * zoom)));
        BadgePlacer.Placement placement = placer.place(zoomed);
        discCentres = placement.positions();
        for (Map.Entry<String, Point> entry : discCentres.entrySet()) {
            String id = entry.getKey();
            Point centre = entry.getValue();
            Point anchor = zoomed.get(id);
            ActorBadge badge = badges.get(id);
            badge.centreDiscAt(centre.x(), centre.y(), discRadius());
            // No room nearby: drawn small and unlabelled on its place until the reader zooms in.
            badge.setState(Styles.CROWDED, placement.crowded().contains(id));
            // Leader lines tie a badge to its place; in the Relations layout there is no place to tie to.
            boolean displaced = morph.get() < 0.5 && centre.distanceTo(anchor) > discRadius();
            Line leader = leaderLines.get(id);
            leader.setVisible(displaced);
            leader.setStartX(anchor.x());
            leader.setStartY(anchor.y());
            leader.setEndX(centre.x());
            leader.setEndY(centre.y());
            Circle dot = anchorDots.get(id);
            dot.setVisible(displaced);
            dot.setCenterX(anchor.x());
            dot.setCenterY(anchor.y());
        }
        Explainer explainer = state.getExplainer();
        for (LinkCurve curve : curves) {
            Point a = discCentres.get(holder(explainer, curve.link().fromStanceId()));
            Point b = discCentres.get(holder(explainer, curve.link().toStanceId()));
            // Longer links bow out further, so they stay clear of the badges they pass; links between
            // neighbours bow out enough to show beside the two badges rather than under them.
            double bend = bends.get(curve);
            double length = a.distanceTo(b);
            boolean neighbours = length < BADGE_BOX_WIDTH * textScale * 1.5;
            double extra = neighbours ? BADGE_BOX_WIDTH * textScale * 0.9 : length * 0.07;
            bend = Math.copySign(Math.abs(bend) + extra, bend);
            curve.update(a.x(), a.y(), b.x(), b.y(), bend, discRadius() + 6);
        }
        double breakX = projection.xOfLongitude(MapProjection.BREAK_LONGITUDE) * zoom;
        scaleBreak.setStartX(breakX);
        scaleBreak.setEndX(breakX);
        scaleBreak.setStartY(projection.project(76, 50).y() * zoom);
        scaleBreak.setEndY(projection.project(36, 50).y() * zoom);
        scaleBreakLabel.setX(breakX + 6);
        scaleBreakLabel.setY(projection.project(76, 50).y() * zoom + 12);
        applyOffset();
    }

    private double discRadius() {
        return ActorBadge.DISC_RADIUS * textScale;
    }

    private void applyOffset() {
        double offsetX = camera.offsetX(getWidth());
        double offsetY = camera.offsetY(getHeight());
        land.setView(camera.zoom(), offsetX, offsetY);
        screenLayer.setTranslateX(offsetX);
        screenLayer.setTranslateY(offsetY);
    }

    private void onResize() {
        if (!cameraMovedByUser && !badges.isEmpty()) {
            fit(false);
        }
        // The screen offset depends on the size too, even when the camera itself did not move.
        applyOffset();
    }

    // ---------------------------------------------------------------- camera

    /** Frames every actor with its badge and label (during a tour, the step's actors). */
    public void fit(boolean animate) {
        Set<String> only = tourActorsInView();
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

    /** If a badge would sit under the legend in the corner, frames the map above the legend instead. */
    private Framing.Frame clearOfLegend(Framing framing, Framing.Frame frame, Map<String, Point> all,
                                        double margin, double bottom) {
        // From the legend's size and its corner, not its last position: during a resize that is stale.
        double legendWidth = legend.getWidth();
        double legendHeight = legend.getHeight();
        if (!legend.isVisible() || legendWidth <= 0 || legendHeight <= 0) {
            return frame;
        }
        double gap = 8;
        double[] area = {getWidth() - LEGEND_INSET - legendWidth - gap, getHeight() - LEGEND_INSET - legendHeight - gap,
            getWidth(), getHeight()};
        // Each round leaves more room below, up to the whole legend and a label's drop under it.
        double above = Math.max(bottom, LEGEND_INSET + legendHeight + gap);
        for (int round = 0; round < 4 && framing.reaches(frame, all, getWidth(), getHeight(), discRadius(), area);
                round++) {
            frame = framing.fit(all, getWidth(), getHeight(), margin, above, discRadius());
            above += placer.badgeHeight() / 2;
        }
        return frame;
    }

    /** Frames the given actors (all when {@code only} is null) with their badges and labels. */
    private void fitTo(Set<String> only, boolean animate) {
        if (badges.isEmpty() || getWidth() <= 0) {
            return;
        }
        Map<String, Point> target = morphTarget();
        Map<String, Point> all = new LinkedHashMap<>();
        placementOrder.forEach(id -> all.put(id, target.get(id)));
        double bottom = state.isPresenting() ? getHeight() * CAPTION_SHARE : FIT_MARGIN_BOTTOM;
        // Projected, a label at the very edge is lost to the screen's border: keep more room.
        double margin = state.isPresenting() ? FIT_MARGIN * 1.6 : FIT_MARGIN;
        Framing framing = new Framing(placer, MapCamera.MIN_ZOOM, MapCamera.MAX_ZOOM);
        Framing.Frame frame = framing.fit(all, getWidth(), getHeight(), margin, bottom, discRadius());
        if (only == null && !state.isPresenting()) {
            frame = clearOfLegend(framing, frame, all, margin, bottom);
        }
        if (only != null) {
            // A tour step moves in on its actors, but not so far that the audience loses the map.
            Framing.Frame close = new Framing(placer, MapCamera.MIN_ZOOM, frame.zoom() * MAX_TOUR_ZOOM_IN)
                    .fit(all, only, getWidth(), getHeight(), margin, bottom, discRadius());
            frame = close;
        }
        camera.moveTo(frame.centreX(), frame.centreY(), frame.zoom(), animate && animate());
        cameraMovedByUser = false;
    }

    private Map<String, Point> morphTarget() {
        return state.layoutModeProperty().get() == LayoutMode.RELATIONS ? relations : geographic;
    }

    private void focusOn(Actor actor) {
        Point centre = discCentres.get(actor.id());
        if (centre == null) {
            return;
        }
        double zoom = camera.zoom();
        camera.moveTo(centre.x() / zoom, centre.y() / zoom, zoom, animate());
    }

    /** Brings both ends of a link into the middle of the view. */
    private void focusOn(Link link) {
        Explainer explainer = state.getExplainer();
        Point a = discCentres.get(holder(explainer, link.fromStanceId()));
        Point b = discCentres.get(holder(explainer, link.toStanceId()));
        if (a == null || b == null) {
            return;
        }
        double zoom = camera.zoom();
        camera.moveTo((a.x() + b.x()) / 2 / zoom, (a.y() + b.y()) / 2 / zoom, zoom, animate());
    }

    public void zoomIn() {
        cameraMovedByUser = true;
        camera.zoomAt(1.3, getWidth() / 2, getHeight() / 2, getWidth(), getHeight());
    }

    public void zoomOut() {
        cameraMovedByUser = true;
        camera.zoomAt(1 / 1.3, getWidth() / 2, getHeight() / 2, getWidth(), getHeight());
    }

    private void animateLayout(LayoutMode mode) {
        double target = mode == LayoutMode.RELATIONS ? 1 : 0;
        if (morphAnimation != null) {
            morphAnimation.stop();
        }
        if (!animate()) {
            morph.set(target);
        } else {
            morphAnimation = new Timeline(new KeyFrame(Duration.millis(400),
                    new KeyValue(morph, target, Interpolator.EASE_BOTH)));
            morphAnimation.play();
        }
        fit(animate());
    }

    /** Moves keyboard focus to the first actor on the map (west to east). */
    public void focusFirstActor() {
        badges.values().stream().findFirst().ifPresent(ActorBadge::requestFocus);
    }


    /**
     * Camera flights and layout moves animate unless the reader asked for less motion, or the
     * kiosk is playing its attract loop to nobody: there a cut costs one frame, not a second of them.
     */
    private boolean animate() {
        return !state.reduceMotionProperty().get() && !state.attractProperty().get();
    }
}
