package org.stancemap.model;

import java.util.List;

/**
 * A relation from one stance to another, with a sentence explaining it and the span or spans of
 * the article that state or imply it.
 */
public record Link(String id, LinkKind kind, String fromStanceId, String toStanceId,
                   String explanation, List<Span> evidence) {

    public Link {
        evidence = List.copyOf(evidence);
    }

    public boolean touches(String stanceId) {
        return fromStanceId.equals(stanceId) || toStanceId.equals(stanceId);
    }

    /** The stance at the other end from {@code stanceId}. */
    public String otherEnd(String stanceId) {
        return fromStanceId.equals(stanceId) ? toStanceId : fromStanceId;
    }
}
