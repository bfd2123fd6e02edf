package org.stancemap.ui.editor;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.stancemap.model.Actor;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/**
 * Two positions to link, chosen on the map: "Pick two on map" (Ctrl+M; Esc cancels), then the
 * first actor and the second, by a click on their badges or Enter on a focused one. Each gives its
 * first position; the form's lists change it to another of theirs.
 */
final class LinkPicker {

    private final EditSession session;
    private final BiConsumer<Stance, Stance> start;
    private final java.util.function.Consumer<Stance> firstChosen;
    private final PickToggle pick;
    private final Label hint = new Label();
    private boolean picking;
    private Stance first;

    /** {@code firstChosen} shows the first position picked; {@code start} starts a link between the two. */
    LinkPicker(EditSession session, java.util.function.Consumer<Stance> firstChosen, BiConsumer<Stance, Stance> start) {
        this.session = session;
        this.firstChosen = firstChosen;
        this.start = start;
        pick = new PickToggle("editor-link-pick", Messages.get("editor.link.pick"), session, () -> picking,
                this::begin, this::cancel, () -> shown(false));
        hint.setId("editor-link-pick-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("editor-hint");
        hint.setVisible(false);
        hint.managedProperty().bind(hint.visibleProperty());
        session.state().selectedActorProperty().addListener((obs, was, now) -> {
            if (now != null) {
                chosenOnMap(now);
            }
        });
    }

    ToggleButton toggle() {
        return pick.button();
    }

    /** What to choose next on the map, while picking. */
    Label hint() {
        return hint;
    }

    void shown(boolean now) {
        pick.shown(now);
        if (!now) {
            cancel();
        }
    }

    void begin() {
        picking = true;
        first = null;
        pick.button().setSelected(true);
        say(Messages.get("editor.link.pick.first"));
    }

    void cancel() {
        picking = false;
        first = null;
        pick.button().setSelected(false);
        hint.setVisible(false);
    }

    private void chosenOnMap(Actor actor) {
        if (!picking) {
            return;
        }
        if (first != null && first.actorId().equals(actor.id())) {
            return; // the same actor chosen again (or kept chosen across an edit)
        }
        List<Stance> stances = session.current().stancesOf(actor.id());
        if (stances.isEmpty()) {
            session.refuse(Messages.format("editor.link.pick.noPosition", actor.name()));
            return;
        }
        if (first == null) {
            first = stances.get(0);
            firstChosen.accept(first);
            say(Messages.format("editor.link.pick.second", actor.name()));
            return;
        }
        Stance from = first;
        cancel();
        start.accept(from, stances.get(0));
    }

    /** Shows {@code text} where the picking hint shows (for a position given from the panel). */
    void tell(String text) {
        say(text);
    }

    private void say(String text) {
        hint.setText(text);
        hint.setVisible(true);
        hint.setAccessibleText(text);
    }
}
