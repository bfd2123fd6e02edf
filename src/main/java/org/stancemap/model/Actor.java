package org.stancemap.model;

import java.util.List;
import java.util.Optional;

/**
 * A person, a bloc or an event the article names. {@code blocs} lists the ids of the blocs this
 * actor belongs to; {@code place} is absent for groups with no single location. {@code status}
 * says whether the author confirmed the actor or a drafting tool only suggested it.
 */
public record Actor(String id, String name, ActorKind kind, String role, List<String> blocs,
                    Optional<Place> place, Status status) {

    public Actor {
        blocs = List.copyOf(blocs);
        status = status == null ? Status.CONFIRMED : status;
    }

    /** A confirmed actor. */
    public Actor(String id, String name, ActorKind kind, String role, List<String> blocs, Optional<Place> place) {
        this(id, name, kind, role, blocs, place, Status.CONFIRMED);
    }

    public String initials() {
        String[] words = name.trim().split("[\\s\\-]+");
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        if (out.length() > 2) {
            return out.substring(0, 1) + out.substring(out.length() - 1);
        }
        return out.length() == 0 ? "?" : out.toString();
    }
}
