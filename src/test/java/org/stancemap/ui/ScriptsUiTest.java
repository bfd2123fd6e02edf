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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.ScriptText;
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
    void theReaderNeverBreaksALineInsideARightToLeftPiece() {
        // A right-to-left piece that wrapped was drawn whole on its first line and again on the next,
        // so a word of the Arabic quote showed twice. Each such piece is one word now.
        waitUntil("the reader shows the Arabic quote", () -> view.lookupAll(".article-paragraph Text").stream()
                .anyMatch(n -> ((Text) n).getText().contains("\u0627\u0644\u0645\u0627\u0621")));
        List<String> rightToLeft = fx(() -> view.lookupAll(".article-paragraph Text").stream().map(n -> (Text) n)
                .filter(t -> t.getStyleClass().contains("script-arabic") || t.getStyleClass().contains("script-hebrew"))
                .map(Text::getText).toList());
        assertTrue(rightToLeft.size() >= 12, "the Arabic and Hebrew quotes are there, word by word: " + rightToLeft);
        for (String piece : rightToLeft) {
            assertTrue(piece.strip().split("\\s+").length == 1, "one word a piece: \"" + piece + "\"");
        }
    }

    @Test
    void aNameInArabicTooLongForItsLabelEndsInAnEllipsisAndKeepsItsWholeText() {
        String name = "\u0627\u0644\u0623\u0645\u064a\u0646 \u0627\u0644\u0639\u0627\u0645 \u0644\u0644\u0645\u062c\u0644\u0633 \u0627\u0644\u0648\u0637\u0646\u064a";
        Label label = fx(() -> {
            Label l = ScriptText.install(new Label(name));
            l.setManaged(false);
            view.getChildren().add(l);
            l.applyCss();
            return l;
        });
        double whole = fx(() -> label.prefWidth(-1));
        fxRun(() -> {
            label.resize(whole / 2, label.prefHeight(-1));
            label.layout();
        });
        String shown = fx(() -> drawnText(label));
        assertTrue(shown.endsWith("\u2026") && shown.length() < name.length(), "cut short with an ellipsis: " + shown);
        assertTrue(fx(() -> label.lookup("." + ScriptText.FLOW).getLayoutBounds().getWidth()) <= whole / 2 + 1,
                "and no wider than the label");
        assertEquals(name, fx(label::getText), "a screen reader still reads the whole name");
        assertEquals(name, fx(() -> label.getTooltip().getText()), "and pointing at it shows it whole");
        assertEquals(whole, fx(() -> label.prefWidth(-1)), 1, "the label still asks for room for all of it");
        fxRun(() -> {
            label.resize(whole + 20, label.prefHeight(-1));
            label.layout();
        });
        assertEquals(name, fx(() -> drawnText(label)), "given the room, it shows whole again");
        assertEquals(null, fx(label::getTooltip));
        fxRun(() -> view.getChildren().remove(label));
    }

    private static String drawnText(Label label) {
        StringBuilder text = new StringBuilder();
        for (Node piece : ((TextFlow) label.lookup("." + ScriptText.FLOW)).getChildren()) {
            text.append(((Text) piece).getText());
        }
        return text.toString();
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
        // The quote is drawn as a flow of runs, the Arabic in its bundled font, laid out as one paragraph.
        TextFlow text = fx(() -> (TextFlow) quote.lookup("." + ScriptText.FLOW));
        assertNotNull(text, "the quote is drawn in runs by script");
        String shown = fx(quote::getText);
        int open = shown.indexOf('“');
        int close = shown.indexOf('”');
        double openX = fx(() -> left(text.rangeShape(open, open + 1)));
        double closeX = fx(() -> left(text.rangeShape(close, close + 1)));
        assertTrue(openX < closeX, "“ at " + openX + " should be left of ” at " + closeX);
        int first = shown.indexOf(arabic);
        int last = first + arabic.length() - 1;
        double firstX = fx(() -> left(text.rangeShape(first, first + 1)));
        double lastX = fx(() -> left(text.rangeShape(last, last + 1)));
        assertTrue(openX < lastX && lastX < firstX && firstX < closeX,
                "inside the marks the quote reads from the right: “ " + openX + ", last letter " + lastX
                        + ", first letter " + firstX + ", ” " + closeX);
    }

    @Test
    void theHeaderAndTheMapNamesDrawEveryScriptWithAFontThatHasIt() {
        // Room for the whole headline: in a narrower window it ends in "…" before its last word.
        fxRun(() -> stage.setWidth(1900));
        waitUntil("the headline shows whole", () -> !drawnScripts(byId("header")).isEmpty());
        assertEquals(EnumSet.of(Written.EMOJI), drawnScripts(byId("header")), "the headline ends in 💧");
        for (String id : List.of("haddad", "levi", "wang")) {
            drawnScripts(badge(id));
        }
        assertEquals(EnumSet.of(Written.ARABIC, Written.HEBREW, Written.CJK), drawnScripts(byId("map")),
                "the map names the three mayors and engineers in their own scripts");
        // Drawn in runs, a one-line label stays one line high (once a flow took its letters one a line).
        for (Node chip : fx(() -> List.copyOf(byId("side-panel").lookupAll("." + Styles.CHIP)))) {
            javafx.scene.control.Labeled labeled = (javafx.scene.control.Labeled) chip;
            assertTrue(fx(() -> ScriptText.showsRuns(labeled)), labeled.getText() + " is drawn in runs");
            double height = fx(() -> labeled.getHeight());
            double font = fx(() -> labeled.getFont().getSize());
            assertTrue(height < 3 * font, "the chip " + labeled.getText() + " is " + height + " px high for "
                    + font + " px type");
        }
        Label title = fx(() -> (Label) byId("explainer-title"));
        assertTrue(fx(() -> title.getHeight() < 3 * title.getFont().getSize()), "the headline stays one line");
    }

    @Test
    void thePanelDrawsQuotesNamesAndSummariesInEveryScript() {
        fxRun(() -> state.selectActor(scripts.actor("haddad").orElseThrow()));
        waitUntil("the panel shows Haddad", () -> view.lookup("#stance-build-this-year") != null);
        waitForPulses(3);
        assertTrue(drawnScripts(byId("side-panel")).containsAll(EnumSet.of(Written.ARABIC, Written.HEBREW)),
                "Haddad's name and quote, and Levi's name on the chip of the position that opposes hers");
        fxRun(() -> state.selectActor(scripts.actor("wang").orElseThrow()));
        waitUntil("the panel shows Wang", () -> view.lookup("#stance-start-next-spring") != null);
        waitForPulses(3);
        assertTrue(drawnScripts(byId("side-panel")).containsAll(EnumSet.of(Written.CJK, Written.EMOJI)),
                "Wang's name and his quote with its thumbs-up");
    }

    @Test
    void theQuizDrawsItsChoicesInEveryScript() {
        fxRun(() -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        waitUntil("the quiz opens", () -> byId("quiz-option-0") != null && byId("quiz-view").isVisible());
        waitForPulses(3);
        // Every question's choices are the three people, whose names are in three scripts.
        assertTrue(drawnScripts(byId("quiz-view")).containsAll(EnumSet.of(Written.ARABIC, Written.HEBREW,
                Written.CJK)));
        javafx.scene.control.Button first = fx(() -> (javafx.scene.control.Button) byId("quiz-option-0"));
        assertTrue(fx(() -> first.getText().matches("(?s)1 {3}\\S.*")),
                "the plain text stays the button's, for screen readers");
    }

    /** The scripts the window must draw with a bundled font, and the family bundled for each. */
    private enum Written {
        ARABIC("Noto Sans Arabic"), HEBREW("Noto Sans Hebrew"), CJK("Droid Sans Fallback"), EMOJI("Noto Emoji");

        final String family;

        Written(String family) {
            this.family = family;
        }

        static Written of(int cp) {
            if (cp >= 0x1F000 && cp <= 0x1FAFF) {
                return EMOJI;
            }
            return switch (Character.UnicodeScript.of(cp)) {
                case ARABIC -> ARABIC;
                case HEBREW -> HEBREW;
                case HAN -> CJK;
                default -> null;
            };
        }
    }

    /**
     * The scripts drawn under {@code root}, having checked that every character of them is in a text
     * whose font is the family bundled for its script: JavaFX fills missing letters only from the
     * computer's own fonts, so anything else would draw boxes where none are installed.
     */
    private static Set<Written> drawnScripts(Node root) {
        return fx(() -> {
            Set<Written> seen = EnumSet.noneOf(Written.class);
            List<String> wrong = new ArrayList<>();
            collect(root, text -> text.getText().codePoints().forEach(cp -> {
                Written script = Written.of(cp);
                if (script != null) {
                    seen.add(script);
                    if (!script.family.equals(text.getFont().getFamily())) {
                        wrong.add("“" + text.getText() + "” in " + text.getFont().getFamily() + ", not " + script.family);
                    }
                }
            }));
            assertTrue(wrong.isEmpty(), "texts drawn without the font for their script:\n  " + String.join("\n  ",
                    new LinkedHashSet<>(wrong)));
            return seen;
        });
    }

    private static void collect(Node node, Consumer<Text> visit) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null) {
            visit.accept(text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, visit));
        }
    }

    private static double left(PathElement[] shape) {
        return boundsOf(shape).getMinX();
    }

    private static Bounds boundsOf(PathElement[] shape) {
        javafx.scene.shape.Path path = new javafx.scene.shape.Path(shape);
        return path.getLayoutBounds();
    }
}
