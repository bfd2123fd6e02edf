package org.stancemap.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the explainer's author stands behind an actor, a stance or a link, or whether a drafting
 * tool suggested it and nobody has confirmed it yet. Files without the field are confirmed.
 */
public enum Status {
    CONFIRMED("confirmed"),
    SUGGESTED("suggested");

    private final String jsonName;

    Status(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public boolean isSuggested() {
        return this == SUGGESTED;
    }

    public static Optional<Status> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }
}
