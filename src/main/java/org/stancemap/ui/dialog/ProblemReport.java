package org.stancemap.ui.dialog;

import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.ui.Messages;

/** Tells the reader why a file could not be opened, listing every problem the loader found. */
public final class ProblemReport {

    private ProblemReport() {
    }

    public static Alert create(Window owner, LoadResult result, boolean keptCurrent) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("problems.title"));
        alert.setHeaderText(Messages.format("problems.header", fileName(result.file()), result.errors().size()));
        Label kept = new Label(Messages.get(keptCurrent ? "problems.kept" : "problems.fallback"));
        kept.setWrapText(true);
        TextArea list = new TextArea(result.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        list.setId("problem-list");
        list.getStyleClass().add("problem-list");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.setPrefColumnCount(80);
        list.setAccessibleText(Messages.get("problems.accessible"));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(10, kept, list);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("problem-report");
        alert.setResizable(true);
        return alert;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash >= 0 ? file.substring(slash + 1) : file;
    }
}
