package org.stancemap.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.SetChangeListener;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapMetrics;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.MapRoom;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.RelationsLayout;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.theme.Styles;

/**
 * Draws a {@link MapView}: land, badges, ties and links at the spots {@link MapScene} gives for
 * the camera. Where each actor goes is decided once per explainer by {@link MapLayout}; the camera
 * only frames and scales it. The nodes are built once per explainer; selection and hover only flip
 * pseudo-classes, and panning or zooming only moves nodes. Made once per map and never replaced.
 * This class composes the layers and answers the state; each layer draws its own marks.
 */
final class MapViewSkin extends SkinBase<MapView> {

    private final MapView map;
    private final AppState state;
    private final StackPane root = new StackPane();
    private final MapProjection projection = new MapProjection();
    private final MapCamera camera = new MapCamera();
    private final MarksSize marks = new MarksSize();
    private final ShownMap shown = new ShownMap(marks.metrics());
    private final Pane viewport = new Pane();
    private final LandLayer land;
    private final Pane screenLayer = new Pane();
    private final ScaleBreakMark scaleBreak = new ScaleBreakMark();
    private final CampRegions campRegions = new CampRegions();
    private final TieLayer ties = new TieLayer();
    private final LinkLayer links = new LinkLayer();
    private final BadgeLayer badges = new BadgeLayer();
    private final Map<String, SVGPath> territories = new HashMap<>();
    private final LayoutMorph morph = new LayoutMorph();
    private final MapEmphasis emphasis;
    private final MapChrome chrome;
    private final MapFraming framing;
    private final PlacePicking placePicking;

    MapViewSkin(MapView map) {
        super(map);
        this.map = map;
        this.state = map.state();
        this.land = map.land().layer();
        this.emphasis = new MapEmphasis(state, badges.badges(), territories, links.curves());
        // Clicks on the sea reach the window's own handlers, as they did before the map was a control.
        consumeMouseEvents(false);
        root.setMinSize(0, 0);
        getChildren().add(root);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(map.widthProperty());
        clip.heightProperty().bind(map.heightProperty());
        map.setClip(clip);

        scaleBreak.opacityProperty().bind(morph.property().negate().add(1));
        land.opacityProperty().bind(morph.property().negate().add(1));
        screenLayer.setManaged(false);
        screenLayer.setPickOnBounds(false);
        screenLayer.getChildren().addAll(scaleBreak, campRegions, ties, links, badges);
        campRegions.opacityProperty().bind(morph.property());
        chrome = new MapChrome(state, this::zoomIn, this::zoomOut, () -> fit(true), this::relayoutAfterLayout);
        framing = new MapFraming(map, state, camera, shown, chrome.legend());
        // The marks' size applies to this layer only (MarksSize): the chrome over it keeps the window's.
        viewport.getStyleClass().add(Styles.MAP_MARKS);
        viewport.getChildren().addAll(land, chrome.bandStrip(), screenLayer, chrome.bandLabel());
        viewport.setMinSize(0, 0);
        chrome.legend().foldedProperty().addListener((obs, was, now) -> {
            if (!framing.movedByUser()) {
                fit(false);
            }
        });
        root.getChildren().add(viewport);
        root.getChildren().addAll(chrome.overlays());

        new MapGestures(viewport, camera, () -> framing.setMovedByUser(true), state::clearSelection);
        placePicking = new PlacePicking(state, viewport, projection,
                (x, y) -> camera.toMap(x, y, map.getWidth(), map.getHeight()), shown::scene, shown::layout,
                () -> shown.metrics().discRadius(), badges.badges(), this::relayout);
        map.addEventFilter(KeyEvent.KEY_PRESSED, placePicking::onKey);
        camera.movesProperty().addListener((obs, was, now) -> relayout());
        morph.property().addListener((obs, was, now) -> relayout());
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
        map.addEventFilter(KeyEvent.KEY_PRESSED, e -> BadgeKeys.handle(e,
                shown.scene() == null ? Map.of() : shown.scene().discs(), badges.badges(), state));
        if (state.getExplainer() != null) {
            show(state.getExplainer());
        }
    }

    private void listenToState() {
        state.explainerProperty().addListener((obs, was, now) -> show(now));
        state.selectedActorProperty().addListener((obs, was, now) -> {
            emphasis.refresh();
            if (now != null) {
                framing.focusOn(now);
            }
        });
        state.selectedLinkProperty().addListener((obs, was, now) -> {
            emphasis.refresh();
            if (now != null) {
                framing.focusOn(now);
            }
        });
        state.hoveredLinkProperty().addListener((obs, was, now) -> emphasis.refresh());
        state.visibleLinkKinds().addListener((SetChangeListener<Object>) change -> emphasis.applyLinkFilter());
        state.layoutModeProperty().addListener((obs, was, now) -> {
            morph.moveTo(now, framing.animates());
            updateMarksScale();
            fit(framing.animates());
        });
        state.presentingProperty().addListener((obs, was, now) -> {
            framing.setMovedByUser(false);
            emphasis.refresh();
            updateMarksScale();
            fit(framing.animates());
        });
        state.kioskProperty().addListener((obs, was, now) -> updateMarksScale());
        state.tourStepProperty().addListener((obs, was, now) -> {
            if (state.isPresenting()) {
                emphasis.refresh();
                fit(framing.animates());
            }
        });
        state.resetSerialProperty().addListener((obs, was, now) -> {
            framing.setMovedByUser(false);
            fit(framing.animates());
        });
        state.uiScaleProperty().addListener((obs, was, now) -> updateMarksScale());
    }

    private void updateMarksScale() {
        javafx.scene.Scene scene = map.getScene();
        if (!marks.update(viewport, state, scene == null ? 0 : scene.getWidth(), scene == null ? 0 : scene.getHeight(),
                relationsGrowth())) {
            return;
        }
        map.setMarksStep(marks.step());
        shown.setMarks(marks.metrics(), marks.factor(), marks.chromeFactor());
        chrome.legend().fitRoom(MapRoom.legendFolds(map.getWidth(), map.getHeight(), shown.chromeScale()));
        if (framing.movedByUser()) {
            relayout();
        } else {
            fit(false);
        }
    }

    /** How much the Relations picture's marks may grow beyond the window's text size to fill the map; 1 on the map. */
    private double relationsGrowth() {
        MapLayout layout = shown.layout();
        if (layout == null || state.layoutModeProperty().get() != LayoutMode.RELATIONS) {
            return 1;
        }
        double window = Math.max(100, state.uiScaleProperty().get()) / 100.0;
        MapMetrics base = MapMetrics.screen(window, 1, NameWidths.at(NameWidths.NORMAL_SIZE * window));
        return MapRoom.relationsGrowth(layout, shown.relations(), base, map.getWidth(), map.getHeight(), window);
    }

    private void refitUnlessMoved() {
        if (!framing.movedByUser() && shown.layout() != null && map.getWidth() > 0) {
            fit(false);
        }
        relayout();
    }

    // ---------------------------------------------------------------- building (once per explainer)

    private void show(Explainer explainer) {
        MapLayout before = shown.layout();
        // An edit lays the explainer out afresh; the author's own view of it stays as it was.
        boolean keepCamera = explainer != null && before != null && framing.movedByUser() && state.editingProperty().get()
                && explainer.id().equals(before.explainer().id());
        badges.clear();
        links.clear();
        ties.clear();
        territories.clear();
        land.clearTerritories();
        campRegions.show(null, List.of());
        shown.clear();
        map.setDrawn(null);
        if (explainer == null) {
            return;
        }
        MapLayout layout = MapLayout.of(explainer, projection, map.world());
        // The Relations positions and camp regions are made the first time that layout shows.
        shown.show(layout, () -> {
            RelationsLayout.Relations byCamp = RelationsLayout.of(explainer, layout.places());
            campRegions.show(explainer, byCamp.regions());
            return byCamp.positions();
        });
        BlocPalette palette = state.paletteOf(explainer);
        for (Actor actor : BadgeLayer.readingOrder(layout)) {
            addActor(layout, actor, palette.slotOf(actor.id()));
        }
        badges.stackByImportance(layout);
        ties.addMemberLines(layout);
        for (MapLayout.LinkSpec spec : layout.links()) {
            MarkPointing.onLink(links.add(explainer, spec), spec.link(), state);
        }
        morph.set(state.layoutModeProperty().get());
        updateMarksScale();
        framing.setMovedByUser(keepCamera);
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

    /** The actor's badge, its tie to its place if it stands beside it, and a state's territory. */
    private void addActor(MapLayout layout, Actor actor, int slot) {
        ActorBadge badge = badges.add(actor, slot);
        MarkPointing.onBadge(badge, state, emphasis);
        placePicking.allowMoving(badge);
        if (layout.spot(actor.id()).tied()) {
            ties.addTie(actor.id());
        }
        if (actor.kind() == ActorKind.STATE) {
            SVGPath territory = land.addTerritory(actor.name(), Styles.blocClass(slot));
            if (territory != null) {
                territories.put(actor.id(), territory);
            }
        }
    }

    // ---------------------------------------------------------------- drawing (on zoom, pan, resize, layout switch)

    /** The scene a relayout after its layout pass is asked of, if one is. */
    private javafx.scene.Scene relayoutScene;
    private final Runnable relayoutAsked = this::relayoutAsked;

    private void relayout() {
        double offsetX = camera.offsetX(map.getWidth());
        double offsetY = camera.offsetY(map.getHeight());
        land.setView(camera.zoom(), offsetX, offsetY);
        MapLayout layout = shown.layout();
        if (layout == null) {
            return;
        }
        double zoom = camera.zoom();
        MapMetrics metrics = shown.metrics();
        boolean bandInTour = framing.bandInTour();
        // Names may reach into the groups band's strip, never onto its chips or its label.
        MapScene scene = MapScene.of(layout, metrics, morph.get() > 0 ? shown.relations() : Map.of(), morph.get(), zoom, offsetX, offsetY,
                framing.bandWidth(), framing.focus(),
                new MapScene.Room(new double[] {0, 0, map.getWidth() - map.coveredRightProperty().get(),
                        map.getHeight() - framing.coveredBottom()}, chrome.boxes(), bandInTour));
        shown.setScene(scene);
        map.setDrawn(scene);
        double r = metrics.discRadius();
        boolean band = !scene.chips().isEmpty() && bandInTour;
        badges.place(scene, r, band);
        ties.place(scene, r, band);
        links.place(scene, r, band);
        chrome.showBand(band, map.getWidth(), scene.bandHeight(), metrics.inset() + r - 8 * shown.textScale(), metrics.inset());
        campRegions.update(scene, metrics, morph.get() > 0);
        scaleBreak.place(projection, zoom, offsetX, offsetY);
    }

    /**
     * A relayout once the toolkit's layout pass is over, before the frame is drawn; asked for again
     * in the meantime, still once. The chrome's three parts move one by one as a window is laid
     * out, and each move used to place every name afresh: some forty times before a new window's
     * first frame, half of them before the map even had a size (bench/README.md, "Start-up").
     */
    private void relayoutAfterLayout() {
        javafx.scene.Scene scene = map.getScene();
        if (scene == null) {
            relayout();
            return;
        }
        if (relayoutScene == null) {
            relayoutScene = scene;
            scene.addPostLayoutPulseListener(relayoutAsked);
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void relayoutAsked() {
        relayoutScene.removePostLayoutPulseListener(relayoutAsked);
        relayoutScene = null;
        relayout();
    }

    private void onResize() {
        updateMarksScale();
        chrome.legend().fitRoom(MapRoom.legendFolds(map.getWidth(), map.getHeight(), shown.chromeScale()));
        if (!framing.movedByUser() && shown.layout() != null) {
            fit(false);
        }
        // The screen offset depends on the size too, even when the camera itself did not move.
        relayout();
    }

    // ---------------------------------------------------------------- commands of the control

    /** Frames every actor with its badge and label (during a tour, the step's actors). */
    void fit(boolean animate) {
        framing.fit(animate);
    }

    void zoomIn() {
        framing.zoomIn();
    }

    void zoomOut() {
        framing.zoomOut();
    }

    /** Moves keyboard focus to the first actor on the map (west to east). */
    void focusFirstActor() {
        badges.focusFirst();
    }
}
