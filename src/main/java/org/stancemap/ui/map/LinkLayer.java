package org.stancemap.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapScene;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.ui.Messages;

/** The links between positions, one curve each, drawn along the curves the scene computes. */
final class LinkLayer extends Group {

    /** How far from a disc's rim a link's end mark sits. */
    private static final double LINK_END_GAP = 6;
    private static final PseudoClass UNANCHORED = PseudoClass.getPseudoClass("unanchored");

    private final List<LinkCurve> curves = new ArrayList<>();
    private boolean bandWasHidden;

    /** The curves in the layout's order; the map's other parts read it live. */
    List<LinkCurve> curves() {
        return curves;
    }

    void clear() {
        curves.clear();
        getChildren().clear();
    }

    LinkCurve add(Explainer explainer, MapLayout.LinkSpec spec) {
        Link link = spec.link();
        LinkCurve curve = new LinkCurve(link, describe(explainer, link, spec.fromId(), spec.toId()));
        curve.setUserData(spec);
        curves.add(curve);
        getChildren().add(curve);
        return curve;
    }

    private static String describe(Explainer explainer, Link link, String a, String b) {
        String from = explainer.actor(a).map(Actor::name).orElse(a);
        String to = explainer.actor(b).map(Actor::name).orElse(b);
        return Messages.format("link.accessible." + link.kind().jsonName(), from, to);
    }

    void place(MapScene scene, double discRadius, boolean bandShown) {
        if (!bandShown) {
            // Out of the way during a tour step about the map, so are the links to its chips.
            curves.forEach(curve -> {
                MapLayout.LinkSpec spec = (MapLayout.LinkSpec) curve.getUserData();
                curve.pseudoClassStateChanged(UNANCHORED, scene.chips().contains(spec.fromId())
                        || scene.chips().contains(spec.toId()));
            });
        } else if (bandWasHidden) {
            curves.forEach(curve -> curve.pseudoClassStateChanged(UNANCHORED, false));
        }
        bandWasHidden = !bandShown;
        List<MapScene.Curve> drawn = scene.curves();
        double r = discRadius;
        for (int i = 0; i < curves.size(); i++) {
            curves.get(i).update(drawn.get(i), LINK_END_GAP * r / ActorBadge.DISC_RADIUS, r / ActorBadge.DISC_RADIUS);
        }
    }
}
