package org.stancemap.ui.header;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import atlantafx.base.controls.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/** A search box over the actors: suggestions as you type, Enter selects the best match. */
final class ActorSearch {

    private final CustomTextField field = new CustomTextField();
    private final AppState state;
    private AutoCompletionBinding<Actor> completion;

    ActorSearch(AppState state) {
        this.state = state;
        field.setId("actor-search");
        field.getStyleClass().add("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.setAccessibleText(Messages.get("search.accessible"));
        field.setTooltip(new Tooltip(Messages.get("search.tooltip")));
        field.setOnAction(e -> bestMatch(state.getExplainer(), field.getText()).ifPresent(this::choose));
        state.explainerProperty().addListener((obs, was, now) -> bind(now));
        bind(state.getExplainer());
    }

    TextField field() {
        return field;
    }

    private void bind(Explainer explainer) {
        if (completion != null) {
            completion.dispose();
            completion = null;
        }
        if (explainer == null) {
            return;
        }
        completion = TextFields.bindAutoCompletion(field,
                request -> matches(explainer, request.getUserText()),
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Actor actor) {
                        return actor == null ? "" : actor.name();
                    }

                    @Override
                    public Actor fromString(String text) {
                        return bestMatch(explainer, text).orElse(null);
                    }
                });
        completion.setOnAutoCompleted(e -> choose(e.getCompletion()));
    }

    private void choose(Actor actor) {
        state.selectActor(actor);
        field.clear();
    }

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
