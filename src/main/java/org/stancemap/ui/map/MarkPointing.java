package org.stancemap.ui.map;

import org.stancemap.model.Actor;
import org.stancemap.model.Link;
import org.stancemap.ui.state.AppState;

/**
 * What the pointer does to the map's marks: a click selects a badge or a link (a drag that ends on
 * one does not), pointing at a bloc's badge lights its members, pointing at a link stresses it.
 */
final class MarkPointing {

    private MarkPointing() {
    }

    static void onBadge(ActorBadge badge, AppState state, MapEmphasis emphasis) {
        Actor actor = badge.actor();
        badge.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                state.selectActor(actor);
                badge.requestFocus();
            }
            e.consume();
        });
        badge.setOnMouseEntered(e -> emphasis.litMembers(actor, true));
        badge.setOnMouseExited(e -> emphasis.litMembers(actor, false));
    }

    static void onLink(LinkCurve curve, Link link, AppState state) {
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
    }
}
