package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.edit.ItemEdits;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.Review;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/**
 * The positions: a list in the explainer's order (Alt+↑/↓ moves the chosen one), and for the one
 * chosen its one-line summary, the event it is tied to, and its quotes. Choosing two and pressing
 * "Link these two" starts a link between them.
 */
final class StanceForm extends VBox {

    private final EditSession session;
    private final ListView<Stance> list = id(new ListView<>(), "editor-stance-list");
    private final TextField summary = id(new TextField(), "editor-stance-summary");
    private final ComboBox<Optional<Actor>> context = id(new ComboBox<>(), "editor-stance-context");
    private final ListView<Quote> quotes = id(new ListView<>(), "editor-stance-quotes");
    private final List<Stance> picked = new java.util.ArrayList<>();
    private final FormChecks checks = new FormChecks();

    /** {@code linkTwo} starts a link between two positions the author chose here. */
    StanceForm(EditSession session, BiConsumer<Stance, Stance> linkTwo) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-stance-form");
        EditorControls.itemList(list, "editor.stance.list", this::deleteChosen, this::move);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new StanceCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> chosen(now));
        // The order the author chose them in: the first chosen is where a link starts.
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<Stance>) change -> {
            picked.retainAll(list.getSelectionModel().getSelectedItems());
            list.getSelectionModel().getSelectedItems().stream().filter(s -> !picked.contains(s)).forEach(picked::add);
        });
        summary.setPromptText(Messages.get("editor.summary.prompt"));
        context.setConverter(EditorText.converter(a -> a == null || a.isEmpty() ? Messages.get("editor.stance.context.none")
                : a.get().name()));
        quotes.getStyleClass().addAll("editor-list", "editor-quotes");
        quotes.setAccessibleText(Messages.get("editor.stance.quotes"));
        quotes.setCellFactory(view -> new QuoteCell());
        quotes.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && quotes.getSelectionModel().getSelectedItem() != null) {
                session.state().showInArticle(quotes.getSelectionModel().getSelectedItem().span());
                e.consume();
            }
        });
        FlowPane actions = new FlowPane(
                button("editor-stance-apply", "editor.stance.apply", "Ctrl+Enter", this::applyChanges),
                button("editor-stance-up", "editor.stance.up", "Alt+↑", () -> move(-1)),
                button("editor-stance-down", "editor.stance.down", "Alt+↓", () -> move(1)),
                button("editor-stance-link", "editor.stance.link", "Ctrl+L", () -> linkChosen(linkTwo)),
                button("editor-stance-delete", "editor.stance.delete", "Delete", this::deleteChosen));
        actions.getStyleClass().add("editor-buttons");
        getChildren().addAll(EditorControls.hint("editor.stance.hint"), labelled("editor.stance.list", list),
                EditorControls.withNote(labelled("editor.stance.summary", summary),
                        checks.require(summary, "editor.stance.refused.noSummary")), labelled("editor.stance.context", context),
                labelled("editor.stance.quotes", quotes), actions);
        EditorControls.appliesOnCtrlEnter(this, this::applyChanges);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.L) {
                linkChosen(linkTwo);
                e.consume();
            }
        });
        session.onChange(this::refresh);
        refresh(session.current());
    }

    /** Starts a link between the two positions chosen, the first chosen where it starts. */
    private void linkChosen(BiConsumer<Stance, Stance> linkTwo) {
        List<Stance> two = picked.stream().filter(list.getSelectionModel().getSelectedItems()::contains).toList();
        if (two.size() == 2) {
            linkTwo.accept(two.get(0), two.get(1));
        } else {
            session.refuse(Messages.get("editor.link.refused.twoPositions"));
        }
    }

    private void refresh(Explainer explainer) {
        String chosenId = chosen().map(Stance::id).orElse(null);
        list.getItems().setAll(explainer.stances());
        if (chosenId != null) {
            explainer.stance(chosenId).ifPresent(s -> {
                list.getSelectionModel().clearSelection();
                list.getSelectionModel().select(s);
            });
        }
    }

    private Optional<Stance> chosen() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void chosen(Stance stance) {
        Explainer explainer = session.current();
        summary.setText(stance == null ? "" : stance.summary());
        checks.conceal();
        List<Optional<Actor>> events = new java.util.ArrayList<>();
        events.add(Optional.empty());
        explainer.actors().stream().filter(a -> a.kind() == ActorKind.EVENT).forEach(a -> events.add(Optional.of(a)));
        context.getItems().setAll(events);
        context.setValue(stance == null ? Optional.empty() : stance.context().flatMap(explainer::actor));
        quotes.getItems().setAll(stance == null ? List.of() : stance.quotes());
    }

    private void applyChanges() {
        Optional<Stance> stance = chosen();
        if (stance.isEmpty()) {
            session.refuse(Messages.get("editor.stance.refused.none"));
            return;
        }
        Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        session.apply(ItemEdits.updateStance(stance.get().id(), summary.getText().strip(),
                Optional.ofNullable(context.getValue()).flatMap(a -> a).map(Actor::id)));
    }

    private void move(int by) {
        chosen().ifPresent(stance -> {
            int at = session.current().stances().indexOf(stance);
            if (session.apply(ItemEdits.moveStance(stance.id(), at + by))) {
                list.requestFocus();
            }
        });
    }

    private void deleteChosen() {
        chosen().ifPresent(stance -> session.apply(Review.removal(Set.of(ItemRef.stance(stance.id())),
                Messages.get("editor.stance.delete.edit"))));
    }

    private final class StanceCell extends ListCell<Stance> {
        @Override
        protected void updateItem(Stance stance, boolean empty) {
            super.updateItem(stance, empty);
            if (empty || stance == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String line = EditorText.stance(session.current(), stance);
            setText(stance.status().isSuggested() ? Messages.get("review.tag") + " · " + line : line);
            setAccessibleText(getText());
        }
    }

    private final class QuoteCell extends ListCell<Quote> {
        @Override
        protected void updateItem(Quote quote, boolean empty) {
            super.updateItem(quote, empty);
            if (empty || quote == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            setText(Messages.format("editor.stance.quote.line", session.current().article().paragraphNumberAt(quote.span().start()),
                    Messages.get("review.delivery." + EditorText.lower(quote.delivery())), quote.text()));
            setAccessibleText(getText());
            setWrapText(true);
        }
    }
}
