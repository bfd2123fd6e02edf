package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.edit.ItemEdits;
import org.stancemap.edit.WordSelection;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.ui.Messages;

/**
 * The glossary: a word selected in the article becomes a term, defined in the explainer's own
 * words (the form says so: a definition is the explainer's note, never the article's).
 */
final class GlossaryForm extends VBox {

    private final EditSession session;
    private final ListView<GlossaryEntry> list = id(new ListView<>(), "editor-glossary-list");
    private final TextField term = id(new TextField(), "editor-glossary-term");
    private final TextArea definition = id(new TextArea(), "editor-glossary-definition");
    private final FormChecks checks = new FormChecks();

    GlossaryForm(EditSession session) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-glossary-form");
        EditorControls.itemList(list, "editor.glossary.list", this::removeChosen, null);
        list.setCellFactory(view -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                term.setText(now.term());
                definition.setText(now.definition());
                checks.conceal();
            }
        });
        term.setPromptText(Messages.get("editor.glossary.term.prompt"));
        definition.setWrapText(true);
        definition.setPromptText(Messages.get("editor.glossary.definition.prompt"));
        FlowPane actions = new FlowPane(
                button("editor-glossary-from-selection", "editor.glossary.fromSelection", "G", this::fromSelection),
                button("editor-glossary-add", "editor.glossary.add", "Ctrl+Enter", this::add),
                button("editor-glossary-remove", "editor.glossary.remove", "Delete", this::removeChosen));
        actions.getStyleClass().add("editor-buttons");
        getChildren().addAll(EditorControls.hint("editor.glossary.hint"), EditorControls.withNote(labelled("editor.glossary.term", term),
                        checks.require(term, "editor.glossary.refused.noTerm")),
                EditorControls.withNote(labelled("editor.glossary.definition", definition),
                        checks.require(definition, "editor.glossary.refused.noDefinition")), actions, labelled("editor.glossary.list", list));
        EditorControls.appliesOnCtrlEnter(this, this::add);
        session.onChange(this::refresh);
        refresh(session.current());
    }

    /** Takes the word selected in the article as the term and puts the keyboard in the definition. */
    void fromSelection() {
        WordSelection at = session.state().articleSelectionProperty().get();
        if (at == null || at.isEmpty()) {
            session.refuse(Messages.get("editor.glossary.refused.noSelection"));
            return;
        }
        list.getSelectionModel().clearSelection();
        term.setText(CodePointIndex.of(session.current().article().text()).slice(at.start(), at.end()));
        definition.clear();
        definition.requestFocus();
    }

    private void refresh(Explainer explainer) {
        list.getItems().setAll(explainer.glossary());
    }

    private void add() {
        java.util.Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        if (session.apply(ItemEdits.addGlossaryEntry(term.getText(), definition.getText()))) {
            term.clear();
            definition.clear();
            checks.conceal();
        }
    }

    private void removeChosen() {
        GlossaryEntry entry = list.getSelectionModel().getSelectedItem();
        if (entry != null) {
            session.apply(ItemEdits.removeGlossaryEntry(entry.term()));
        }
    }

    private final class EntryCell extends ListCell<GlossaryEntry> {
        @Override
        protected void updateItem(GlossaryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : Messages.format("editor.glossary.line", entry.term(), entry.definition()));
            setAccessibleText(getText());
            setWrapText(true);
        }
    }
}
