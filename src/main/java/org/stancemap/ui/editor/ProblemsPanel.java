package org.stancemap.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stancemap.edit.Checkup;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * The problems panel: what {@code --validate} would report for the explainer being edited, kept up
 * to date after every edit, each problem in plain words with where it is. Enter or a click on one
 * goes to it (the item in the review, on the map and in the article).
 */
public final class ProblemsPanel extends VBox {

    private final ObservableList<Checkup.Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Checkup.Finding>> current =
            new ReadOnlyObjectWrapper<>(this, "findings", List.of());
    private final ListView<Checkup.Finding> list = new ListView<>(findings);
    private final Label summary = new Label();
    private final Consumer<Checkup.Finding> goTo;
    private Explainer explainer;
    private Explainer pending;

    /** {@code goTo} shows the author where a problem is. */
    public ProblemsPanel(Consumer<Checkup.Finding> goTo) {
        this.goTo = goTo;
        setId("problems-panel");
        getStyleClass().add("problems-panel");
        summary.setId("problems-summary");
        summary.getStyleClass().add("problems-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("problems-list");
        list.setAccessibleText(Messages.get("problems.panel.accessible"));
        list.setCellFactory(view -> new FindingCell());
        list.getStyleClass().add("problems-list");
        list.setPlaceholder(new Label(Messages.get("problems.none.short")));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                goToSelected();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                goToSelected();
            }
        });
        getChildren().addAll(summary, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /**
     * Checks {@code next} on the next pulse; several edits in one pulse (an accept-all, say) are
     * checked once, as the last of them left the explainer.
     */
    public void check(Explainer next) {
        boolean scheduled = pending != null;
        pending = next;
        if (!scheduled) {
            Platform.runLater(() -> {
                Explainer latest = pending;
                pending = null;
                checkNow(latest);
            });
        }
    }

    /** Checks {@code next} at once. */
    public void checkNow(Explainer next) {
        explainer = next;
        List<Checkup.Finding> found = Checkup.of(next);
        Checkup.Finding was = list.getSelectionModel().getSelectedItem();
        findings.setAll(found);
        if (was != null && found.contains(was)) {
            list.getSelectionModel().select(was);
        }
        current.set(List.copyOf(found));
        long errors = found.stream().filter(Checkup.Finding::error).count();
        long warnings = found.size() - errors;
        summary.setText(found.isEmpty() ? Messages.get("problems.none")
                : Messages.format("problems.summary", errors, warnings));
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("errors"), errors > 0);
    }

    /** The problems found at the last check, for fields that show their own. */
    public ReadOnlyObjectProperty<List<Checkup.Finding>> findingsProperty() {
        return current.getReadOnlyProperty();
    }

    private void goToSelected() {
        Checkup.Finding finding = list.getSelectionModel().getSelectedItem();
        if (finding != null) {
            goTo.accept(finding);
        }
    }

    /** A problem: a word for how serious it is (not a colour alone), where it is, and what is wrong. */
    private final class FindingCell extends ListCell<Checkup.Finding> {
        private final Label severity = new Label();
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final HBox row = new HBox(severity, text);

        FindingCell() {
            severity.getStyleClass().addAll(org.stancemap.ui.theme.Styles.DASHED_TAG, "problem-severity");
            severity.setMinWidth(Region.USE_PREF_SIZE);
            text.getStyleClass().add("problem-text");
            text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(60, list.getWidth() - severity.getWidth() - 40),
                    list.widthProperty(), severity.widthProperty()));
            setPrefWidth(0);
            getStyleClass().add("problem-cell");
            row.getStyleClass().add("problem-row");
        }

        @Override
        protected void updateItem(Checkup.Finding item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String kind = Messages.get(item.error() ? "problems.error" : "problems.warning");
            String words = ProblemWords.of(explainer, item);
            severity.setText(kind);
            severity.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), item.error());
            text.setText(words);
            setGraphic(row);
            setAccessibleText(kind + ": " + words);
        }
    }
}
