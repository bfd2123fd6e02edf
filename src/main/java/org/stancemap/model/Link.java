package org.stancemap.model;

import java.util.List;

/**
 * A relation from one stance to another, with a sentence explaining it and the span or spans of
 * the article that state or imply it. {@code status} says whether the author confirmed it or a
 * drafting tool only suggested it.
 */
public record Link(String id, LinkKind kind, String fromStanceId, String toStanceId,
                   String explanation, List<Span> evidence, Status status) {

    public Link {
        evidence = List.copyOf(evidence);
        status = status == null ? Status.CONFIRMED : status;
    }

    /** A confirmed link. */
    public Link(String id, LinkKind kind, String fromStanceId, String toStanceId, String explanation,
                List<Span> evidence) {
        this(id, kind, fromStanceId, toStanceId, explanation, evidence, Status.CONFIRMED);
    }

    public boolean touches(String stanceId) {
        return fromStanceId.equals(stanceId) || toStanceId.equals(stanceId);
    }

    /** The stance at the other end from {@code stanceId}. */
    public String otherEnd(String stanceId) {
        return fromStanceId.equals(stanceId) ? toStanceId : fromStanceId;
    }
}
