package org.stancemap.ui.map;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;
import org.stancemap.layout.MapScene;
import org.stancemap.layout.Point;
import org.stancemap.model.Place;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.state.MapPicking;

/**
 * The map's side of placing actors while editing: a click sets the place of the actor being
 * placed, a badge dragged and dropped gives its actor the place under its disc, and Alt with an
 * arrow moves a focused badge's place by a degree (a tenth with Shift). The map only reports the
 * place; the edit that takes it lays the map out afresh, so a badge is never left where the
 * pointer dropped it. Places are chosen on the map layout only, never among the camps.
 */
final class PlacePicking {

    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");
    /** Pointer travel, in pixels, below which a press on a badge is a click, not a drag. */
    private static final double DRAG_SLOP = 3;
    /** A keyboard step in map units: a degree of latitude (the map has ten units to the degree). */
    private static final double KEY_STEP = 10;

    private final AppState state;
    private final MapPicking picking;
    private final Pane surface;
    private final MapProjection projection;
    private final BiFunction<Double, Double, Point> toMap;
    private final Supplier<MapScene> scene;
    private final Supplier<MapLayout> layout;
    private final DoubleSupplier discRadius;
    private final Runnable snapBack;
    private final Map<String, ActorBadge> badges;
    private Point pressedAt;
    private Point discAtPress;
    private boolean moved;

    /**
     * {@code toMap} turns a point of {@code surface} into map units; {@code snapBack} draws every
     * badge where the layout has it again.
     */
    PlacePicking(AppState state, Pane surface, MapProjection projection, BiFunction<Double, Double, Point> toMap,
                 Supplier<MapScene> scene, Supplier<MapLayout> layout, DoubleSupplier discRadius,
                 Map<String, ActorBadge> badges, Runnable snapBack) {
        this.state = state;
        this.picking = state.mapPicking();
        this.surface = surface;
        this.projection = projection;
        this.toMap = toMap;
        this.scene = scene;
        this.layout = layout;
        this.discRadius = discRadius;
        this.badges = badges;
        this.snapBack = snapBack;
        surface.addEventFilter(MouseEvent.MOUSE_CLICKED, this::onClick);
        picking.placingProperty().addListener((obs, was, now) -> showCursor());
        // Panning while placing ends with the pan's own cursor: the cross comes back after it.
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> showCursor());
    }

    private void showCursor() {
        surface.setCursor(picking.placingProperty().get() != null ? Cursor.CROSSHAIR : Cursor.DEFAULT);
    }

    private void onClick(MouseEvent event) {
        String actorId = picking.placingProperty().get();
        if (actorId == null || event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        event.consume();
        if (!onTheMap()) {
            return;
        }
        placeAt(actorId, toMap.apply(event.getX(), event.getY())).ifPresent(place -> {
            if (picking.offer(actorId, place)) {
                picking.stopPlacing();
            }
        });
    }

    /** Lets {@code badge} be dragged to a new place, and moved there by Alt and the arrows. */
    void allowMoving(ActorBadge badge) {
        String id = badge.actor().id();
        badge.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressedAt = null;
            MapScene now = scene.get();
            if (e.getButton() == MouseButton.PRIMARY && movable(id) && now != null && now.discs().containsKey(id)) {
                pressedAt = new Point(e.getSceneX(), e.getSceneY());
                discAtPress = now.discs().get(id);
                moved = false;
            }
        });
        badge.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedAt == null) {
                return;
            }
            double dx = e.getSceneX() - pressedAt.x();
            double dy = e.getSceneY() - pressedAt.y();
            if (!moved && Math.hypot(dx, dy) < DRAG_SLOP) {
                return;
            }
            moved = true;
            badge.pseudoClassStateChanged(DRAGGED, true);
            badge.centreDiscAt(discAtPress.x() + dx, discAtPress.y() + dy, discRadius.getAsDouble());
            // The badge moves, not the map under it.
            e.consume();
        });
        badge.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedAt == null || !moved) {
                pressedAt = null;
                return;
            }
            e.consume();
            badge.pseudoClassStateChanged(DRAGGED, false);
            Point disc = discAtPress.plus(e.getSceneX() - pressedAt.x(), e.getSceneY() - pressedAt.y());
            pressedAt = null;
            boolean taken = placeAt(id, toMap.apply(disc.x(), disc.y() - liftOf(id))).map(place -> {
                boolean ok = picking.offer(id, place);
                focusBadge(id);
                return ok;
            }).orElse(false);
            if (!taken) {
                snapBack.run();
            }
        });
    }

    /** Alt+arrow on a focused badge moves its place a degree that way; with Shift, a tenth. */
    void onKey(KeyEvent event) {
        if (!(event.getTarget() instanceof ActorBadge badge) || !event.isAltDown() || event.isShortcutDown()) {
            return;
        }
        double step = event.isShiftDown() ? KEY_STEP / 10 : KEY_STEP;
        Point by = switch (event.getCode()) {
            case LEFT, KP_LEFT -> new Point(-step, 0);
            case RIGHT, KP_RIGHT -> new Point(step, 0);
            case UP, KP_UP -> new Point(0, -step);
            case DOWN, KP_DOWN -> new Point(0, step);
            default -> null;
        };
        String id = badge.actor().id();
        if (by == null || !movable(id)) {
            return;
        }
        event.consume();
        MapLayout.Spot spot = layout.get().spot(id);
        Point target = spot.place().plus(by.x(), by.y());
        Optional<Place> place = projection.placeAt(target);
        if (place.isEmpty()) {
            state.notify(Messages.get("map.place.off"), true);
            return;
        }
        picking.offer(id, place.get());
        focusBadge(id);
    }

    /** Whether the actor's badge may move now: while the editor allows it, on the map, for an actor with a spot on the land. */
    private boolean movable(String actorId) {
        MapLayout now = layout.get();
        return picking.draggingProperty().get() && !state.isPresenting() && onMapLayout() && now != null
                && now.spots().containsKey(actorId) && now.spot(actorId).mark() != MapLayout.Mark.CHIP;
    }

    private boolean onMapLayout() {
        return state.layoutModeProperty().get() == LayoutMode.GEOGRAPHIC;
    }

    private boolean onTheMap() {
        if (!onMapLayout()) {
            state.notify(Messages.get("map.place.relations"), true);
            return false;
        }
        return true;
    }

    /** How far above its place an event's pin holds its disc, in pixels; nothing for a badge. */
    private double liftOf(String actorId) {
        MapLayout now = layout.get();
        boolean pin = now != null && now.spots().containsKey(actorId) && now.spot(actorId).mark() == MapLayout.Mark.PIN;
        return pin ? MapLayout.PIN_LIFT * discRadius.getAsDouble() : 0;
    }

    private Optional<Place> placeAt(String actorId, Point mapPoint) {
        Optional<Place> place = projection.placeAt(mapPoint);
        if (place.isEmpty()) {
            state.notify(Messages.get("map.place.off"), true);
        }
        return place;
    }

    /** The map is laid out afresh after a move: the keyboard goes back to the badge that moved. */
    private void focusBadge(String actorId) {
        ActorBadge now = badges.get(actorId);
        if (now != null) {
            now.requestFocus();
        }
    }
}
