package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.state.AppState;

/** Every text size fits a 1024×768 projector: nothing is pushed off either edge of the window. */
class TextScaleUiTest extends UiTestBase {

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    @Test
    void atEveryTextSizeTheWindowsContentStaysInsideIt() {
        projectorSizedWindow();
        for (int scale : AppState.TEXT_SCALES) {
            fxRun(() -> state.preferences().setTextScale(scale));
            // The header may need a pulse or two to give up its labels.
            waitForPulses(3);
            double width = fx(() -> view.getScene().getWidth());
            Node header = byId("header");
            for (Node item : fx(() -> ((Parent) header).getChildrenUnmodifiable().filtered(Node::isVisible))) {
                Bounds box = fx(() -> item.localToScene(item.getBoundsInLocal()));
                assertTrue(box.getMinX() >= -0.5 && box.getMaxX() <= width + 0.5,
                        "at " + scale + " % the header's " + item + " spans " + box.getMinX() + "–" + box.getMaxX()
                                + " in a window " + width + " wide");
            }
            Node reader = byId("article-reader");
            if (reader != null && fx(() -> reader.getScene() != null)) {
                Bounds article = fx(() -> reader.localToScene(reader.getBoundsInLocal()));
                assertTrue(article.getMinX() >= -0.5 && article.getMaxX() <= width + 0.5,
                        "at " + scale + " % the article spans " + article.getMinX() + "–" + article.getMaxX());
            }
        }
        assertFalse(fx(() -> state.readerShownProperty().get()),
                "at 200 % on 1024×768 the article drawer gives its room to the map");
        assertTrue(fx(() -> header().getPseudoClassStates().contains(COMPACT)),
                "at 200 % the header shows icons for its words");
        fxRun(() -> state.preferences().setTextScale(100));
        waitUntil("back at 100 % the header has room for its words again",
                () -> !header().getPseudoClassStates().contains(COMPACT));
        assertTrue(fx(() -> state.readerShownProperty().get()), "back at 100 % the article drawer opens again");
    }

    private Node header() {
        return byId("header");
    }
}
