package org.stancemap.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.stancemap.ui.state.AppState;

/**
 * The article's drawer under the map, in the window's split: there when the reader asks for it,
 * out of the way while two positions are compared in a short window or a tour is presented, and
 * back at the share it had afterwards.
 */
final class ReaderDrawer {

    /** Window heights below which the article makes room for a comparison. */
    static final double READER_YIELDS_BELOW = 900;
    private static final double FIRST_SHARE = 0.74;

    private final AppState state;
    private final SplitPane split;
    private final Region reader;
    /** While two positions are compared in a short window, the article gives them its room. */
    private final BooleanProperty yields = new SimpleBooleanProperty(this, "yields");
    private double share = FIRST_SHARE;

    private ReaderDrawer(AppState state, SplitPane split, Region reader) {
        this.state = state;
        this.split = split;
        this.reader = reader;
    }

    /** Puts {@code reader} under the first item of {@code split} as {@code state} asks, in {@code window}. */
    static void install(AppState state, SplitPane split, Region reader, Region window) {
        ReaderDrawer drawer = new ReaderDrawer(state, split, reader);
        SplitPane.setResizableWithParent(reader, false);
        // Never while editing: the author selects the article's words to quote, even with a link chosen.
        Runnable yield = () -> drawer.yields.set(state.getSelectedLink() != null
                && window.getHeight() < READER_YIELDS_BELOW && !state.editingProperty().get());
        state.selectedLinkProperty().addListener((obs, was, now) -> yield.run());
        state.editingProperty().addListener((obs, was, now) -> yield.run());
        // A "show in article" brings it back at once.
        state.spanRequestProperty().addListener((obs, was, now) -> drawer.yields.set(false));
        drawer.sync();
        state.readerShownProperty().addListener((obs, was, now) -> drawer.sync());
        drawer.yields.addListener((obs, was, now) -> drawer.sync());
        state.presentingProperty().addListener((obs, was, now) -> drawer.presenting(now));
    }

    private void sync() {
        boolean shown = state.readerShownProperty().get() && !yields.get();
        if (!shown) {
            split.getItems().remove(reader);
        } else if (!split.getItems().contains(reader)) {
            split.getItems().add(reader);
            split.setDividerPositions(FIRST_SHARE);
        }
    }

    /** No chrome for the audience: the map alone, the panel over it when asked for. */
    private void presenting(boolean now) {
        if (now) {
            if (!split.getDividers().isEmpty()) {
                share = split.getDividerPositions()[0];
            }
            split.getItems().remove(reader);
            return;
        }
        sync();
        // The window takes a moment to come back from full screen; give the article drawer its
        // share once it has, or it comes back squeezed shut.
        PauseTransition settle = new PauseTransition(Duration.millis(600));
        settle.setOnFinished(e -> split.setDividerPositions(share));
        settle.play();
    }
}
