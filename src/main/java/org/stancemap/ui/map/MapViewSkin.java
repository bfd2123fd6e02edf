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
import javafx.scene.control.SkinBase;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Emphasis;
import org.stancemap.layout.Framing;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapRoom;
import org.stancemap.layout.MapScene;
import org.stancemap.tour.TourPlayer;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.Point;
import org.stancemap.layout.RelationsLayout;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.theme.Styles;

/**
 * Draws a {@link MapView}: land, badges, ties and links at the spots {@link MapScene} gives for
 * the camera. Where each actor goes is decided once per explainer by {@link MapLayout}; the camera
 * only frames and scales it. The nodes are built once per explainer; selection and hover only flip
 * pseudo-classes, and panning or zooming only moves nodes. Made once per map and never replaced.
 */
final class MapViewSkin extends SkinBase<MapView> {

    /** While presenting, the caption band covers about this share of the screen's height. */
    private static final double CAPTION_SHARE = 0.34;
    private static final double MAX_TOUR_ZOOM_IN = 2.2;
    /** How far from a disc's rim a link's end mark sits. */
    private static final double LINK_END_GAP = 6;

    private final MapView map;
    private final AppState state;
    private final StackPane root = new StackPane();
    private final MapProjection projection = new MapProjection();
    private final MapCamera camera = new MapCamera();
    private final MarksSize marks = new MarksSize();
    private MapMetrics metrics = marks.metrics();
    /** The marks' size as a factor of normal (see {@link MarksSize}). */
    private double textScale = 1;
    /** During a tour, the step's actors: their names are drawn before any other's, so none hides them. */
    private Set<String> focus = Set.of();
    private boolean bandWasHidden;
    private static final javafx.css.PseudoClass UNANCHORED = javafx.css.PseudoClass.getPseudoClass("unanchored");
    /** Controls over the map that names keep clear of. */
    private final List<javafx.scene.layout.Region> chromeNodes;
    private final Pane viewport = new Pane();
    private final LandLayer land;
    private final Pane screenLayer = new Pane();
    private final Group tieLayer = new Group();
    private final Group linkLayer = new Group();
    private final Group badgeLayer = new Group();
    private final Line scaleBreak = new Line();
    private final Text scaleBreakLabel = new Text(Messages.get("map.scaleBreak"));
    private final Label bandLabel = new Label(Messages.get("map.groups"));
    /** The groups band's ground: chips sit on it, visibly off the land. */
    private final javafx.scene.layout.Region bandStrip = new javafx.scene.layout.Region();
    private final DoubleProperty morph = new SimpleDoubleProperty(this, "morph", 0);
    private final Map<String, ActorBadge> badges = new LinkedHashMap<>();
    private final Map<String, Line> ties = new HashMap<>();
    private final Map<String, Circle> tiePins = new HashMap<>();
    private final List<Line> memberLines = new ArrayList<>();
    private final Map<String, SVGPath> territories = new HashMap<>();
    private final List<LinkCurve> curves = new ArrayList<>();
    private final MapEmphasis emphasis;
    private final MapLegend legend;
    private MapLayout layout;
    /** The Relations layout's positions; null until first needed ({@link #relations()}). */
    private Map<String, Point> relations;
    private final CampRegions campRegions = new CampRegions();
    private MapScene scene;
    private Timeline morphAnimation;
    private boolean cameraMovedByUser;
    private final PlacePicking placePicking;

    MapViewSkin(MapView map) {
        super(map);
        this.map = map;
        this.state = map.state();
        this.land = new LandLayer(map.world(), projection);
        this.emphasis = new MapEmphasis(state, badges, territories, curves);
        // Clicks on the sea reach the window's own handlers, as they did before the map was a control.
        consumeMouseEvents(false);
        root.setMinSize(0, 0);
        getChildren().add(root);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(map.widthProperty());
        clip.heightProperty().bind(map.heightProperty());
        map.setClip(clip);

        scaleBreak.getStyleClass().add(Styles.SCALE_BREAK);
        scaleBreakLabel.getStyleClass().add(Styles.SCALE_BREAK_LABEL);
        scaleBreak.opacityProperty().bind(morph.negate().add(1));
        scaleBreakLabel.opacityProperty().bind(morph.negate().add(1));
        land.opacityProperty().bind(morph.negate().add(1));
        screenLayer.setManaged(false);
        screenLayer.setPickOnBounds(false);
        screenLayer.getChildren().addAll(scaleBreak, scaleBreakLabel, campRegions, tieLayer, linkLayer, badgeLayer);
        campRegions.opacityProperty().bind(morph);
        bandStrip.getStyleClass().add("groups-strip");
        bandStrip.setManaged(false);
        bandStrip.setMouseTransparent(true);
        viewport.getChildren().addAll(land, bandStrip, screenLayer);
        viewport.setMinSize(0, 0);

        bandLabel.getStyleClass().add(Styles.GROUPS_BAND);
        bandLabel.setId("groups-band");
        bandLabel.setMouseTransparent(true);
        bandLabel.setAccessibleText(Messages.get("map.groups.accessible"));
        StackPane.setAlignment(bandLabel, Pos.TOP_LEFT);
        legend = new MapLegend(state);
        legend.foldedProperty().addListener((obs, was, now) -> {
            if (!cameraMovedByUser) {
                fit(false);
            }
        });
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(MapRoom.LEGEND_INSET));
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
        root.getChildren().addAll(viewport, bandLabel, hint, legend, controls);
        chromeNodes = List.of(hint, legend, controls, bandLabel);
        // Names keep clear of the chrome where it is now: when it moves (the legend folds, the
        // window resizes) after the names were placed, they are placed again.
        for (javafx.scene.layout.Region node : List.of(hint, legend, controls)) {
            node.boundsInParentProperty().addListener((obs, was, now) -> relayout());
        }

        new MapGestures(viewport, camera, () -> cameraMovedByUser = true, state::clearSelection);
        placePicking = new PlacePicking(state, viewport, projection,
                (x, y) -> camera.toMap(x, y, map.getWidth(), map.getHeight()), () -> scene, () -> layout,
                () -> metrics.discRadius(), badges, this::relayout);
        map.addEventFilter(KeyEvent.KEY_PRESSED, placePicking::onKey);
        camera.zoomProperty().addListener((obs, was, now) -> relayout());
        camera.centerXProperty().addListener((obs, was, now) -> relayout());
        camera.centerYProperty().addListener((obs, was, now) -> relayout());
        morph.addListener((obs, was, now) -> relayout());
        map.widthProperty().addListener((obs, was, now) -> onResize());
        map.heightProperty().addListener((obs, was, now) -> onResize());
        map.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                now.widthProperty().addListener(o -> updateMarksScale());
                now.heightProperty().addListener(o -> updateMarksScale());
            }
            updateMarksScale();
        });
        map.coveredBelowProperty().addListener((obs, was, now) -> refitUnlessMoved());
        map.coveredRightProperty().addListener((obs, was, now) -> refitUnlessMoved());
        updateMarksScale();
        listenToState();
        map.addEventFilter(KeyEvent.KEY_PRESSED, e -> BadgeKeys.handle(e, scene == null ? Map.of() : scene.discs(), badges, state));
        if (state.getExplainer() != null) {
            show(state.getExplainer());
        }
    }

    private void listenToState() {
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
            updateMarksScale();
            fit(animate());
        });
        state.kioskProperty().addListener((obs, was, now) -> updateMarksScale());
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
        state.uiScaleProperty().addListener((obs, was, now) -> updateMarksScale());
    }

    private void updateMarksScale() {
        javafx.scene.Scene scene = map.getScene();
        if (!marks.update(map, state, scene == null ? 0 : scene.getWidth(), scene == null ? 0 : scene.getHeight())) {
            return;
        }
        map.setMarksStep(marks.step());
        textScale = marks.factor();
        metrics = marks.metrics();
        legend.fitRoom(MapRoom.legendFolds(map.getWidth(), map.getHeight(), textScale));
        if (cameraMovedByUser) {
            relayout();
        } else {
            fit(false);
        }
    }

    /** The map's own controls where they show, as boxes (minX, minY, maxX, maxY) that names keep clear of. */
    private List<double[]> chrome() {
        List<double[]> boxes = new ArrayList<>(3);
        for (javafx.scene.layout.Region node : chromeNodes) {
            if (node.isVisible() && node.getWidth() > 0 && node.getOpacity() > 0) {
                javafx.geometry.Bounds b = node.getBoundsInParent();
                boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()});
            }
        }
        return boxes;
    }

    /**
     * Whether the groups band shows: always, but during a tour step that is about actors on the map
     * only, where it would take a projector's scarce height from the step's names.
     */
    private boolean bandInTour() {
        return !state.isPresenting() || focus.isEmpty() || layout == null
                || focus.stream().anyMatch(id -> layout.band().contains(id));
    }

    /** What covers the bottom of the view now: the caption band while presenting, nothing otherwise. */
    private double coveredBottom() {
        return state.isPresenting() ? map.coveredBelowProperty().get() : 0;
    }

    private void refitUnlessMoved() {
        if (!cameraMovedByUser && layout != null && map.getWidth() > 0) {
            fit(false);
        }
        relayout();
    }

    // ---------------------------------------------------------------- building (once per explainer)

    /**
     * Where the Relations layout puts each actor, worked out, and its camps' regions built, the
     * first time the map goes to that layout: a map that opens on the world needs neither, and
     * they were work (and hidden nodes to style) on the way to the live window.
     */
    private Map<String, Point> relations() {
        if (relations == null) {
            if (layout == null) {
                return Map.of();
            }
            RelationsLayout.Relations byCamp = RelationsLayout.of(layout.explainer(), layout.places());
            relations = byCamp.positions();
            campRegions.show(layout.explainer(), byCamp.regions());
        }
        return relations;
    }

    private void show(Explainer explainer) {
        // An edit lays the explainer out afresh; the author's own view of it stays as it was.
        boolean keepCamera = explainer != null && layout != null && cameraMovedByUser && state.editingProperty().get()
                && explainer.id().equals(layout.explainer().id());
        badges.clear();
        curves.clear();
        ties.clear();
        tiePins.clear();
        memberLines.clear();
        territories.clear();
        badgeLayer.getChildren().clear();
        linkLayer.getChildren().clear();
        tieLayer.getChildren().clear();
        land.clearTerritories();
        campRegions.show(null, List.of());
        layout = null;
        scene = null;
        map.setDrawn(null);
        if (explainer == null) {
            return;
        }
        layout = MapLayout.of(explainer, projection);
        relations = null;
        BlocPalette palette = BlocPalette.of(explainer);
        for (Actor actor : readingOrder(layout)) {
            addBadge(actor, palette.slotOf(actor.id()));
        }
        // The most important on top: a person's name over a state's disc, never under it.
        List<String> priority = new ArrayList<>(layout.spots().keySet());
        badges.forEach((id, badge) -> badge.setViewOrder(priority.indexOf(id)));
        for (String chip : layout.band()) {
            for (String member : layout.membersOnMap(chip)) {
                Line line = new Line();
                line.getStyleClass().add(Styles.MEMBER_LINE);
                line.setUserData(new String[] {chip, member});
                memberLines.add(line);
                tieLayer.getChildren().add(line);
            }
        }
        for (MapLayout.LinkSpec spec : layout.links()) {
            addCurve(explainer, spec);
        }
        morph.set(state.layoutModeProperty().get() == LayoutMode.RELATIONS ? 1 : 0);
        cameraMovedByUser = keepCamera;
        emphasis.applyLinkFilter();
        emphasis.refresh();
        if (map.getWidth() > 0) {
            double x = camera.centerXProperty().get();
            double y = camera.centerYProperty().get();
            double zoom = camera.zoom();
            if (!keepCamera) {
                fit(false);
            }
            // Only the camera's moves lay the marks out, and an edit keeps the frame (or the
            // author's own view): when the camera stayed put, place the new badges here.
            if (x == camera.centerXProperty().get() && y == camera.centerYProperty().get() && zoom == camera.zoom()) {
                relayout();
            }
        }
    }

    /** The order Tab visits badges: the groups band first (it is at the top), then west to east. */
    private static List<Actor> readingOrder(MapLayout layout) {
        List<Actor> order = new ArrayList<>();
        layout.band().forEach(id -> order.add(layout.spot(id).actor()));
        layout.spots().values().stream().filter(s -> s.place() != null)
                .sorted(Comparator.comparingDouble((MapLayout.Spot s) -> s.place().x()).thenComparingDouble(s -> s.place().y()))
                .forEach(s -> order.add(s.actor()));
        return order;
    }

    private void addBadge(Actor actor, int slot) {
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
        placePicking.allowMoving(badge);
        if (layout.spot(actor.id()).tied()) {
            Line tie = new Line();
            tie.getStyleClass().add(Styles.TIE_LINE);
            Circle pin = new Circle(3);
            pin.getStyleClass().add(Styles.TIE_PIN);
            ties.put(actor.id(), tie);
            tiePins.put(actor.id(), pin);
            tieLayer.getChildren().addAll(tie, pin);
        }
        if (actor.kind() == ActorKind.STATE) {
            SVGPath territory = land.addTerritory(actor.name(), Styles.blocClass(slot));
            if (territory != null) {
                territories.put(actor.id(), territory);
            }
        }
    }

    private void addCurve(Explainer explainer, MapLayout.LinkSpec spec) {
        Link link = spec.link();
        LinkCurve curve = new LinkCurve(link, describe(explainer, link, spec.fromId(), spec.toId()));
        curve.setUserData(spec);
        curve.setOnMouseEntered(e -> state.selection().hover(link));
        curve.setOnMouseExited(e -> {
            if (state.hoveredLinkProperty().get() == link) {
                state.selection().hover(null);
            }
        });
        curve.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                state.selectLink(link);
            }
            e.consume();
        });
        curves.add(curve);
        linkLayer.getChildren().add(curve);
    }

    private static String holder(Explainer explainer, String stanceId) {
        return explainer.holderOf(stanceId).map(Actor::id).orElse(null);
    }

    private static String describe(Explainer explainer, Link link, String a, String b) {
        String from = explainer.actor(a).map(Actor::name).orElse(a);
        String to = explainer.actor(b).map(Actor::name).orElse(b);
        return Messages.format("link.accessible." + link.kind().jsonName(), from, to);
    }

    // ---------------------------------------------------------------- drawing (on zoom, pan, resize, layout switch)

    private double bandWidth() {
        return bandWidth(map.getWidth(), state.isPresenting()) - map.coveredRightProperty().get();
    }

    /** While presenting the zoom buttons are hidden: the band may take the whole width. */
    static double bandWidth(double width, boolean presenting) {
        return presenting ? width : MapRoom.bandWidth(width);
    }

    private void relayout() {
        double offsetX = camera.offsetX(map.getWidth());
        double offsetY = camera.offsetY(map.getHeight());
        land.setView(camera.zoom(), offsetX, offsetY);
        if (layout == null) {
            return;
        }
        double zoom = camera.zoom();
        // Names may reach into the groups band's strip, never onto its chips or its label.
        scene = MapScene.of(layout, metrics, morph.get() > 0 ? relations() : Map.of(), morph.get(), zoom, offsetX, offsetY, bandWidth(), focus,
                new MapScene.Room(new double[] {0, 0, map.getWidth() - map.coveredRightProperty().get(), map.getHeight() - coveredBottom()},
                        chrome(), bandInTour()));
        map.setDrawn(scene);
        double r = metrics.discRadius();
        scene.discs().forEach((id, centre) -> {
            ActorBadge badge = badges.get(id);
            badge.centreDiscAt(centre.x(), centre.y(), r);
            badge.setState(Styles.CROWDED, scene.crowded().contains(id));
            badge.setState(Styles.UNLABELLED, scene.unlabelled().contains(id));
            Point nameOffset = scene.nameOffset(id);
            badge.setNameOffset(nameOffset.x(), nameOffset.y());
            badge.setState(Styles.IN_BAND, scene.chips().contains(id));
        });
        ties.forEach((id, tie) -> {
            Point place = scene.places().get(id);
            Point disc = scene.discs().get(id);
            boolean shown = scene.tied().contains(id);
            tie.setVisible(shown);
            tiePins.get(id).setVisible(shown);
            // From the pin on the place to the disc's edge, so it reads as a tether, not a link.
            Point edge = disc.towards(place, Math.min(1, r / Math.max(1, disc.distanceTo(place))));
            tie.setStartX(place.x());
            tie.setStartY(place.y());
            tie.setEndX(edge.x());
            tie.setEndY(edge.y());
            tiePins.get(id).setCenterX(place.x());
            tiePins.get(id).setCenterY(place.y());
        });
        boolean band = !scene.chips().isEmpty() && bandInTour();
        for (String chip : scene.chips()) {
            badges.get(chip).setVisible(band);
        }
        if (!band) {
            // Out of the way during a tour step about the map, so are the links to its chips.
            curves.forEach(curve -> {
                MapLayout.LinkSpec spec = (MapLayout.LinkSpec) curve.getUserData();
                curve.pseudoClassStateChanged(UNANCHORED, scene.chips().contains(spec.fromId())
                        || scene.chips().contains(spec.toId()));
            });
        } else if (bandWasHidden) {
            curves.forEach(curve -> curve.pseudoClassStateChanged(UNANCHORED, false));
        }
        bandWasHidden = !band;
        bandLabel.setVisible(band);
        bandStrip.setVisible(band);
        bandStrip.resizeRelocate(0, 0, map.getWidth(), scene.bandHeight());
        StackPane.setMargin(bandLabel, new Insets(metrics.inset() + r - 8 * textScale, 0, 0, metrics.inset()));
        for (Line line : memberLines) {
            String[] ends = (String[]) line.getUserData();
            Point a = scene.discs().get(ends[0]);
            Point b = scene.discs().get(ends[1]);
            line.setVisible(band);
            line.setStartX(a.x());
            line.setStartY(a.y() + r);
            line.setEndX(b.x());
            line.setEndY(b.y());
        }
        campRegions.update(scene.discs(), metrics, morph.get() > 0);
        List<MapScene.Curve> drawn = scene.curves();
        for (int i = 0; i < curves.size(); i++) {
            curves.get(i).update(drawn.get(i), LINK_END_GAP * r / ActorBadge.DISC_RADIUS, r / ActorBadge.DISC_RADIUS);
        }
        double breakX = projection.xOfLongitude(MapProjection.BREAK_LONGITUDE) * zoom + offsetX;
        scaleBreak.setStartX(breakX);
        scaleBreak.setEndX(breakX);
        scaleBreak.setStartY(projection.project(76, 50).y() * zoom + offsetY);
        scaleBreak.setEndY(projection.project(36, 50).y() * zoom + offsetY);
        scaleBreakLabel.setX(breakX + 6);
        scaleBreakLabel.setY(projection.project(76, 50).y() * zoom + offsetY + 12);
    }

    private void onResize() {
        legend.fitRoom(MapRoom.legendFolds(map.getWidth(), map.getHeight(), textScale));
        if (!cameraMovedByUser && layout != null) {
            fit(false);
        }
        // The screen offset depends on the size too, even when the camera itself did not move.
        relayout();
    }

    // ---------------------------------------------------------------- camera

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
        if (layout == null || map.getWidth() <= 0) {
            return;
        }
        boolean relationsMode = state.layoutModeProperty().get() == LayoutMode.RELATIONS;
        Map<String, Point> target = relationsMode ? relations() : null;
        double caption = map.coveredBelowProperty().get() > 0 ? map.coveredBelowProperty().get() + metrics.inset() : map.getHeight() * CAPTION_SHARE;
        double bottom = state.isPresenting() ? caption : MapRoom.bottomMargin(map.getWidth(), map.getHeight(), textScale);
        // Projected, a label at the very edge is lost to the screen's border: keep more room.
        double margin = state.isPresenting() ? MapRoom.FIT_MARGIN * 1.6 : MapRoom.FIT_MARGIN;
        double bandRoom = bandWidth();
        Framing.Margins margins = relationsMode && !state.isPresenting() ? MapRoom.relationsMargins(textScale)
                : MapRoom.margins(layout, metrics, margin, bottom, relationsMode || !bandInTour(), bandRoom);
        if (map.coveredRightProperty().get() > 0) {
            margins = new Framing.Margins(margins.left(), margins.top(), margins.right() + map.coveredRightProperty().get(),
                    margins.bottom());
        }
        List<Framing.Box> all = MapScene.boxes(layout, metrics, target, null);
        Framing framing = new Framing(MapCamera.MIN_ZOOM, relationsMode ? MapRoom.relationsMaxZoom(metrics) : MapCamera.MAX_ZOOM);
        Framing.Frame frame = framing.fit(all, map.getWidth(), map.getHeight(), margins);
        if (only == null && !state.isPresenting()) {
            frame = MapRoom.clearOfLegend(framing, frame, all, margins, map.getWidth(), map.getHeight(), textScale,
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
        camera.moveTo(frame.centreX(), frame.centreY(), frame.zoom(), animate && animate());
        cameraMovedByUser = false;
    }

    /** Centres the camera on a point of the viewport, keeping the zoom. */
    private void centreOn(Point onScreen) {
        double zoom = camera.zoom();
        // In the part of the map a sheet leaves in view; the map's frame stays as it was.
        double visibleMiddle = (map.getWidth() - map.sheetCover()) / 2;
        camera.moveTo(camera.centerXProperty().get() + (onScreen.x() - visibleMiddle) / zoom,
                camera.centerYProperty().get() + (onScreen.y() - map.getHeight() / 2) / zoom, zoom, animate());
    }

    private void focusOn(Actor actor) {
        if (scene == null || scene.chips().contains(actor.id())) {
            return;
        }
        Point centre = scene.discs().get(actor.id());
        if (centre != null) {
            centreOn(centre);
        }
    }

    /** Brings both ends of a link into the middle of the view. */
    private void focusOn(Link link) {
        Explainer explainer = state.getExplainer();
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

    void zoomIn() {
        cameraMovedByUser = true;
        camera.zoomAt(1.3, map.getWidth() / 2, map.getHeight() / 2, map.getWidth(), map.getHeight());
    }

    void zoomOut() {
        cameraMovedByUser = true;
        camera.zoomAt(1 / 1.3, map.getWidth() / 2, map.getHeight() / 2, map.getWidth(), map.getHeight());
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
    void focusFirstActor() {
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
