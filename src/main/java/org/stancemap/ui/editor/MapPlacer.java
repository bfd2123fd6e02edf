package org.stancemap.ui.editor;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ToggleButton;
import org.stancemap.draft.place.PlaceFinder;
import org.stancemap.edit.ItemEdits;
import org.stancemap.model.Actor;
import org.stancemap.model.Place;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.LayoutMode;
import org.stancemap.ui.state.MapPicking;

/**
 * An actor's place chosen on the map: "Pick on map" (Ctrl+M; Esc cancels), then a click where the
 * actor is; and, while the actors show, any badge dragged to a new place or moved with Alt and the
 * arrows. Each move is one edit, so one Ctrl+Z puts the actor back. A picked point takes the name of
 * the gazetteer's city within {@link #NAMED_WITHIN_KM}, or none.
 */
final class MapPlacer {

    /** How near a city must be for a picked point to take its name. */
    static final double NAMED_WITHIN_KM = 25;

    private final EditSession session;
    private final PlaceFinder places;
    private final Supplier<Optional<Actor>> chosen;
    private final Consumer<String> choose;
    private final MapPicking picking;
    private final PickToggle pick;
    /** The "Click the map where …" notice of the pick under way, or null. */
    private String pickingNotice;

    /** {@code chosen} is the actor in the form; {@code choose} chooses one there by id. */
    MapPlacer(EditSession session, PlaceFinder places, Supplier<Optional<Actor>> chosen, Consumer<String> choose) {
        this.session = session;
        this.places = places;
        this.chosen = chosen;
        this.choose = choose;
        this.picking = session.state().mapPicking();
        pick = new PickToggle("editor-actor-place-pick", Messages.get("editor.actor.place.pick"), session,
                () -> picking.placingProperty().get() != null, this::start, this::cancel, () -> shown(false));
        picking.placingProperty().addListener((obs, was, now) -> showPicking(now));
    }

    ToggleButton toggle() {
        return pick.button();
    }

    /** The actors are on screen (true) or not: only then do clicks and drags on the map place them. */
    void shown(boolean now) {
        pick.shown(now);
        if (now) {
            picking.setTaker(this::take);
            picking.allowDragging(true);
        } else {
            cancel();
            picking.allowDragging(false);
            picking.setTaker(null);
        }
    }

    /** The next click on the map places the actor chosen in the form. */
    void start() {
        Optional<Actor> actor = chosen.get();
        if (actor.isEmpty()) {
            pick.button().setSelected(false);
            session.refuse(Messages.get("editor.actor.refused.none"));
            return;
        }
        // Places are points on the map, not among the camps.
        session.state().panels().showLayout(LayoutMode.GEOGRAPHIC);
        picking.startPlacing(actor.get().id());
        // Said over the map too: the form's toggle may be scrolled out of sight.
        pickingNotice = Messages.format("editor.actor.place.picking", actor.get().name());
        session.state().notify(pickingNotice, false);
    }

    void cancel() {
        picking.stopPlacing();
    }

    private void showPicking(String actorId) {
        // "Click the map where …" is wrong once the pick is made or cancelled, whichever way it ended.
        if (actorId == null && pickingNotice != null) {
            session.state().withdrawNotice(pickingNotice);
            pickingNotice = null;
        }
        ToggleButton toggle = pick.button();
        toggle.setSelected(actorId != null);
        String name = actorId == null ? null : session.current().actor(actorId).map(Actor::name).orElse(actorId);
        toggle.setText(name == null ? Messages.get("editor.actor.place.pick")
                : Messages.format("editor.actor.place.picking", name));
        toggle.setAccessibleText(name == null ? PickToggle.withKeys(Messages.get("editor.actor.place.pick"))
                : Messages.format("editor.actor.place.picking", name));
    }

    /** Puts the actor at {@code place}, named after the city it is in if there is one. */
    private boolean take(String actorId, Place place) {
        Optional<Actor> actor = session.current().actor(actorId);
        if (actor.isEmpty()) {
            return false;
        }
        String name = places.nearest(place, NAMED_WITHIN_KM).map(f -> f.place().name()).orElse("");
        if (!session.apply(ItemEdits.placeActor(actorId, actor.get().name(),
                new Place(name, place.latitude(), place.longitude())))) {
            return false;
        }
        choose.accept(actorId);
        return true;
    }
}
