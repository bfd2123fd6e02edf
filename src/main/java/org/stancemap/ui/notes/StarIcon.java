package org.stancemap.ui.notes;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A five-pointed star that CSS can fill (the icon font's star is an outline only): outlined when an item
 * is not starred, filled once it is. Its shape and size (in ems, so it grows with the text) are in the
 * style sheet.
 */
public final class StarIcon {

    public static final String STYLE_CLASS = "star-icon";
    public static final String FILLED = "star-icon-filled";

    private StarIcon() {
    }

    /** A star, filled when {@code filled}; {@link #setFilled} changes it later. */
    public static Region create(boolean filled) {
        Region star = new Region();
        star.getStyleClass().add(STYLE_CLASS);
        setFilled(star, filled);
        return star;
    }

    public static void setFilled(Region star, boolean filled) {
        star.getStyleClass().remove(FILLED);
        if (filled) {
            star.getStyleClass().add(FILLED);
        }
    }

    public static boolean isFilled(Node node) {
        return node != null && node.getStyleClass().contains(STYLE_CLASS) && node.getStyleClass().contains(FILLED);
    }
}
