package org.stancemap.ui.header;

import atlantafx.base.controls.CustomTextField;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * A search box over the actors: suggestions as you type, the arrow keys move through them, and
 * Enter (or a click) selects one; Enter with no suggestion highlighted takes the best match.
 * The typing stays in the box while the list is open.
 */
final class ActorSearch {

    private static final int MAX_SUGGESTIONS = 8;

    private final CustomTextField field = new CustomTextField();
    private final ListView<Actor> suggestions = new ListView<>();
    private final Popup popup = new Popup();
    private final AppState state;

    ActorSearch(AppState state) {
        this.state = state;
        field.setId("actor-search");
        field.getStyleClass().add("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setAccessibleText(Messages.get("search.accessible"));
        field.setTooltip(new Tooltip(Messages.get("search.tooltip")));

        suggestions.setId("search-suggestions");
        suggestions.getStyleClass().add("search-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setFixedCellSize(36);
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Actor actor, boolean empty) {
                super.updateItem(actor, empty);
                // Long roles end in an ellipsis rather than widening the list.
                setPrefWidth(0);
                setText(empty || actor == null ? null : actor.name() + (actor.role().isBlank() ? "" : " — " + actor.role()));
            }
        });
        suggestions.setOnMouseClicked(e -> {
            Actor chosen = suggestions.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                choose(chosen);
            }
        });
        popup.getContent().add(suggestions);
        popup.setAutoHide(true);

        field.textProperty().addListener((obs, was, now) -> refresh());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.setOnAction(e -> {
            Actor highlighted = popup.isShowing() ? suggestions.getSelectionModel().getSelectedItem() : null;
            Optional.ofNullable(highlighted).or(() -> bestMatch(state.getExplainer(), field.getText()))
                    .ifPresent(this::choose);
        });
    }

    TextField field() {
        return field;
    }

    private void onKey(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        int index = suggestions.getSelectionModel().getSelectedIndex();
        int count = suggestions.getItems().size();
        switch (event.getCode()) {
            case DOWN -> suggestions.getSelectionModel().select(Math.min(count - 1, index + 1));
            case UP -> suggestions.getSelectionModel().select(Math.max(0, index - 1));
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        suggestions.scrollTo(Math.max(0, suggestions.getSelectionModel().getSelectedIndex()));
        event.consume();
    }

    private void refresh() {
        Explainer explainer = state.getExplainer();
        List<Actor> found = explainer == null ? List.of()
                : matches(explainer, field.getText()).stream().limit(MAX_SUGGESTIONS).toList();
        suggestions.getItems().setAll(found);
        if (found.isEmpty() || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        suggestions.getSelectionModel().select(0);
        suggestions.setPrefHeight(found.size() * suggestions.getFixedCellSize() + 4);
        suggestions.setPrefWidth(Math.max(field.getWidth(), 300));
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, bounds.getMinX(), bounds.getMaxY() + 4);
        }
    }

    private void choose(Actor actor) {
        popup.hide();
        state.selectActor(actor);
        field.clear();
    }

    /** Actors whose name (first) or role contains the text; names that start with it come first. */
    static List<Actor> matches(Explainer explainer, String text) {
        String query = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of();
        }
        return explainer.actors().stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(query)
                        || a.role().toLowerCase(Locale.ROOT).contains(query))
                .sorted(Comparator.comparingInt((Actor a) -> a.name().toLowerCase(Locale.ROOT).startsWith(query) ? 0 : 1)
                        .thenComparingInt(a -> a.name().toLowerCase(Locale.ROOT).contains(query) ? 0 : 1))
                .toList();
    }

    static Optional<Actor> bestMatch(Explainer explainer, String text) {
        return explainer == null ? Optional.empty() : matches(explainer, text).stream().findFirst();
    }
}
