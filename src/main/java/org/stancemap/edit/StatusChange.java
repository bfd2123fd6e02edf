package org.stancemap.edit;

import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;

/** Confirms actors, stances and links: the drafting tool's suggestion becomes the author's. */
final class StatusChange {

    private StatusChange() {
    }

    static Explainer confirm(Explainer from, Set<String> actors, Set<String> stances, Set<String> links) {
        return ExplainerCopy.of(from)
                .actors(from.actors().stream().map(a -> actors.contains(a.id()) ? confirmed(a) : a).toList())
                .stances(from.stances().stream().map(s -> stances.contains(s.id()) ? confirmed(s) : s).toList())
                .links(from.links().stream().map(l -> links.contains(l.id()) ? confirmed(l) : l).toList())
                .build();
    }

    static Actor confirmed(Actor a) {
        return a.status() == Status.CONFIRMED ? a
                : new Actor(a.id(), a.name(), a.kind(), a.role(), a.blocs(), a.place(), Status.CONFIRMED);
    }

    static Stance confirmed(Stance s) {
        return s.status() == Status.CONFIRMED ? s
                : new Stance(s.id(), s.actorId(), s.summary(), s.quotes(), s.context(), Status.CONFIRMED);
    }

    static Link confirmed(Link l) {
        return l.status() == Status.CONFIRMED ? l
                : new Link(l.id(), l.kind(), l.fromStanceId(), l.toStanceId(), l.explanation(), l.evidence(),
                Status.CONFIRMED);
    }
}
