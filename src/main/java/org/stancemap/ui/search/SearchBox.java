package org.stancemap.ui.search;

import atlantafx.base.controls.CustomTextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.model.Explainer;
import org.stancemap.search.SearchHit;
import org.stancemap.search.SearchIndex;
import org.stancemap.search.SearchKind;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;

/**
 * One search box over everything in the explainer: actors, stance summaries, quotes, the article
 * and the glossary. Results come grouped under a heading per kind with the match in bold; the
 * arrow keys move through them and Enter (or a click) goes there. Enter with nothing highlighted
 * takes the first result.
 */
public final class SearchBox {

    private static final int PER_KIND = 4;

    /** A line of the result list: a group heading or a hit. */
    private record Row(SearchKind heading, SearchHit hit) {
        boolean isHeading() {
            return hit == null;
        }
    }

    /** A result row's height in em of the field's text, a little more than two lines' worth. */
    private static final double ROW_EMS = 3.143;
    private final CustomTextField field = new CustomTextField();
    private final ListView<Row> results = new ListView<>();
    private final Popup popup = new Popup();
    private final AppState state;
    private SearchIndex index;

    public SearchBox(AppState state) {
        this.state = state;
        field.setId("actor-search");
        field.getStyleClass().add("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.setLeft(new Icon(Feather.SEARCH));
        field.setAccessibleText(Messages.get("search.accessible"));
        Hints.set(field, Messages.get("search.tooltip"));

        results.setId("search-suggestions");
        results.getStyleClass().add("search-suggestions");
        results.setFocusTraversable(false);
        results.setCellFactory(list -> new ResultCell());
        results.setOnMouseClicked(e -> {
            Row chosen = results.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.isHeading()) {
                choose(chosen.hit());
            }
        });
        popup.getContent().add(results);
        popup.setAutoHide(true);

        state.explainerProperty().addListener((obs, was, now) -> index = null);
        field.textProperty().addListener((obs, was, now) -> refresh());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.setOnAction(e -> {
            Row highlighted = popup.isShowing() ? results.getSelectionModel().getSelectedItem() : null;
            Optional.ofNullable(highlighted).filter(r -> !r.isHeading()).map(Row::hit)
                    .or(() -> search(field.getText()).stream().findFirst())
                    .ifPresent(this::choose);
        });
    }

    public TextField field() {
        return field;
    }

    private List<SearchHit> search(String text) {
        Explainer explainer = state.getExplainer();
        if (explainer == null) {
            return List.of();
        }
        if (index == null) {
            index = new SearchIndex(explainer);
        }
        return index.search(text, PER_KIND);
    }

    private void onKey(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        switch (event.getCode()) {
            case DOWN -> move(+1);
            case UP -> move(-1);
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Moves the highlight to the next hit in that direction, stepping over headings. */
    private void move(int direction) {
        List<Row> rows = results.getItems();
        int at = results.getSelectionModel().getSelectedIndex();
        for (int i = at + direction; i >= 0 && i < rows.size(); i += direction) {
            if (!rows.get(i).isHeading()) {
                results.getSelectionModel().select(i);
                results.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private void refresh() {
        List<Row> rows = new ArrayList<>();
        SearchKind current = null;
        for (SearchHit hit : search(field.getText())) {
            if (hit.kind() != current) {
                current = hit.kind();
                rows.add(new Row(current, null));
            }
            rows.add(new Row(current, hit));
        }
        results.getItems().setAll(rows);
        if (rows.isEmpty() || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        results.getSelectionModel().select(1);
        // As wide as the field, at least as the stylesheet says, and tall enough for the rows up
        // to the stylesheet's most (.search-suggestions).
        double em = field.getFont().getSize();
        results.setPrefWidth(field.getWidth());
        results.setPrefHeight(rows.size() * ROW_EMS * em + em / 2);
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 4);
        }
    }

    private void choose(SearchHit hit) {
        popup.hide();
        Explainer explainer = state.getExplainer();
        hit.actorId().flatMap(explainer::actor).ifPresent(state::selectActor);
        hit.span().ifPresent(state::showInArticle);
        hit.glossaryTerm().ifPresent(state::showGlossaryTerm);
        field.clear();
    }

    /** Headings in small capitals; hits as text with the match in bold and where it is beside it. */
    private static final class ResultCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-heading", "search-hit");
            setText(null);
            setGraphic(null);
            setAccessibleText(null);
            setDisable(false);
            if (empty || row == null) {
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("search-heading");
                setText(Messages.get("search.kind." + row.heading().name().toLowerCase(java.util.Locale.ROOT)));
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            getStyleClass().add("search-hit");
            SearchHit hit = row.hit();
            TextFlow flow = new TextFlow();
            add(flow, hit.text().substring(0, hit.matchStart()), null);
            add(flow, hit.text().substring(hit.matchStart(), hit.matchEnd()), "search-match");
            add(flow, hit.text().substring(hit.matchEnd()), null);
            if (!hit.context().isEmpty()) {
                add(flow, "   " + hit.context(), "search-context");
            }
            flow.getStyleClass().add("search-hit-text");
            setGraphic(flow);
            setAccessibleText(Messages.format("search.hit.accessible",
                    Messages.get("search.kind." + hit.kind().name().toLowerCase(java.util.Locale.ROOT)), hit.text(),
                    hit.context()));
        }

        /** {@code text} at the end of {@code flow}, each script in its font, all with {@code styleClass}. */
        private static void add(TextFlow flow, String text, String styleClass) {
            for (Text piece : ScriptText.pieces(text)) {
                if (styleClass != null) {
                    piece.getStyleClass().add(styleClass);
                }
                flow.getChildren().add(piece);
            }
        }
    }
}
