package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.edit.ItemEdits;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.TourStep;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * The guided tour: its steps in order (Alt+↑/↓ or a drag moves one), a new step made from what the
 * map shows now (the chosen actor, or the chosen link with its two actors), each step's title,
 * caption and presenter notes, and a preview of a step as the tour shows it.
 */
final class TourForm extends VBox {

    private static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    private final EditSession session;
    private final ListView<TourStep> list = id(new ListView<>(), "editor-tour-list");
    private final TextField title = id(new TextField(), "editor-tour-title");
    private final TextArea caption = id(new TextArea(), "editor-tour-caption");
    private final TextArea notes = id(new TextArea(), "editor-tour-notes");
    private final Label focus = id(new Label(), "editor-tour-focus");
    private final FormChecks checks = new FormChecks();
    private final TourPreview preview;
    /** The step a drag in the list started on, or -1. */
    private int draggedFrom = -1;

    TourForm(EditSession session) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-tour-form");
        EditorControls.itemList(list, "editor.tour.list", this::deleteChosen, this::move);
        list.setCellFactory(view -> new StepCell());
        list.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> chosen(now.intValue()));
        caption.setWrapText(true);
        notes.setWrapText(true);
        caption.setPromptText(Messages.get("editor.tour.caption.prompt"));
        notes.setPromptText(Messages.get("editor.tour.notes.prompt"));
        focus.setWrapText(true);
        focus.getStyleClass().add("editor-hint");
        preview = new TourPreview(session.state(), list);
        FlowPane actions = new FlowPane(
                button("editor-tour-preview", "editor.tour.preview", "Shift+F5", this::previewChosen),
                button("editor-tour-add", "editor.tour.add", "Ctrl+T", this::addFromView),
                button("editor-tour-apply", "editor.tour.apply", "Ctrl+Enter", this::applyChanges),
                button("editor-tour-up", "editor.tour.up", "Alt+↑", () -> move(-1)),
                button("editor-tour-down", "editor.tour.down", "Alt+↓", () -> move(1)),
                button("editor-tour-delete", "editor.tour.delete", "Delete", this::deleteChosen));
        actions.getStyleClass().add("editor-buttons");
        getChildren().addAll(EditorControls.hint("editor.tour.hint"), labelled("editor.tour.list", list),
                EditorControls.hint("editor.tour.drag"), labelled("editor.tour.title", title),
                EditorControls.withNote(labelled("editor.tour.caption", caption),
                        checks.require(caption, "editor.tour.refused.noCaption")), labelled("editor.tour.notes", notes), focus, actions);
        EditorControls.appliesOnCtrlEnter(this, this::applyChanges);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.T) {
                addFromView();
                e.consume();
            }
        });
        // Shift+F5 presents from the step chosen here: the presenter's keys start from the tour's step.
        list.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> preview.follow(now.intValue()));
        session.onChange(this::refresh);
        refresh(session.current());
    }

    private void refresh(Explainer explainer) {
        int at = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(explainer.tour());
        if (at >= 0 && at < explainer.tour().size()) {
            list.getSelectionModel().select(at);
            preview.follow(at);
        }
    }

    /** The map as the tour shows the chosen step, full screen; Esc comes back here. */
    private void previewChosen() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            session.refuse(Messages.get("editor.tour.refused.none"));
            return;
        }
        preview.show(at);
    }

    /** A step dragged in the list and dropped on another takes its place: one edit, one undo. */
    private void dropped(int to) {
        int from = draggedFrom;
        draggedFrom = -1;
        if (from < 0 || from == to || to < 0 || list.getItems().isEmpty()) {
            return;
        }
        int target = Math.min(to, list.getItems().size() - 1);
        if (target != from && session.apply(ItemEdits.moveTourStep(from, target))) {
            list.getSelectionModel().select(target);
            list.requestFocus();
        }
    }

    private void chosen(int index) {
        if (index < 0 || index >= list.getItems().size()) {
            return;
        }
        TourStep step = list.getItems().get(index);
        title.setText(step.title());
        caption.setText(step.caption());
        notes.setText(step.notes());
        focus.setText(focusText(session.current(), step));
        checks.conceal();
    }

    private static String focusText(Explainer explainer, TourStep step) {
        List<String> names = step.actorIds().stream().map(id -> explainer.actor(id).map(Actor::name).orElse(id)).toList();
        return Messages.format("editor.tour.focus", names.isEmpty() ? "—" : String.join(", ", names), step.linkIds().size());
    }

    /** A new step after the chosen one, focused on what the map shows now. */
    void addFromView() {
        AppState state = session.state();
        Explainer explainer = session.current();
        List<String> actors = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String name;
        String said = "";
        Link link = state.getSelectedLink();
        if (link != null && explainer.link(link.id()).isPresent()) {
            links.add(link.id());
            explainer.holderOf(link.fromStanceId()).ifPresent(a -> actors.add(a.id()));
            explainer.holderOf(link.toStanceId()).ifPresent(a -> actors.add(a.id()));
            name = SuggestionText.line(explainer, org.stancemap.edit.ItemRef.link(link.id()));
            said = explainer.link(link.id()).map(Link::explanation).orElse("");
        } else if (state.getSelectedActor() != null) {
            actors.add(state.getSelectedActor().id());
            name = state.getSelectedActor().name();
            said = explainer.stancesOf(state.getSelectedActor().id()).stream().findFirst()
                    .map(s -> s.summary()).orElse("");
        } else {
            name = Messages.get("editor.tour.newTitle");
        }
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        int index = at <= 0 ? explainer.tour().size() : at;
        // A caption the author will rewrite, but never an empty one: a step must say something.
        TourStep step = new TourStep(name, said.isBlank() ? name : said, "", actors, links, false);
        if (session.apply(ItemEdits.addTourStep(index, step))) {
            list.getSelectionModel().select(index);
            title.requestFocus();
            title.selectAll();
        }
    }

    private void applyChanges() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            session.refuse(Messages.get("editor.tour.refused.none"));
            return;
        }
        TourStep old = list.getItems().get(at);
        java.util.Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        session.apply(ItemEdits.updateTourStep(at, new TourStep(title.getText().strip(), caption.getText().strip(),
                notes.getText().strip(), old.actorIds(), old.linkIds(), old.cumulative())));
    }

    private void move(int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        if (session.apply(ItemEdits.moveTourStep(at, to))) {
            list.getSelectionModel().select(to);
            list.requestFocus();
        }
    }

    private void deleteChosen() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            session.apply(ItemEdits.removeTourStep(at));
        }
    }

    private final class StepCell extends ListCell<TourStep> {

        StepCell() {
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    draggedFrom = getIndex();
                    startFullDrag();
                }
            });
            setOnMouseDragEntered(e -> pseudoClassStateChanged(DROP_TARGET, draggedFrom >= 0));
            setOnMouseDragExited(e -> pseudoClassStateChanged(DROP_TARGET, false));
            // An empty row under the last step stands for the end of the tour.
            setOnMouseDragReleased(e -> {
                pseudoClassStateChanged(DROP_TARGET, false);
                dropped(isEmpty() ? list.getItems().size() - 1 : getIndex());
            });
        }

        @Override
        protected void updateItem(TourStep step, boolean empty) {
            super.updateItem(step, empty);
            setText(empty || step == null ? null : (getIndex() + 1) + ". " + step.title());
            setAccessibleText(getText());
        }
    }
}
