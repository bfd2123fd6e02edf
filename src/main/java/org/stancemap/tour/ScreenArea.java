package org.stancemap.tour;

/** A screen's visual bounds, free of JavaFX so the choice of screens can be tested. */
public record ScreenArea(double x, double y, double width, double height, boolean primary) {
}
