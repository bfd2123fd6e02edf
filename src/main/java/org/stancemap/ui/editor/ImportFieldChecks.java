package org.stancemap.ui.editor;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.stancemap.ui.Messages;

/**
 * The import step's title field says where it stands, with ControlsFX's ValidationSupport: a
 * title left empty will be the article's first words, and that is the author's own title; a
 * title too long for the header is flagged before the draft is made. The decoration is a style
 * class (styled in CSS) with the reason in words under the field and in its accessible help, not
 * a floating icon, so it scales with the text and is not told by colour alone.
 */
final class ImportFieldChecks {

    static final int LONG_TITLE = 140;

    private ImportFieldChecks() {
    }

    /** Checks {@code title} as it is typed; {@code note} shows the reason under it, in words. */
    static ValidationSupport install(TextField title, CheckBox titleIsOwn, Label note) {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new StyleClassValidationDecoration("field-error", "field-warning"));
        support.registerValidator(title, false, (Validator<String>) (control, value) -> {
            String text = value == null ? "" : value.strip();
            ValidationResult result = new ValidationResult();
            if (text.isEmpty()) {
                result = ValidationResult.fromMessageIf(control, Messages.get("import.check.noTitle"),
                        Severity.WARNING, true);
            } else if (text.length() > LONG_TITLE) {
                result = ValidationResult.fromMessageIf(control,
                        Messages.format("import.check.longTitle", text.length(), LONG_TITLE), Severity.WARNING, true);
            }
            String help = result.getMessages().isEmpty() ? null
                    : result.getMessages().iterator().next().getText();
            title.setAccessibleHelp(help);
            note.setText(help == null ? "" : help);
            return result;
        });
        // With no title of the article's, the first words stand in, and that title is the author's.
        title.textProperty().addListener((obs, was, now) -> {
            if (now.isBlank()) {
                titleIsOwn.setSelected(true);
            }
        });
        titleIsOwn.disableProperty().bind(title.textProperty().map(String::isBlank));
        return support;
    }
}
