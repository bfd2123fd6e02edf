package org.stancemap.model;

import java.util.Arrays;
import java.util.Optional;

/** What sort of participant an actor is; blocs are the kinds other actors can belong to. */
public enum ActorKind {
    PERSON("person", false),
    STATE("state", true),
    ALLIANCE("alliance", true),
    COALITION("coalition", true),
    GROUP("group", true),
    EVENT("event", false);

    private final String jsonName;
    private final boolean bloc;

    ActorKind(String jsonName, boolean bloc) {
        this.jsonName = jsonName;
        this.bloc = bloc;
    }

    public String jsonName() {
        return jsonName;
    }

    /** True for kinds that can have members: states, alliances, coalitions and loose groups. */
    public boolean isBloc() {
        return bloc;
    }

    public static Optional<ActorKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }
}
