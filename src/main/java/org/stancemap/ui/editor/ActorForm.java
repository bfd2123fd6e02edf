package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.stancemap.draft.place.PlaceFinder;
import org.stancemap.edit.ItemEdits;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.MergeActors;
import org.stancemap.edit.NewIds;
import org.stancemap.edit.Review;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Place;
import org.stancemap.model.Status;
import org.stancemap.ui.Messages;
import org.stancemap.ui.theme.Styles;

/**
 * The actors: a list (chosen here or on the map) and a form for the one chosen: name, kind, role,
 * the blocs it belongs to (a ControlsFX check list), and its place, found in the bundled gazetteer
 * by typing its name (ControlsFX type-ahead). Also a new actor, deleting one with everything that
 * hangs on it, and merging one into another so its positions move to the one kept.
 */
final class ActorForm extends VBox {

    private static final int PLACES_SHOWN = 12;
    static final String SWATCH = "editor-actor-swatch";

    private final EditSession session;
    private final ListView<Actor> list = id(new ListView<>(), "editor-actor-list");
    private final TextField name = id(new TextField(), "editor-actor-name");
    private final ComboBox<ActorKind> kind = id(new ComboBox<>(FXCollections.observableArrayList(ActorKind.values())),
            "editor-actor-kind");
    private final TextField role = id(new TextField(), "editor-actor-role");
    private final CheckListView<Actor> blocs = id(new CheckListView<>(), "editor-actor-blocs");
    private final TextField placeSearch = id(new TextField(), "editor-actor-place");
    private final Label placeShown = id(new Label(), "editor-actor-place-shown");
    private final ComboBox<Actor> mergeInto = id(new ComboBox<>(), "editor-actor-merge-target");
    private final javafx.scene.control.Button apply = button("editor-actor-apply", "editor.actor.apply", "Ctrl+Enter",
            this::applyChanges);
    /** No actor is chosen: the form is empty and nothing in it can be edited, only a new actor made. */
    private final javafx.beans.property.BooleanProperty noneChosen =
            new javafx.beans.property.SimpleBooleanProperty(this, "noneChosen", true);
    private Optional<Place> place = Optional.empty();
    private final FormChecks checks = new FormChecks();
    private boolean filling;
    private final MapPlacer placer;

    ActorForm(EditSession session, PlaceFinder places) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-actor-form");
        list.setAccessibleText(Messages.get("editor.actor.list"));
        list.setCellFactory(view -> new ActorCell());
        list.getStyleClass().add("editor-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> chosen(now));
        kind.setConverter(EditorText.kinds());
        role.setPromptText(Messages.get("editor.actor.role.prompt"));
        blocs.setCellFactory(view -> new javafx.scene.control.cell.CheckBoxListCell<>(blocs::getItemBooleanProperty,
                EditorText.converter(Actor::name)));
        blocs.getStyleClass().add("editor-checklist");
        placeSearch.setPromptText(Messages.get("editor.actor.place.prompt"));
        // ControlsFX type-ahead over the gazetteer: states and cities by name.
        AutoCompletionBinding<PlaceFinder.Found> completion =
                TypeAhead.themed(TextFields.bindAutoCompletion(placeSearch,
                        request -> places.find(request.getUserText(), PLACES_SHOWN)));
        completion.setOnAutoCompleted(e -> {
            choosePlace(Optional.of(e.getCompletion().place()));
            apply.requestFocus();
        });
        // Enter takes the best match and moves on to Apply (which also closes the type-ahead list).
        placeSearch.setOnAction(e -> places.find(placeSearch.getText(), 1).stream().findFirst()
                .ifPresent(found -> {
                    choosePlace(Optional.of(found.place()));
                    apply.requestFocus();
                }));
        placeShown.setWrapText(true);
        placeShown.getStyleClass().add("editor-hint");
        mergeInto.setConverter(EditorText.converter(a -> a == null ? "" : a.name()));
        mergeInto.setAccessibleText(Messages.get("editor.actor.mergeInto"));

        placer = new MapPlacer(session, places, this::chosenActor, this::choose);
        // The search on its own line: beside it, the two buttons were cut to "Pick on …" in a docked editor.
        javafx.scene.control.Button noPlace = button("editor-actor-place-clear", "editor.actor.place.clear", null,
                () -> choosePlace(Optional.empty()));
        FlowPane placeButtons = new FlowPane(placer.toggle(), noPlace);
        placeButtons.getStyleClass().add("editor-buttons");
        VBox placeRow = new VBox(placeSearch, placeButtons);
        placeRow.getStyleClass().add("editor-field");
        javafx.scene.control.Button delete = button("editor-actor-delete", "editor.actor.delete", "Delete", this::deleteChosen);
        FlowPane actions = new FlowPane(apply, button("editor-actor-new", "editor.actor.new", "Ctrl+N", this::newActor), delete);
        actions.getStyleClass().add("editor-buttons");
        javafx.scene.control.Button mergeButton = button("editor-actor-merge", "editor.actor.merge", null, this::merge);
        HBox mergeRow = EditorControls.row(mergeInto, mergeButton);
        for (javafx.scene.Node editing : List.of(name, kind, role, blocs, placeSearch, placer.toggle(), noPlace, apply,
                delete, mergeInto, mergeButton)) {
            editing.disableProperty().bind(noneChosen);
        }
        getChildren().addAll(labelled("editor.actor.list", list), EditorControls.withNote(labelled("editor.actor.name", name),
                        checks.require(name, "editor.actor.refused.noName")), labelled("editor.actor.kind", kind),
                labelled("editor.actor.role", role), labelled("editor.actor.blocs", blocs), labelled("editor.actor.place", placeSearch, placeRow),
                placeShown, EditorControls.hint("editor.actor.place.drag"), actions, labelled("editor.actor.mergeInto", mergeInto, mergeRow));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                deleteChosen();
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                applyChanges();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.N) {
                newActor();
                e.consume();
            }
        });
        session.onChange(this::refresh);
        session.state().selectedActorProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                session.current().actor(now.id()).ifPresent(list.getSelectionModel()::select);
            }
        });
        refresh(session.current());
    }

    /** Chooses the actor with this id in the list and the form. */
    void choose(String actorId) {
        session.current().actor(actorId).ifPresent(a -> {
            list.getSelectionModel().select(a);
            list.scrollTo(a);
        });
    }

    /** The actors are on screen (true) or not: only then do clicks and drags on the map place them. */
    void shown(boolean now) {
        placer.shown(now);
    }

    private void refresh(Explainer explainer) {
        String chosenId = Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Actor::id).orElse(null);
        list.getItems().setAll(explainer.actors());
        Optional<Actor> still = Optional.ofNullable(chosenId).flatMap(explainer::actor);
        if (still.isPresent()) {
            list.getSelectionModel().select(still.get());
        } else {
            // The chosen actor is gone (deleted, merged away, undone): the form must not keep a part of it.
            list.getSelectionModel().clearSelection();
            chosen(null);
        }
    }

    private void chosen(Actor actor) {
        if (actor == null) {
            showNone();
            return;
        }
        filling = true;
        Explainer explainer = session.current();
        noneChosen.set(false);
        name.setText(actor.name());
        kind.setValue(actor.kind());
        role.setText(actor.role());
        blocs.getCheckModel().clearChecks();
        blocs.getItems().setAll(explainer.actors().stream().filter(a -> a.kind().isBloc())
                .filter(a -> !a.id().equals(actor.id())).toList());
        blocs.getItems().stream().filter(b -> actor.blocs().contains(b.id())).forEach(blocs.getCheckModel()::check);
        placeSearch.clear();
        choosePlace(actor.place());
        mergeInto.getItems().setAll(explainer.actors().stream().filter(a -> !a.id().equals(actor.id())).toList());
        checks.conceal();
        filling = false;
        if (!actor.equals(session.state().getSelectedActor())) {
            session.state().selectActor(actor);
        }
    }

    /** No actor chosen: every field empty and disabled, so nothing looks like part of an actor. */
    private void showNone() {
        filling = true;
        noneChosen.set(true);
        name.clear();
        kind.setValue(null);
        role.clear();
        blocs.getCheckModel().clearChecks();
        blocs.getItems().clear();
        placeSearch.clear();
        place = Optional.empty();
        placeShown.setText("");
        mergeInto.getItems().clear();
        mergeInto.setValue(null);
        checks.conceal();
        filling = false;
    }

    private void choosePlace(Optional<Place> chosen) {
        place = chosen;
        placeShown.setText(chosen.map(p -> Messages.format(p.name().isBlank() ? "editor.actor.place.shown.unnamed"
                : "editor.actor.place.shown", p.name(),
                String.format(java.util.Locale.ROOT, "%.2f", p.latitude()),
                String.format(java.util.Locale.ROOT, "%.2f", p.longitude()))).orElse(Messages.get("editor.actor.place.none")));
    }

    private Optional<Actor> chosenActor() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void applyChanges() {
        if (filling) {
            return;
        }
        Optional<Actor> actor = chosenActor();
        if (actor.isEmpty()) {
            session.refuse(Messages.get("editor.actor.refused.none"));
            return;
        }
        Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        List<String> chosenBlocs = blocs.getCheckModel().getCheckedItems().stream().map(Actor::id).toList();
        session.apply(ItemEdits.updateActor(actor.get().id(), name.getText().strip(), kind.getValue(),
                role.getText().strip(), chosenBlocs, place));
    }

    private void newActor() {
        // Named "New actor" and renamed in the form, which takes the keyboard for it.
        String placeholder = Messages.get("editor.actor.new.name");
        Explainer explainer = session.current();
        String id = NewIds.forActor(explainer, placeholder);
        if (session.apply(ItemEdits.addActor(new Actor(id, placeholder, kind.getValue() == null ? ActorKind.PERSON
                : kind.getValue(), "", List.of(), Optional.empty(), Status.CONFIRMED)))) {
            choose(id);
            name.requestFocus();
            name.selectAll();
        }
    }

    private void deleteChosen() {
        chosenActor().ifPresent(actor -> {
            if (session.apply(Review.removal(Set.of(ItemRef.actor(actor.id())),
                    Messages.format("editor.actor.delete.edit", actor.name())))) {
                // The Delete button is disabled with no actor chosen; the keyboard goes on from the list.
                list.requestFocus();
            }
        });
    }

    private void merge() {
        Optional<Actor> absorbed = chosenActor();
        Actor kept = mergeInto.getValue();
        if (absorbed.isEmpty() || kept == null) {
            session.refuse(Messages.get("editor.actor.refused.merge"));
            return;
        }
        if (session.apply(new MergeActors(kept.id(), absorbed.get().id(),
                Messages.format("editor.actor.merge.edit", absorbed.get().name(), kept.name())))) {
            choose(kept.id());
        }
    }

    /** An actor's name and kind, after a dot in the colour the map gives it. */
    private final class ActorCell extends ListCell<Actor> {
        private final javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();

        @Override
        protected void updateItem(Actor actor, boolean empty) {
            super.updateItem(actor, empty);
            setText(empty || actor == null ? null : EditorText.actor(actor));
            setAccessibleText(getText());
            if (empty || actor == null) {
                setGraphic(null);
                return;
            }
            int slot = session.state().paletteOf(session.current()).slotOf(actor.id());
            swatch.getStyleClass().setAll(SWATCH, Styles.blocClass(slot));
            setGraphic(swatch);
        }
    }
}
