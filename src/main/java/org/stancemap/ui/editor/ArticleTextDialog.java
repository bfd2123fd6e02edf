package org.stancemap.ui.editor;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stancemap.ui.Messages;

/**
 * The article's text, to correct after drafting: a typo, a caption left in, a paragraph broken in
 * two. Its words are the ones the explainer quotes, so the editor finds every quote again in what
 * comes back and flags one it cannot find.
 */
final class ArticleTextDialog {

    private ArticleTextDialog() {
    }

    /** The corrected text, or empty if the author cancelled or changed nothing. */
    static Optional<String> ask(Window owner, String text) {
        ButtonType apply = new ButtonType(Messages.get("editor.article.apply"), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("editor.article.title"));
        dialog.setResizable(true);
        TextArea area = new TextArea(text);
        area.setId("editor-article-area");
        area.setWrapText(true);
        area.setPrefColumnCount(60);
        area.setPrefRowCount(18);
        area.setAccessibleText(Messages.get("editor.article.title"));
        area.getStyleClass().add("import-paragraph-editor");
        Label hint = new Label(Messages.get("editor.article.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("editor-hint");
        VBox body = new VBox(8, hint, area);
        VBox.setVgrow(area, Priority.ALWAYS);
        dialog.getDialogPane().setId("editor-article-dialog");
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(apply).setId("editor-article-apply");
        dialog.setResultConverter(button -> button == apply ? area.getText() : null);
        Platform.runLater(area::requestFocus);
        return dialog.showAndWait().filter(corrected -> !corrected.equals(text));
    }
}
