package org.stancemap.model;

/** Where an actor sits on the map. */
public record Place(String name, double latitude, double longitude) {
}
