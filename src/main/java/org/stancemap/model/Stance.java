package org.stancemap.model;

import java.util.List;
import java.util.Optional;

/**
 * A position the article attributes to an actor: a neutral one-line summary backed by one or more
 * verbatim quotes. {@code context} optionally names the event the article ties the position to.
 */
public record Stance(String id, String actorId, String summary, List<Quote> quotes,
                     Optional<String> context) {

    public Stance {
        quotes = List.copyOf(quotes);
    }
}
