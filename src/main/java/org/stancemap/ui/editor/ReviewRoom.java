package org.stancemap.ui.editor;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * How the review shares the window: never wider than half of it (the map keeps room at large text
 * sizes), and, where it is short for its text (a 1024×600 screen, text at 150 % or
 * 200 %), marked {@code :short} so the stylesheet drops the key hint and shows icons for the buttons
 * that move through the list and its history.
 */
final class ReviewRoom {

    static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    /**
     * Below this height, in lines of the pane's own text, the review is short: the heading, the
     * hint, three rows of buttons and the least of list, detail and problems take about 37 lines.
     */
    static final double ROOMY_LINES = 40;
    /** The widest the review gets, in ems of its text: room for its buttons on three rows. */
    static final double MAX_WIDTH_EMS = 32;
    /**
     * The widest the review gets, as a share of the window's width. Half: at 200 % text on a laptop
     * the side panel lies over the map as a sheet anyway, and at 40 % the review's buttons took
     * five rows and left its list, detail and problems a third of its height.
     */
    static final double MAX_WINDOW_SHARE = 0.5;

    private ReviewRoom() {
    }

    /** Fits {@code pane}, whose text is the size of {@code sample}'s, to the window it is in. */
    static void fit(Region pane, Labeled sample) {
        InvalidationListener measure = o -> {
            double line = sample.getFont().getSize();
            pane.pseudoClassStateChanged(SHORT, pane.getHeight() > 0 && pane.getHeight() < ROOMY_LINES * line);
        };
        pane.heightProperty().addListener(measure);
        sample.fontProperty().addListener(measure);
        pane.sceneProperty().addListener((obs, was, now) -> {
            pane.maxWidthProperty().unbind();
            if (now != null) {
                pane.maxWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> Math.min(MAX_WIDTH_EMS * sample.getFont().getSize(), now.getWidth() * MAX_WINDOW_SHARE),
                        now.widthProperty(), sample.fontProperty()));
            }
        });
    }
}
