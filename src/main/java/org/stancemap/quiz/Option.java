package org.stancemap.quiz;

import java.util.Optional;

/**
 * One choice in a question. {@code label} is what the reader picks by (an actor's name), {@code detail}
 * says more (the actor's role, or the position's summary). {@code stanceId} is set for positions and for
 * the right answer of a "who said it" question, so the UI can open that stance once answered.
 */
public record Option(String label, String detail, String actorId, Optional<String> stanceId) {
}
