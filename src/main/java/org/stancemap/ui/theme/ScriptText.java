package org.stancemap.ui.theme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
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
    private static final Object FOLLOWED = new Object();
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
     * string; colour, alignment and underline follow the label. A label that does not wrap ends in
     * "…" where it is too narrow, as its own text would, with the whole text in a tooltip.
     */
    public static <T extends Labeled> T install(T labeled) {
        // Only a listener on the text for the many labels (a large map has thousands) that never
        // show another script; the rest is set up the first time runs are shown.
        labeled.textProperty().addListener(obs -> show(labeled));
        if (ScriptRuns.needsBundledFont(labeled.getText())) {
            show(labeled);
        }
        return labeled;
    }

    /** Follows changes of {@code labeled}'s wrapping and own graphic, once, from its first runs on. */
    private static void followOnce(Labeled labeled) {
        if (labeled.getProperties().put(FOLLOWED, Boolean.TRUE) != null) {
            return;
        }
        labeled.wrapTextProperty().addListener(obs -> show(labeled));
        labeled.graphicProperty().addListener((obs, was, now) -> {
            if (now == null || !now.getProperties().containsKey(SHOWN)) {
                labeled.getProperties().put(OWN_GRAPHIC, now == null ? NONE : now);
                if (showsRuns(labeled)) {
                    show(labeled);
                }
            }
        });
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
        boolean needed = ScriptRuns.needsBundledFont(labeled.getText());
        if (!needed && !showsRuns(labeled)) {
            return;
        }
        Object own = labeled.getProperties().get(OWN_GRAPHIC);
        Node icon = own instanceof Node node ? node : own == null ? labeled.getGraphic() : null;
        if (!needed) {
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
        followOnce(labeled);
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
        RunsFlow flow = new RunsFlow(labeled);
        flow.showPieces(labeled.getText());
        flow.getStyleClass().add(FLOW);
        flow.textAlignmentProperty().bind(labeled.textAlignmentProperty());
        flow.lineSpacingProperty().bind(labeled.lineSpacingProperty());
        // The label, not its pieces, is what the pointer and a screen reader meet.
        flow.setMouseTransparent(true);
        return flow;
    }

    /**
     * The flow that stands in for a label's text. A label asks its graphic's height for its own
     * width less its padding, which is below zero when it has no width in mind; a flow would wrap
     * at every letter for that, so it answers for one line, as the label's own text does. A label
     * that does not wrap keeps its text on one line and, where the line is too long for it, ends it
     * in "…" as a label's own text does, the whole text in a tooltip.
     */
    private static final class RunsFlow extends TextFlow {
        private static final String ELLIPSIS = "\u2026";
        private final Labeled labeled;
        private final boolean oneLine;
        private final Text measure = new Text();
        /** Code points of the label's text shown before the "…"; -1 while it shows whole. */
        private int shown = -1;
        private Tooltip whole;

        RunsFlow(Labeled labeled) {
            this.labeled = labeled;
            this.oneLine = !labeled.isWrapText();
            // No wider than its words, so that the label places it by its alignment (a badge's name is centred).
            setMaxWidth(USE_PREF_SIZE);
        }

        void showPieces(String text) {
            List<Text> pieces = pieces(text);
            for (Text piece : pieces) {
                piece.fillProperty().bind(labeled.textFillProperty());
                piece.underlineProperty().bind(labeled.underlineProperty());
            }
            getChildren().setAll(pieces);
        }

        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 || oneLine ? -1 : width);
        }

        /** The whole text's width even while it is cut short, so that the label asks for room for all of it. */
        @Override
        protected double computePrefWidth(double height) {
            double drawn = super.computePrefWidth(height);
            return shown < 0 ? drawn : Math.max(drawn, Math.ceil(widthOf(labeled.getText())));
        }

        @Override
        public void resize(double width, double height) {
            if (oneLine && width > 0) {
                fit(width);
            }
            super.resize(oneLine ? Math.max(width, super.computePrefWidth(-1)) : width, height);
        }

        /** Shows as much of the text as fits in {@code width}, then "…", or the whole text where it fits. */
        private void fit(double width) {
            String text = labeled.getText();
            int count = text.codePointCount(0, text.length());
            int fits = -1;
            if (widthOf(text) > width + 0.5) {
                int low = 0;
                int high = count - 1;
                while (low < high) {
                    int mid = (low + high + 1) / 2;
                    if (widthOf(cut(text, mid)) <= width + 0.5) {
                        low = mid;
                    } else {
                        high = mid - 1;
                    }
                }
                fits = low;
            }
            if (fits == shown) {
                return;
            }
            shown = fits;
            Map<Script, Font> fonts = new EnumMap<>(Script.class);
            for (Script script : Script.values()) {
                fonts.put(script, fontOf(script));
            }
            String now = fits < 0 ? text : cut(text, fits);
            showPieces(now);
            // The new pieces have their style's font from the next pulse on; this one lays them out already.
            List<Run> runs = ScriptRuns.of(now);
            for (int i = 0; i < runs.size() && i < getChildren().size(); i++) {
                ((Text) getChildren().get(i)).setFont(fonts.get(runs.get(i).script()));
            }
            if (fits >= 0 && labeled.getTooltip() == null) {
                whole = install(new Tooltip(text));
                labeled.setTooltip(whole);
            } else if (fits < 0 && whole != null && labeled.getTooltip() == whole) {
                labeled.setTooltip(null);
                whole = null;
            }
        }

        private static String cut(String text, int codePoints) {
            return text.substring(0, text.offsetByCodePoints(0, codePoints)).stripTrailing() + ELLIPSIS;
        }

        /** The width of {@code text} on one line, each run in the font the flow's pieces of its script have. */
        private double widthOf(String text) {
            double sum = 0;
            for (Run run : ScriptRuns.of(text)) {
                measure.setFont(fontOf(run.script()));
                measure.setText(text.substring(run.start(), run.end()));
                sum += measure.getLayoutBounds().getWidth();
            }
            return sum;
        }

        private Font fontOf(Script script) {
            Text any = null;
            for (Node child : getChildren()) {
                if (child instanceof Text piece) {
                    any = any == null ? piece : any;
                    boolean own = script.styleClass() == null;
                    if (own ? piece.getStyleClass().stream().noneMatch(c -> c.startsWith("script-") || c.equals(Styles.EMOJI))
                            : piece.getStyleClass().contains(script.styleClass())) {
                        return piece.getFont();
                    }
                }
            }
            return any == null ? labeled.getFont() : script == Script.OWN ? labeled.getFont() : any.getFont();
        }
    }
}
