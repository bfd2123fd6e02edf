package org.stancemap.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether the article gives someone's words as a direct quotation or reports them in its own words. */
public enum Delivery {
    DIRECT("direct"),
    REPORTED("reported");

    private final String jsonName;

    Delivery(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<Delivery> fromJson(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }
}
