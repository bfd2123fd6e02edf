package org.stancemap.draft;

import java.util.List;
import java.util.Optional;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Place;

/**
 * An actor the drafting engine found in an article: its display name, kind, a role taken from the
 * article's own titles (empty when the article gives none), a place when the article ties it to
 * one, every mention of it in the text, and the indexes (into {@link Findings#actors()}) of the
 * blocs it belongs to.
 */
public record FoundActor(String name, ActorKind kind, String role, Optional<Place> place,
                         List<TextRange> mentions, List<Integer> blocs) {

    public FoundActor {
        mentions = List.copyOf(mentions);
        blocs = List.copyOf(blocs);
    }
}
