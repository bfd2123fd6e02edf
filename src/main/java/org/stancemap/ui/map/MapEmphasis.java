package org.stancemap.ui.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.shape.SVGPath;
import org.stancemap.layout.Emphasis;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.tour.TourPlayer;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Styles;

/**
 * Shows on the map what the reader is looking at: the selected actor or link, what it connects
 * to, what a tour step is about, and the members of a hovered bloc. Everything else is dimmed.
 * Works on the map's badges, territories and curves, which the map owns and rebuilds.
 */
final class MapEmphasis {

    private final AppState state;
    private final Map<String, ActorBadge> badges;
    private final Map<String, SVGPath> territories;
    private final List<LinkCurve> curves;

    MapEmphasis(AppState state, Map<String, ActorBadge> badges, Map<String, SVGPath> territories,
                List<LinkCurve> curves) {
        this.state = state;
        this.badges = badges;
        this.territories = territories;
        this.curves = curves;
    }

    /** The tour as it stands at the current step. */
    static TourPlayer tourAt(Explainer explainer, int step) {
        TourPlayer player = new TourPlayer(explainer.tour());
        player.goTo(step);
        return player;
    }

    void refresh() {
        Explainer explainer = state.getExplainer();
        if (explainer == null) {
            return;
        }
        Emphasis emphasis;
        if (state.isPresenting() && state.getSelectedActor() == null && state.getSelectedLink() == null) {
            TourPlayer player = tourAt(explainer, state.tourStepProperty().get());
            emphasis = Emphasis.ofTour(explainer, player.actorsInView(), player.linksInView(), null,
                    state.hoveredLinkProperty().get());
        } else {
            emphasis = Emphasis.of(explainer, state.getSelectedActor(), state.getSelectedLink(),
                    state.hoveredLinkProperty().get());
        }
        for (ActorBadge badge : badges.values()) {
            String id = badge.actor().id();
            badge.setState(Styles.SELECTED, emphasis.isSelected(id));
            badge.setState(Styles.LINKED, emphasis.isLinked(id));
            badge.setState(Styles.LIT, emphasis.isLit(id));
            badge.setState(Styles.DIMMED, emphasis.isDimmed(id));
            // viewOrder, not toFront(): reordering children would change the Tab order.
            badge.setViewOrder(emphasis.isSelected(id) ? -1 : 0);
        }
        for (Map.Entry<String, SVGPath> territory : territories.entrySet()) {
            String id = territory.getKey();
            territory.getValue().pseudoClassStateChanged(Styles.SELECTED, emphasis.isSelected(id));
            territory.getValue().pseudoClassStateChanged(Styles.LIT, emphasis.isLinked(id) || emphasis.isLit(id));
            territory.getValue().pseudoClassStateChanged(Styles.DIMMED, emphasis.isDimmed(id));
        }
        for (LinkCurve curve : curves) {
            curve.pseudoClassStateChanged(Styles.SELECTED, curve.link().id().equals(emphasis.selectedLinkId()));
            curve.pseudoClassStateChanged(Styles.DIMMED, emphasis.isDimmed(curve.link()));
            curve.setViewOrder(emphasis.isRaised(curve.link()) ? -1 : 0);
        }
    }

    /** Hovering an alliance or coalition lights up its members. */
    void litMembers(Actor bloc, boolean on) {
        Explainer explainer = state.getExplainer();
        if (explainer == null || !bloc.kind().isBloc()) {
            return;
        }
        if (!on) {
            refresh();
            return;
        }
        explainer.membersOf(bloc.id()).forEach(m -> Optional.ofNullable(badges.get(m.id()))
                .ifPresent(b -> b.setState(Styles.LIT, true)));
    }

    /** Only the kinds of link the legend has ticked are drawn. */
    void applyLinkFilter() {
        for (LinkCurve curve : curves) {
            curve.setVisible(state.visibleLinkKinds().contains(curve.link().kind()));
        }
    }
}
