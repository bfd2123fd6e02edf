package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Place;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.model.TourStep;
import org.stancemap.io.Wording;

/** Changing an actor's or a stance's fields, and the glossary and tour lists. An edited item is confirmed. */
public final class ItemEdits {

    private ItemEdits() {
    }

    public static Edit updateActor(String actorId, String name, ActorKind kind, String role, List<String> blocs,
                                   Optional<Place> place) {
        return LinkEdits.edit(Wording.format("edit.label.editActor", name), current -> {
            Actor old = current.actor(actorId).orElseThrow(() -> new EditRefused(Wording.format("edit.noActor", actorId)));
            if (blocs.contains(actorId)) {
                throw new EditRefused(Wording.get("edit.actor.ownBloc"));
            }
            Actor updated = new Actor(old.id(), name, kind, role, blocs, place, Status.CONFIRMED);
            return ExplainerCopy.of(current).actors(current.actors().stream()
                    .map(a -> a == old ? updated : a).toList()).build();
        });
    }

    /**
     * Moves an actor to {@code place} (picked on the map or dragged there), keeping everything else
     * about it; a place beyond the poles or the date line is refused, as the file format would.
     * {@code name} is the actor's, for the Undo label ("move Ines Varga").
     */
    public static Edit placeActor(String actorId, String name, Place place) {
        return LinkEdits.edit("move " + name, current -> {
            Actor old = current.actor(actorId).orElseThrow(() -> new EditRefused("there is no actor " + actorId));
            if (!Double.isFinite(place.latitude()) || !Double.isFinite(place.longitude())
                    || Math.abs(place.latitude()) > 90 || Math.abs(place.longitude()) > 180) {
                throw new EditRefused(String.format(java.util.Locale.ROOT,
                        "%.2f, %.2f is off the map: latitude runs from −90 to 90 and longitude from −180 to 180",
                        place.latitude(), place.longitude()));
            }
            Actor updated = new Actor(old.id(), old.name(), old.kind(), old.role(), old.blocs(), Optional.of(place),
                    Status.CONFIRMED);
            return ExplainerCopy.of(current).actors(current.actors().stream()
                    .map(a -> a == old ? updated : a).toList()).build();
        });
    }

    public static Edit addActor(Actor actor) {
        return LinkEdits.edit(Wording.format("edit.label.addActor", actor.name()), current -> {
            if (current.actor(actor.id()).isPresent()) {
                throw new EditRefused(Wording.format("edit.actorExists", actor.id()));
            }
            List<Actor> actors = new ArrayList<>(current.actors());
            actors.add(actor);
            return ExplainerCopy.of(current).actors(actors).build();
        });
    }

    public static Edit updateStance(String stanceId, String summary, Optional<String> context) {
        return LinkEdits.edit(Wording.get("edit.label.editPosition"), current -> {
            Stance old = current.stance(stanceId)
                    .orElseThrow(() -> new EditRefused(Wording.format("edit.noPosition", stanceId)));
            if (summary.isBlank()) {
                throw new EditRefused(Wording.get("edit.position.noSummary"));
            }
            Stance updated = new Stance(old.id(), old.actorId(), summary, old.quotes(), context, Status.CONFIRMED);
            return ExplainerCopy.of(current).stances(current.stances().stream()
                    .map(s -> s == old ? updated : s).toList()).build();
        });
    }

    /** Moves a stance to {@code index} in the stance list (its place among its actor's positions). */
    public static Edit moveStance(String stanceId, int index) {
        return LinkEdits.edit(Wording.get("edit.label.reorderPositions"), current -> {
            Stance stance = current.stance(stanceId)
                    .orElseThrow(() -> new EditRefused(Wording.format("edit.noPosition", stanceId)));
            return ExplainerCopy.of(current).stances(moved(current.stances(), stance, index)).build();
        });
    }

    public static Edit addGlossaryEntry(String term, String definition) {
        return LinkEdits.edit(Wording.format("edit.label.addTerm", term), current -> {
            if (term.isBlank() || definition.isBlank()) {
                throw new EditRefused(Wording.get("edit.glossary.incomplete"));
            }
            if (current.glossary().stream().anyMatch(g -> g.term().equalsIgnoreCase(term.strip()))) {
                throw new EditRefused(Wording.format("edit.glossary.exists", term.strip()));
            }
            List<GlossaryEntry> glossary = new ArrayList<>(current.glossary());
            glossary.add(new GlossaryEntry(term.strip(), definition.strip()));
            return ExplainerCopy.of(current).glossary(glossary).build();
        });
    }

    public static Edit addTourStep(int index, TourStep step) {
        return LinkEdits.edit(Wording.get("edit.label.addStep"), current -> {
            List<TourStep> tour = new ArrayList<>(current.tour());
            tour.add(Math.max(0, Math.min(index, tour.size())), step);
            return ExplainerCopy.of(current).tour(tour).build();
        });
    }

    public static Edit moveTourStep(int from, int to) {
        return LinkEdits.edit(Wording.get("edit.label.moveStep"), current -> {
            if (from < 0 || from >= current.tour().size()) {
                throw new EditRefused(Wording.format("edit.noStep", from + 1));
            }
            return ExplainerCopy.of(current).tour(moved(current.tour(), current.tour().get(from), to)).build();
        });
    }

    /** Replaces the tour step at {@code index} (its title, caption, notes and focus). */
    public static Edit updateTourStep(int index, TourStep step) {
        return LinkEdits.edit(Wording.get("edit.label.editStep"), current -> {
            if (index < 0 || index >= current.tour().size()) {
                throw new EditRefused(Wording.format("edit.noStep", index + 1));
            }
            if (step.title().isBlank()) {
                throw new EditRefused(Wording.get("edit.step.noTitle"));
            }
            List<TourStep> tour = new ArrayList<>(current.tour());
            tour.set(index, step);
            return ExplainerCopy.of(current).tour(tour).build();
        });
    }

    public static Edit removeTourStep(int index) {
        return LinkEdits.edit(Wording.get("edit.label.deleteStep"), current -> {
            if (index < 0 || index >= current.tour().size()) {
                throw new EditRefused(Wording.format("edit.noStep", index + 1));
            }
            List<TourStep> tour = new ArrayList<>(current.tour());
            tour.remove(index);
            return ExplainerCopy.of(current).tour(tour).build();
        });
    }

    public static Edit removeGlossaryEntry(String term) {
        return LinkEdits.edit(Wording.format("edit.label.removeTerm", term), current -> {
            List<GlossaryEntry> glossary = current.glossary().stream().filter(g -> !g.term().equals(term)).toList();
            if (glossary.size() == current.glossary().size()) {
                throw new EditRefused(Wording.format("edit.glossary.missing", term));
            }
            return ExplainerCopy.of(current).glossary(glossary).build();
        });
    }

    private static <T> List<T> moved(List<T> list, T item, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(item);
        copy.add(Math.max(0, Math.min(index, copy.size())), item);
        return copy;
    }
}
