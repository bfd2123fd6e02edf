package org.stancemap.ui.theme;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stancemap.ui.theme.ScriptRuns.Run;
import org.stancemap.ui.theme.ScriptRuns.Script;

/**
 * Text that draws every script the handout prints, with the fonts bundled for them where the
 * interface's own fonts have no letters (see {@link ScriptRuns} for why JavaFX needs to be told).
 * A run of another script is a {@link Text} of its own whose style class names its font, so size,
 * weight and colour still come from the stylesheet; the text engine lays the runs out as one
 * paragraph, so right-to-left words keep their order.
 */
public final class ScriptText {

    /** Style class of the flow that stands in for a label's text. */
    public static final String FLOW = "script-flow";
    private static final Object SHOWN = new Object();
    private static final Object INSTALLED = new Object();
    private static final Object OWN_GRAPHIC = new Object();
    private static final Object OWN_DISPLAY = new Object();
    /** Stands for "no graphic of its own" among a label's properties, which hold no null. */
    private static final Object NONE = new Object();

    private ScriptText() {
    }

    /** {@code text} as pieces for a text flow, one a run, each run of another script with its font's style class. */
    public static List<Text> pieces(String text) {
        List<Text> pieces = new ArrayList<>();
        for (Run run : ScriptRuns.of(text)) {
            Text piece = new Text(text.substring(run.start(), run.end()));
            style(piece, run.script());
            pieces.add(piece);
        }
        return pieces;
    }

    /** Gives {@code piece}, all in {@code script}, the style class of its bundled font, loading the font once. */
    public static void style(Text piece, Script script) {
        if (script != Script.OWN) {
            Theme.loadFontsFor(script);
            piece.getStyleClass().add(script.styleClass());
        }
    }

    /**
     * Makes {@code labeled} draw every script its text holds, now and whenever the text changes.
     * A text with none but the interface's scripts stays the label's own (nothing changes, nothing
     * costs); otherwise the label shows a flow of runs in its place, after the label's own graphic
     * (an icon) if it has one. The label's text, and so what a screen reader reads, stays the plain
     * string; colour, alignment and underline follow the label. A label that does not wrap is
     * clipped at its edge, where its own text would have ended in "…".
     */
    public static <T extends Labeled> T install(T labeled) {
        if (labeled.getProperties().put(INSTALLED, Boolean.TRUE) == null) {
            InvalidationListener update = obs -> show(labeled);
            labeled.textProperty().addListener(update);
            labeled.wrapTextProperty().addListener(update);
            labeled.graphicProperty().addListener((obs, was, now) -> {
                if (now == null || !now.getProperties().containsKey(SHOWN)) {
                    labeled.getProperties().put(OWN_GRAPHIC, now == null ? NONE : now);
                    if (showsRuns(labeled)) {
                        show(labeled);
                    }
                }
            });
            show(labeled);
        }
        return labeled;
    }

    /**
     * Makes {@code tooltip} draw every script its text holds, as {@link #install(Labeled)} does for
     * a label; its colour comes from the stylesheet ({@code .tooltip .script-flow Text}).
     */
    public static Tooltip install(Tooltip tooltip) {
        InvalidationListener update = obs -> {
            String text = tooltip.getText();
            if (ScriptRuns.needsBundledFont(text)) {
                TextFlow flow = new TextFlow(pieces(text).toArray(Text[]::new));
                flow.getStyleClass().add(FLOW);
                flow.textAlignmentProperty().bind(tooltip.textAlignmentProperty());
                tooltip.setGraphic(flow);
                tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            } else if (tooltip.getGraphic() != null && tooltip.getGraphic().getStyleClass().contains(FLOW)) {
                tooltip.setGraphic(null);
                tooltip.setContentDisplay(ContentDisplay.LEFT);
            }
        };
        tooltip.textProperty().addListener(update);
        update.invalidated(null);
        return tooltip;
    }

    /** Whether {@code labeled} shows its text as a flow of script runs now. */
    public static boolean showsRuns(Labeled labeled) {
        return labeled.getGraphic() != null && labeled.getGraphic().getProperties().containsKey(SHOWN);
    }

    private static void show(Labeled labeled) {
        Object own = labeled.getProperties().get(OWN_GRAPHIC);
        Node icon = own instanceof Node node ? node : own == null ? labeled.getGraphic() : null;
        if (!ScriptRuns.needsBundledFont(labeled.getText())) {
            if (showsRuns(labeled)) {
                labeled.setGraphic(icon);
                labeled.setContentDisplay((ContentDisplay) labeled.getProperties().get(OWN_DISPLAY));
                labeled.setClip(null);
            }
            return;
        }
        if (!showsRuns(labeled)) {
            labeled.getProperties().put(OWN_GRAPHIC, icon == null ? NONE : icon);
            labeled.getProperties().put(OWN_DISPLAY, labeled.getContentDisplay());
        }
        TextFlow flow = flowFor(labeled);
        Node shown = flow;
        if (icon != null) {
            HBox row = new HBox(icon, flow);
            row.spacingProperty().bind(labeled.graphicTextGapProperty());
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(flow, Priority.ALWAYS);
            shown = row;
        }
        shown.getProperties().put(SHOWN, Boolean.TRUE);
        labeled.setGraphic(shown);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        if (labeled.isWrapText()) {
            labeled.setClip(null);
        } else {
            Rectangle edge = new Rectangle();
            edge.widthProperty().bind(labeled.widthProperty());
            edge.heightProperty().bind(labeled.heightProperty());
            labeled.setClip(edge);
        }
    }

    private static TextFlow flowFor(Labeled labeled) {
        TextFlow flow = new TextFlow();
        for (Text piece : pieces(labeled.getText())) {
            piece.fillProperty().bind(labeled.textFillProperty());
            piece.underlineProperty().bind(labeled.underlineProperty());
            flow.getChildren().add(piece);
        }
        flow.getStyleClass().add(FLOW);
        flow.textAlignmentProperty().bind(labeled.textAlignmentProperty());
        flow.lineSpacingProperty().bind(labeled.lineSpacingProperty());
        // The label, not its pieces, is what the pointer and a screen reader meet.
        flow.setMouseTransparent(true);
        return flow;
    }
}
