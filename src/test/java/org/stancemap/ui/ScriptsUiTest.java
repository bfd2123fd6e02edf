package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Explainer;
import org.stancemap.ui.theme.Styles;

/**
 * An explainer whose article quotes Arabic, Hebrew, Chinese and emoji: the reader draws the emoji
 * with the bundled emoji font, and a right-to-left quote in the panel keeps its quote marks where
 * every other quote has them.
 */
class ScriptsUiTest extends UiTestBase {

    private Explainer scripts;

    @BeforeEach
    void openManyScripts() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/stancemap/export/many-scripts.stancemap.json")) {
            LoadResult result = new ExplainerLoader().load(in.readAllBytes(), "many-scripts.stancemap.json");
            assertTrue(result.isValid(), () -> "the test explainer should load: " + result.problems());
            scripts = result.explainer().orElseThrow();
        }
        Platform.runLater(() -> state.open(scripts, Optional.empty()));
        waitUntil("the explainer in many scripts is open", () -> view.lookup("#actor-haddad") != null);
    }

    @Test
    void theReaderDrawsEmojiWithTheBundledEmojiFont() {
        waitUntil("the reader shows the droplet", () -> view.lookupAll(".article-paragraph Text").stream()
                .anyMatch(n -> ((Text) n).getText().contains("💧")));
        Text droplet = fx(() -> view.lookupAll(".article-paragraph Text").stream().map(n -> (Text) n)
                .filter(t -> t.getText().contains("💧")).findFirst().orElseThrow());
        assertEquals("💧", fx(droplet::getText), "the emoji is a piece of its own");
        assertTrue(fx(() -> droplet.getStyleClass().contains(Styles.EMOJI)));
        // Without the bundled font JavaFX finds no emoji font on many computers and draws a box.
        assertEquals("Noto Emoji", fx(() -> droplet.getFont().getFamily()));
    }

    @Test
    void aRightToLeftQuoteInThePanelOpensOnTheLeft() {
        fxRun(() -> state.selectActor(scripts.actor("haddad").orElseThrow()));
        waitUntil("the panel shows Haddad's quotes", () -> view.lookup("#stance-build-this-year") != null);
        String arabic = scripts.stance("build-this-year").orElseThrow().quotes().get(0).text();
        Label quote = fx(() -> view.lookup("#stance-build-this-year").lookupAll("." + Styles.QUOTE).stream()
                .map(n -> (Label) n).filter(l -> l.getText().contains(arabic)).findFirst().orElse(null));
        assertNotNull(quote, "the panel shows the Arabic quote");
        waitForPulses(2);
        Text text = fx(() -> (Text) quote.lookup(".text"));
        String shown = fx(text::getText);
        int open = shown.indexOf('“');
        int close = shown.indexOf('”');
        double openX = fx(() -> left(text.rangeShape(open, open + 1)));
        double closeX = fx(() -> left(text.rangeShape(close, close + 1)));
        assertTrue(openX < closeX, "“ at " + openX + " should be left of ” at " + closeX);
        int first = shown.indexOf(arabic);
        int last = first + arabic.length() - 1;
        double firstX = fx(() -> boundsOf(text, first).getMinX());
        double lastX = fx(() -> boundsOf(text, last).getMinX());
        assertTrue(openX < lastX && lastX < firstX && firstX < closeX,
                "inside the marks the quote reads from the right: “ " + openX + ", last letter " + lastX
                        + ", first letter " + firstX + ", ” " + closeX);
    }

    private static double left(PathElement[] shape) {
        return boundsOf(shape).getMinX();
    }

    private static Bounds boundsOf(Text text, int index) {
        return boundsOf(text.rangeShape(index, index + 1));
    }

    private static Bounds boundsOf(PathElement[] shape) {
        javafx.scene.shape.Path path = new javafx.scene.shape.Path(shape);
        return path.getLayoutBounds();
    }
}
