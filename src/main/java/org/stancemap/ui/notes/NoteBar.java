package org.stancemap.ui.notes;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.model.notes.Note;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.ScriptText;

/**
 * A star and a note for one actor, stance or quote. The star's icon is filled and its label
 * changes ("Starred"), so the state never rests on colour alone. The note opens in place for
 * writing and is saved with Save or Ctrl+Enter; Esc or Cancel leaves it as it was.
 */
public final class NoteBar extends VBox {

    private final AppState state;
    private final NoteTarget target;
    private final ToggleButton star = new ToggleButton();
    private final javafx.scene.layout.Region starIcon = StarIcon.create(false);
    private final Button write = new Button();
    private final Label shown = ScriptText.install(new Label());
    private final VBox editor = new VBox();
    private final TextArea text = new TextArea();
    private final ChangeListener<StudyRecord> onChange = (obs, was, now) -> refresh();

    public NoteBar(AppState state, NoteTarget target, String about) {
        this.state = state;
        this.target = target;
        getStyleClass().add("note-bar");
        setId("notes-" + target.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + target.id());

        star.getStyleClass().addAll("note-star", "flat");
        star.setId("star-" + target.id());
        star.setAccessibleText(Messages.format("notes.star.accessible", about));
        Hints.set(star, Messages.format("notes.star.accessible", about));
        star.setGraphic(starIcon);
        star.setOnAction(e -> state.editStudy(r -> r.toggleStar(target)));

        write.getStyleClass().addAll("note-write", "flat");
        write.setId("note-" + target.id());
        write.setGraphic(new Icon(Feather.EDIT_3));
        write.setAccessibleText(Messages.format("notes.write.accessible", about));
        write.setOnAction(e -> openEditor());

        shown.getStyleClass().add("note-text");
        shown.setWrapText(true);
        shown.managedProperty().bind(shown.visibleProperty());

        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.setId("note-editor");
        text.setAccessibleText(Messages.format("notes.editor.accessible", about));
        text.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= Note.MAX_TEXT_LENGTH ? change : null));
        text.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.isShortcutDown()) {
                saveNote();
                e.consume();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                closeEditor();
                e.consume();
            }
        });
        Button save = new Button(Messages.get("notes.save"));
        save.setId("note-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> saveNote());
        Button cancel = new Button(Messages.get("notes.cancel"));
        cancel.setOnAction(e -> closeEditor());
        HBox editorButtons = new HBox(save, cancel);
        editorButtons.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_8);
        editor.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_6);
        editor.getChildren().addAll(text, editorButtons);
        editor.setVisible(false);
        editor.managedProperty().bind(editor.visibleProperty());

        HBox buttons = new HBox(star, write);
        buttons.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(buttons, shown, editor);
        // Notes are the reader's own: a kiosk keeps none.
        visibleProperty().bind(state.kioskProperty().not().and(state.studyRecordProperty().isNotNull()));
        managedProperty().bind(visibleProperty());
        state.studyRecordProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onChange));
        refresh();
    }

    private void refresh() {
        StudyRecord record = state.studyRecordProperty().get();
        boolean starred = record != null && record.isStarred(target);
        String note = record == null ? "" : record.note(target).filter(Note::hasText).map(Note::text).orElse("");
        star.setSelected(starred);
        StarIcon.setFilled(starIcon, starred);
        star.setText(Messages.get(starred ? "notes.starred" : "notes.star"));
        shown.setText(note.isEmpty() ? "" : Messages.format("notes.yours", note));
        shown.setVisible(!note.isEmpty() && !editor.isVisible());
        write.setText(Messages.get(note.isEmpty() ? "notes.add" : "notes.edit"));
    }

    private void openEditor() {
        StudyRecord record = state.studyRecordProperty().get();
        text.setText(record == null ? "" : record.note(target).map(Note::text).orElse(""));
        editor.setVisible(true);
        shown.setVisible(false);
        text.requestFocus();
        text.end();
    }

    private void saveNote() {
        String value = text.getText();
        state.editStudy(r -> r.setNote(target, value));
        closeEditor();
    }

    private void closeEditor() {
        editor.setVisible(false);
        refresh();
        write.requestFocus();
    }
}
