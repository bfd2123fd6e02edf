package org.stancemap.model;

import java.util.Arrays;
import java.util.Optional;

/** How one stance relates to another. */
public enum LinkKind {
    OPPOSES("opposes"),
    SUPPORTS("supports"),
    RESPONDS_TO("responds-to");

    private final String jsonName;

    LinkKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<LinkKind> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }
}
