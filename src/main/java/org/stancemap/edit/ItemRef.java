package org.stancemap.edit;

/** An actor, a stance or a link of an explainer, named by its kind and id. */
public record ItemRef(Kind kind, String id) {

    public enum Kind { ACTOR, STANCE, LINK }

    public static ItemRef actor(String id) {
        return new ItemRef(Kind.ACTOR, id);
    }

    public static ItemRef stance(String id) {
        return new ItemRef(Kind.STANCE, id);
    }

    public static ItemRef link(String id) {
        return new ItemRef(Kind.LINK, id);
    }
}
