package org.stancemap.layout;

import java.util.HashSet;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;

/**
 * What the map brings forward for the current selection and hover: the selected actor, the actors
 * its positions are linked with, the blocs and members that light up with it, the links that stay
 * bright, and the two ends of a hovered link. Everything else is dimmed while something is chosen.
 */
public record Emphasis(String selectedActorId, String selectedLinkId, String hoveredLinkId, Set<String> linkedActors,
                       Set<String> litActors, Set<String> hoveredEnds, Set<String> activeLinks, boolean tourFocus) {

    public static Emphasis of(Explainer explainer, Actor selected, Link selectedLink, Link hovered) {
        Set<String> linked = new HashSet<>();
        Set<String> lit = new HashSet<>();
        Set<String> active = new HashSet<>();
        if (selectedLink != null) {
            active.add(selectedLink.id());
            addEnds(explainer, selectedLink, linked);
        } else if (selected != null) {
            Set<String> stanceIds = new HashSet<>();
            explainer.stancesOf(selected.id()).forEach(s -> stanceIds.add(s.id()));
            for (Link link : explainer.links()) {
                if (stanceIds.contains(link.fromStanceId()) || stanceIds.contains(link.toStanceId())) {
                    active.add(link.id());
                    addEnds(explainer, link, linked);
                }
            }
            explainer.membersOf(selected.id()).forEach(m -> lit.add(m.id()));
            lit.addAll(selected.blocs());
        }
        Set<String> hoveredEnds = new HashSet<>();
        if (hovered != null) {
            addEnds(explainer, hovered, hoveredEnds);
        }
        String selectedId = selected == null ? null : selected.id();
        linked.remove(selectedId);
        return new Emphasis(selectedId, selectedLink == null ? null : selectedLink.id(),
                hovered == null ? null : hovered.id(), Set.copyOf(linked), Set.copyOf(lit), Set.copyOf(hoveredEnds),
                Set.copyOf(active), false);
    }

    /**
     * During a tour: the step's actors and the ends of its links stand out, its links stay bright,
     * and the rest steps back. A step with nothing in focus shows the whole map.
     */
    public static Emphasis ofTour(Explainer explainer, Set<String> actors, Set<String> links, Actor selected,
                                  Link hovered) {
        Set<String> inView = new HashSet<>(actors);
        for (String linkId : links) {
            explainer.link(linkId).ifPresent(link -> addEnds(explainer, link, inView));
        }
        Set<String> hoveredEnds = new HashSet<>();
        if (hovered != null) {
            addEnds(explainer, hovered, hoveredEnds);
        }
        String selectedId = selected == null ? null : selected.id();
        return new Emphasis(selectedId, null, hovered == null ? null : hovered.id(), Set.copyOf(inView), Set.of(),
                Set.copyOf(hoveredEnds), Set.copyOf(links), !inView.isEmpty());
    }

    private static void addEnds(Explainer explainer, Link link, Set<String> into) {
        explainer.holderOf(link.fromStanceId()).ifPresent(a -> into.add(a.id()));
        explainer.holderOf(link.toStanceId()).ifPresent(a -> into.add(a.id()));
    }

    /** Whether something is chosen, so that the rest of the map steps back. */
    public boolean focusing() {
        return selectedActorId != null || selectedLinkId != null || tourFocus;
    }

    public boolean isSelected(String actorId) {
        return actorId.equals(selectedActorId);
    }

    /** Joined to the selection by a link, or an end of the hovered link. */
    public boolean isLinked(String actorId) {
        return linkedActors.contains(actorId) || hoveredEnds.contains(actorId);
    }

    public boolean isLit(String actorId) {
        return litActors.contains(actorId);
    }

    public boolean isDimmed(String actorId) {
        return focusing() && !isSelected(actorId) && !isLinked(actorId) && !isLit(actorId);
    }

    /** Bright: joined to the selection, or under the pointer. */
    public boolean isActive(Link link) {
        return activeLinks.contains(link.id()) || link.id().equals(hoveredLinkId);
    }

    /**
     * Drawn above the others: only links of the selection. A hovered link is not raised, because
     * reordering the link layer on every hover would repaint all of it.
     */
    public boolean isRaised(Link link) {
        return activeLinks.contains(link.id());
    }

    public boolean isDimmed(Link link) {
        return focusing() && !isActive(link);
    }
}
