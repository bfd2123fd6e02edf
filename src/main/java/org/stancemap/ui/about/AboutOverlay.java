package org.stancemap.ui.about;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * "About this explainer", drawn inside the window rather than as a separate one: how to read the
 * map, the glossary (marked as the explainer's notes, not the article's), the keys, and the source.
 */
public final class AboutOverlay extends StackPane {

    private final AppState state;
    private final VBox body = new VBox();

    private static final javafx.css.PseudoClass MARKED = javafx.css.PseudoClass.getPseudoClass("marked");
    private final ScrollPane scroll = new ScrollPane();
    private final java.util.List<Label> terms = new java.util.ArrayList<>();

    public AboutOverlay(AppState state) {
        this.state = state;
        getStyleClass().add(Styles.OVERLAY);
        setId("about-overlay");
        visibleProperty().bind(state.aboutShownProperty());
        managedProperty().bind(visibleProperty());

        Label title = new Label(Messages.get("about.title"));
        title.getStyleClass().add("overlay-title");
        Button close = new Button(Messages.get("about.close"), new Icon(Feather.X));
        close.setId("about-close");
        close.setCancelButton(true);
        close.setOnAction(e -> state.panels().closeAbout());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(title, spacer, close);
        top.getStyleClass().add("overlay-top");
        top.setAlignment(Pos.CENTER_LEFT);

        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        body.getStyleClass().add("about-body");
        VBox card = new VBox(top, scroll);
        card.getStyleClass().add("overlay-card");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(card);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                state.panels().closeAbout();
            }
        });
        state.explainerProperty().addListener((obs, was, now) -> fill(now));
        state.aboutShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                showing(close);
            } else {
                state.panels().glossaryTermShown();
            }
        });
        state.glossaryTermProperty().addListener((obs, was, now) -> markTerm(now));
        fill(state.getExplainer());
        // Built the first time it is asked for, so already shown.
        if (state.aboutShownProperty().get()) {
            showing(close);
        }
    }

    private void showing(Button close) {
        markTerm(state.glossaryTermProperty().get());
        javafx.application.Platform.runLater(() -> {
            close.requestFocus();
            revealTerm();
        });
    }

    /** Marks the asked-for term (the mark is a border and bold type, not colour alone). */
    private void markTerm(String wanted) {
        for (Label term : terms) {
            term.pseudoClassStateChanged(MARKED, term.getUserData().equals(wanted));
        }
    }

    private void revealTerm() {
        String wanted = state.glossaryTermProperty().get();
        terms.stream().filter(t -> t.getUserData().equals(wanted)).findFirst().ifPresent(term -> {
            applyCss();
            layout();
            double contentHeight = body.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = body.sceneToLocal(term.localToScene(0, 0)).getY();
            if (contentHeight > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
            }
        });
    }

    private void fill(Explainer explainer) {
        body.getChildren().clear();
        terms.clear();
        if (explainer == null) {
            return;
        }
        body.getChildren().addAll(section("about.read"), paragraph(Messages.get("about.read.text")));
        body.getChildren().addAll(section("about.glossary"), note(Messages.get("about.glossary.note")));
        GridPane glossary = new GridPane();
        glossary.getStyleClass().add("glossary-grid");
        glossary.setId("glossary");
        int row = 0;
        for (GlossaryEntry entry : explainer.glossary()) {
            Label term = ScriptText.install(new Label(entry.term()));
            term.getStyleClass().add("glossary-term");
            term.setUserData(entry.term());
            terms.add(term);
            term.setMinWidth(Region.USE_PREF_SIZE);
            Label definition = paragraph(entry.definition());
            glossary.addRow(row++, term, definition);
            GridPane.setHgrow(definition, Priority.ALWAYS);
        }
        if (explainer.glossary().isEmpty()) {
            body.getChildren().add(note(Messages.get("about.glossary.empty")));
        } else {
            body.getChildren().add(glossary);
        }
        body.getChildren().addAll(section("about.keys"), paragraph(Messages.get("about.keys.text")));
        body.getChildren().addAll(section("about.source"), paragraph(sourceText(explainer)));
    }

    private static String sourceText(Explainer explainer) {
        var article = explainer.article();
        String title = article.titleIsEditorial()
                ? Messages.format("about.source.editorial", article.title())
                : Messages.format("about.source.title", article.title());
        String outlet = article.outlet().isBlank() ? Messages.get("about.source.noOutlet") : article.outlet();
        String date = article.date().isBlank() ? Messages.get("about.source.noDate") : article.date();
        String url = article.url().isBlank() ? Messages.get("about.source.noUrl") : article.url();
        return title + "\n" + Messages.format("about.source.details", outlet, date, url);
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("section-title");
        return label;
    }

    private static Label paragraph(String text) {
        Label label = ScriptText.install(new Label(text));
        label.setWrapText(true);
        return label;
    }

    private static Label note(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }
}
