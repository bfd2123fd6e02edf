package org.stancemap.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;

/**
 * Removes actors, stances and links with everything that hangs on them, so that what is left still
 * refers only to what exists: an actor takes its stances with it, a stance its links; other actors'
 * bloc lists, stance contexts and tour steps forget the removed ids.
 */
final class Removal {

    private Removal() {
    }

    static Explainer remove(Explainer from, Set<ItemRef> items) {
        Set<String> actors = new HashSet<>();
        Set<String> stances = new HashSet<>();
        Set<String> links = new HashSet<>();
        for (ItemRef item : items) {
            switch (item.kind()) {
                case ACTOR -> actors.add(item.id());
                case STANCE -> stances.add(item.id());
                case LINK -> links.add(item.id());
            }
        }
        from.stances().stream().filter(s -> actors.contains(s.actorId())).forEach(s -> stances.add(s.id()));
        from.links().stream().filter(l -> stances.contains(l.fromStanceId()) || stances.contains(l.toStanceId()))
                .forEach(l -> links.add(l.id()));

        List<Actor> keptActors = from.actors().stream().filter(a -> !actors.contains(a.id()))
                .map(a -> withoutBlocs(a, actors)).toList();
        List<Stance> keptStances = from.stances().stream().filter(s -> !stances.contains(s.id()))
                .map(s -> withoutContext(s, actors)).toList();
        List<Link> keptLinks = from.links().stream().filter(l -> !links.contains(l.id())).toList();
        List<TourStep> tour = from.tour().stream().map(step -> withoutIds(step, actors, links)).toList();
        return ExplainerCopy.of(from).actors(keptActors).stances(keptStances).links(keptLinks).tour(tour).build();
    }

    private static Actor withoutBlocs(Actor actor, Set<String> removed) {
        if (actor.blocs().stream().noneMatch(removed::contains)) {
            return actor;
        }
        return new Actor(actor.id(), actor.name(), actor.kind(), actor.role(),
                actor.blocs().stream().filter(b -> !removed.contains(b)).toList(), actor.place(), actor.status());
    }

    private static Stance withoutContext(Stance stance, Set<String> removedActors) {
        if (stance.context().filter(removedActors::contains).isEmpty()) {
            return stance;
        }
        return new Stance(stance.id(), stance.actorId(), stance.summary(), stance.quotes(), Optional.empty(),
                stance.status());
    }

    private static TourStep withoutIds(TourStep step, Set<String> actors, Set<String> links) {
        if (step.actorIds().stream().noneMatch(actors::contains) && step.linkIds().stream().noneMatch(links::contains)) {
            return step;
        }
        return new TourStep(step.title(), step.caption(), step.notes(),
                step.actorIds().stream().filter(id -> !actors.contains(id)).toList(),
                step.linkIds().stream().filter(id -> !links.contains(id)).toList(), step.cumulative());
    }
}
