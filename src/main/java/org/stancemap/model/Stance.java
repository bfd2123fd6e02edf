package org.stancemap.model;

import java.util.List;
import java.util.Optional;

/**
 * A position the article attributes to an actor: a neutral one-line summary backed by one or more
 * verbatim quotes. {@code context} optionally names the event the article ties the position to;
 * {@code status} says whether the author confirmed it or a drafting tool only suggested it.
 */
public record Stance(String id, String actorId, String summary, List<Quote> quotes,
                     Optional<String> context, Status status) {

    public Stance {
        quotes = List.copyOf(quotes);
        status = status == null ? Status.CONFIRMED : status;
    }

    /** A confirmed stance. */
    public Stance(String id, String actorId, String summary, List<Quote> quotes, Optional<String> context) {
        this(id, actorId, summary, quotes, context, Status.CONFIRMED);
    }
}
