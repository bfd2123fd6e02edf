package org.stancemap.ui.panel;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * The chosen comparison over the whole screen, for a class: both positions side by side in large
 * type (stacked when the screen is narrow), their quotes with where the article has them, and why
 * the explainer links them. The window goes full screen while it shows; Esc or Back returns to
 * the comparison in the panel.
 */
public final class ComparisonOverlay extends StackPane {

    static final String STYLE = "comparison-full";
    /** Below this width the two positions stack: two columns of large type need a projector's width. */
    static final double SIDE_BY_SIDE_WIDTH = 700;

    private final AppState state;
    private final Supplier<Window> window;
    /** Type sizes to step down through when a long comparison would not fit the screen. */
    private static final javafx.css.PseudoClass[] SMALLER = {
        javafx.css.PseudoClass.getPseudoClass("smaller"), javafx.css.PseudoClass.getPseudoClass("smallest"),
    };

    private final ScrollPane scroll = new ScrollPane();
    private int step;
    private double fittedWidth;
    private double fittedHeight;
    private Region fittedContent;
    private boolean madeFullScreen;
    private KeyCombination exitKey;

    public ComparisonOverlay(AppState state, Supplier<Window> window) {
        this.state = state;
        this.window = window;
        getStyleClass().addAll(STYLE, Styles.OVERLAY);
        setId("comparison-full");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("comparison-scroll");
        // The scroll pane joins on the first comparison shown: hidden, its skin's twenty nodes
        // would still be styled before the window's first frame.
        setVisible(false);
        managedProperty().bind(visibleProperty());
        state.comparisonPresentedProperty().addListener((obs, was, now) -> {
            if (now && state.getSelectedLink() != null) {
                open(state.getSelectedLink());
            } else {
                close();
            }
        });
    }

    private void open(Link link) {
        Explainer explainer = state.getExplainer();
        VBox content = content(link, explainer, state.paletteOf(explainer));
        if (scroll.getParent() == null) {
            getChildren().add(scroll);
        }
        scroll.setContent(content);
        scroll.setVvalue(0);
        setVisible(true);
        fullScreen(true);
        lookupAll("#comparison-full-close").forEach(javafx.scene.Node::requestFocus);
    }

    /**
     * The largest type at which the whole comparison fits the screen, so no one scrolls in class:
     * measured, not guessed, each time the screen's size or the comparison changes.
     */
    @Override
    protected void layoutChildren() {
        if (scroll.getContent() instanceof Region content && getWidth() > 0
                && (getWidth() != fittedWidth || getHeight() != fittedHeight || content != fittedContent)) {
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            fittedContent = content;
            for (step = 0; step <= SMALLER.length; step++) {
                showStep();
                applyCss();
                if (content.prefHeight(getWidth()) <= getHeight() || step == SMALLER.length) {
                    break;
                }
            }
        }
        super.layoutChildren();
    }

    private void showStep() {
        for (int i = 0; i < SMALLER.length; i++) {
            pseudoClassStateChanged(SMALLER[i], i + 1 == step);
        }
    }

    private void close() {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        scroll.setContent(null);
        fullScreen(false);
    }

    /** The window fills the screen while the comparison shows, unless it already did (a kiosk, say). */
    private void fullScreen(boolean on) {
        if (!(window.get() instanceof Stage stage)) {
            return;
        }
        if (on && !stage.isFullScreen() && !state.isKiosk()) {
            exitKey = stage.getFullScreenExitKeyCombination();
            // Esc belongs to the overlay: it returns to the panel, which leaves full screen too.
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
            madeFullScreen = true;
        } else if (!on && madeFullScreen) {
            madeFullScreen = false;
            stage.setFullScreen(false);
            stage.setFullScreenExitKeyCombination(exitKey);
            stage.setFullScreenExitHint(null);
        }
    }

    private VBox content(Link link, Explainer explainer, BlocPalette palette) {
        Stance from = explainer.stance(link.fromStanceId()).orElseThrow();
        Stance to = explainer.stance(link.toStanceId()).orElseThrow();
        Actor fromActor = explainer.actor(from.actorId()).orElseThrow();
        Actor toActor = explainer.actor(to.actorId()).orElseThrow();

        Label title = new Label(Messages.get("versus.title." + link.kind().jsonName()).toUpperCase());
        title.getStyleClass().addAll(Styles.CARD_TITLE, "comparison-title");
        Button back = new Button(Messages.get("comparison.back"), new Icon(Feather.MINIMIZE_2));
        back.setId("comparison-full-close");
        back.setAccessibleText(Messages.get("comparison.back.accessible"));
        back.setOnAction(e -> state.selection().closeComparison());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, back);
        top.getStyleClass().add(Styles.GAP_8);
        top.setAlignment(Pos.CENTER_LEFT);

        Label relation = new Label(Messages.format("versus.relation." + link.kind().jsonName(), fromActor.name(),
                toActor.name()));
        relation.getStyleClass().addAll("link-kind-badge", "comparison-relation");
        relation.setWrapText(true);
        ScriptText.install(relation);

        VBox left = side(fromActor, from, explainer, palette);
        VBox right = side(toActor, to, explainer, palette);
        Pane columns = new HBox();
        columns.setId("comparison-columns");
        columns.getStyleClass().add("comparison-columns");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(0);
        right.setPrefWidth(0);
        left.setMaxWidth(Double.MAX_VALUE);
        right.setMaxWidth(Double.MAX_VALUE);
        VBox stacked = new VBox();
        stacked.getStyleClass().add("comparison-columns");
        Runnable arrange = () -> {
            boolean wide = getWidth() >= SIDE_BY_SIDE_WIDTH;
            columns.getChildren().clear();
            stacked.getChildren().clear();
            (wide ? columns : stacked).getChildren().addAll(left, right);
            columns.setVisible(wide);
            columns.setManaged(wide);
            stacked.setVisible(!wide);
            stacked.setManaged(!wide);
        };
        arrange.run();
        widthProperty().addListener((obs, was, now) -> arrange.run());

        Label why = ScriptText.install(new Label(link.explanation()));
        why.setWrapText(true);
        why.getStyleClass().add("comparison-why");
        VBox explanation = new VBox(why);
        explanation.getStyleClass().addAll(Styles.EXPLANATION, "comparison-explanation");
        if (!link.evidence().isEmpty()) {
            StringBuilder where = new StringBuilder();
            for (Span evidence : link.evidence()) {
                where.append(where.length() == 0 ? "" : ", ").append('¶')
                        .append(explainer.article().paragraphNumberAt(evidence.start()));
            }
            Label source = new Label(Messages.format("comparison.evidence", where));
            source.getStyleClass().add(Styles.QUOTE_META);
            explanation.getChildren().add(source);
        }
        VBox box = new VBox(top, relation, columns, stacked, explanation);
        box.getStyleClass().add("comparison-content");
        return box;
    }

    private static VBox side(Actor actor, Stance stance, Explainer explainer, BlocPalette palette) {
        Label name = ScriptText.install(new Label(actor.name()));
        name.getStyleClass().add("comparison-name");
        name.setWrapText(true);
        VBox side = new VBox(name);
        if (actor.role() != null && !actor.role().isBlank()) {
            Label role = new Label(actor.role());
            role.getStyleClass().add(Styles.ACTOR_ROLE);
            role.setWrapText(true);
            side.getChildren().add(role);
        }
        Label summary = new Label(stance.summary());
        summary.getStyleClass().add("comparison-summary");
        summary.setWrapText(true);
        side.getChildren().add(summary);
        for (Quote quote : stance.quotes()) {
            Label text = new Label("“" + quote.text() + "”");
            text.getStyleClass().add(Styles.QUOTE);
            text.setWrapText(true);
            text.setAccessibleText(Messages.format("quote.accessible." + quote.delivery().jsonName(), quote.text()));
            Label meta = new Label(Messages.format("quote.meta." + quote.delivery().jsonName(),
                    explainer.article().paragraphNumberAt(quote.span().start())));
            meta.getStyleClass().add(Styles.QUOTE_META);
            side.getChildren().addAll(text, meta);
        }
        side.getStyleClass().addAll("comparison-side", Styles.blocClass(palette.slotOf(actor.id())));
        return side;
    }
}
