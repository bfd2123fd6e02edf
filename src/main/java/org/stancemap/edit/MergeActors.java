package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;
import org.stancemap.io.Wording;

/**
 * Merges one actor into another (the draft found "Putin" and "the Russian president" as two): the
 * absorbed actor's stances move to the kept one, every reference to it (blocs, contexts, tour
 * steps) points to the kept one, and the absorbed actor goes.
 */
public record MergeActors(String keptId, String absorbedId, String label) implements Edit {

    @Override
    public Explainer applyTo(Explainer current) {
        if (keptId.equals(absorbedId)) {
            throw new EditRefused(Wording.get("edit.merge.self"));
        }
        Actor kept = current.actor(keptId).orElseThrow(() -> new EditRefused(Wording.format("edit.noActor", keptId)));
        Actor absorbed = current.actor(absorbedId)
                .orElseThrow(() -> new EditRefused(Wording.format("edit.noActor", absorbedId)));
        List<String> blocs = new ArrayList<>(kept.blocs());
        absorbed.blocs().stream().filter(b -> !blocs.contains(b) && !b.equals(keptId)).forEach(blocs::add);
        blocs.remove(absorbedId);
        Actor merged = new Actor(kept.id(), kept.name(), kept.kind(), kept.role().isBlank() ? absorbed.role()
                : kept.role(), blocs, kept.place().or(absorbed::place), kept.status());
        List<Actor> actors = current.actors().stream().filter(a -> !a.id().equals(absorbedId))
                .map(a -> a.id().equals(keptId) ? merged : renameBloc(a)).toList();
        List<Stance> stances = current.stances().stream().map(this::moved).toList();
        List<TourStep> tour = current.tour().stream().map(this::refocused).toList();
        return ExplainerCopy.of(current).actors(actors).stances(stances).tour(tour).build();
    }

    private Actor renameBloc(Actor actor) {
        if (!actor.blocs().contains(absorbedId)) {
            return actor;
        }
        List<String> blocs = actor.blocs().stream().map(b -> b.equals(absorbedId) ? keptId : b).distinct()
                .filter(b -> !b.equals(actor.id())).toList();
        return new Actor(actor.id(), actor.name(), actor.kind(), actor.role(), blocs, actor.place(), actor.status());
    }

    private Stance moved(Stance stance) {
        boolean holder = stance.actorId().equals(absorbedId);
        boolean context = stance.context().filter(absorbedId::equals).isPresent();
        if (!holder && !context) {
            return stance;
        }
        Optional<String> newContext = context ? Optional.of(keptId) : stance.context();
        return new Stance(stance.id(), holder ? keptId : stance.actorId(), stance.summary(), stance.quotes(),
                newContext, stance.status());
    }

    private TourStep refocused(TourStep step) {
        if (!step.actorIds().contains(absorbedId)) {
            return step;
        }
        List<String> ids = step.actorIds().stream().map(id -> id.equals(absorbedId) ? keptId : id).distinct().toList();
        return new TourStep(step.title(), step.caption(), step.notes(), ids, step.linkIds(), step.cumulative());
    }
}
