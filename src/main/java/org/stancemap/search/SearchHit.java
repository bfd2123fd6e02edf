package org.stancemap.search;

import java.util.Optional;
import org.stancemap.model.Span;

/**
 * One thing a search found. {@code text} is what to show, with the match at
 * [{@code matchStart}, {@code matchEnd}) in char indices of it; {@code context} names where it is
 * (an actor's name, a paragraph number). The target says where choosing the hit takes the reader.
 */
public record SearchHit(SearchKind kind, String text, int matchStart, int matchEnd, String context,
                        Optional<String> actorId, Optional<Span> span, Optional<String> glossaryTerm) {
}
