package org.stancemap.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.stancemap.ui.Messages;

/**
 * The required fields of a hand-editing form, checked with ControlsFX's ValidationSupport. A field
 * left empty is flagged where it is once the author tries to apply the form, not before: a style
 * class (a border, styled in CSS) and the reason in words under the field and in its accessible
 * help, so it is never told by colour alone and scales with the text. Typing in the field clears it.
 */
final class FormChecks {

    private final ValidationSupport support = new ValidationSupport();
    private final List<Runnable> notes = new ArrayList<>();
    /** Each required field's check, in the form's order, with the keyboard's way to the field. */
    private final List<Requirement> required = new ArrayList<>();

    private record Requirement(TextInputControl field, String reason, BooleanSupplier missing) {
    }
    private boolean shown;

    FormChecks() {
        support.setValidationDecorator(new StyleClassValidationDecoration("field-error", "field-warning"));
        support.setErrorDecorationEnabled(false);
    }

    /**
     * {@code field} must not be blank (while {@code applies} holds: a summary only for a new
     * position, say). Returns the note that says why under the field, for the form to place.
     */
    Label require(TextInputControl field, String reasonKey, BooleanSupplier applies) {
        Label note = new Label();
        note.setId(field.getId() + "-problem");
        note.getStyleClass().addAll("field-note", "field-problem");
        note.setWrapText(true);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        String reason = Messages.get(reasonKey);
        // The field's own help (its prompt) comes back once nothing is missing.
        String help = field.getAccessibleHelp() != null ? field.getAccessibleHelp() : field.getPromptText();
        Runnable show = () -> {
            boolean missing = shown && applies.getAsBoolean() && field.getText().isBlank();
            note.setText(missing ? reason : "");
            field.setAccessibleHelp(missing ? reason : help);
        };
        notes.add(show);
        required.add(new Requirement(field, reason, () -> applies.getAsBoolean() && field.getText().isBlank()));
        support.registerValidator(field, false, (Validator<String>) (Control control, String value) -> {
            show.run();
            return ValidationResult.fromErrorIf(control, reason,
                    applies.getAsBoolean() && (value == null || value.isBlank()));
        });
        return note;
    }

    /** {@code field} must not be blank. */
    Label require(TextInputControl field, String reasonKey) {
        return require(field, reasonKey, () -> true);
    }

    /**
     * Shows what is missing, at each field, and puts the keyboard in the first such field; returns
     * its reason, or empty if nothing is missing. (The borders follow a moment later:
     * ValidationSupport updates its results on the FX thread's next turn.)
     */
    Optional<String> reveal() {
        shown = true;
        support.setErrorDecorationEnabled(true);
        support.revalidate();
        notes.forEach(Runnable::run);
        Optional<Requirement> first = required.stream().filter(r -> r.missing().getAsBoolean()).findFirst();
        first.ifPresent(r -> r.field().requestFocus());
        return first.map(Requirement::reason);
    }

    /** Hides the marks again: the form is empty for the next item, or filled from a chosen one. */
    void conceal() {
        shown = false;
        support.setErrorDecorationEnabled(false);
        notes.forEach(Runnable::run);
    }
}
