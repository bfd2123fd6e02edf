package org.stancemap.ui.editor;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;

/**
 * The question after a crash: one row per explainer whose work was autosaved (its title, its file
 * or "not saved yet", when it was autosaved) with Restore and Discard, and a line for each autosave
 * that could not be read and was set aside. Restore answers the question; Discard takes only its
 * row away; "Decide later" keeps everything for the next start.
 */
final class RecoveryChoices {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox rows = new VBox();
    private final ButtonType later;
    private final Consumer<RecoveryOffer.Found> restore;
    private final Consumer<RecoveryOffer.Found> discard;
    private final DateTimeFormatter when;
    private int offered;

    /** {@code stylesheets}: the window's own, so the question looks like the rest of the app. */
    RecoveryChoices(RecoveryOffer.Scan scan, ZoneId zone, java.util.List<String> stylesheets,
                    Consumer<RecoveryOffer.Found> restore, Consumer<RecoveryOffer.Found> discard) {
        this.restore = restore;
        this.discard = discard;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(zone);
        boolean anyWork = !scan.found().isEmpty();
        later = new ButtonType(Messages.get(anyWork ? "recovery.later" : "recovery.ok"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.setTitle(Messages.get("recovery.title"));
        dialog.setHeaderText(Messages.get(anyWork ? "recovery.header" : "recovery.header.damaged"));
        dialog.getDialogPane().setId("recovery-dialog");
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().getButtonTypes().add(later);
        dialog.getDialogPane().lookupButton(later).setId("recovery-later");
        rows.getStyleClass().add("recovery-rows");
        if (anyWork) {
            Label intro = new Label(Messages.get(scan.found().size() == 1 ? "recovery.intro.one" : "recovery.intro"));
            intro.setWrapText(true);
            rows.getChildren().add(intro);
        }
        for (int i = 0; i < scan.found().size(); i++) {
            rows.getChildren().add(row(i, scan.found().get(i)));
        }
        offered = scan.found().size();
        for (int i = 0; i < scan.damaged().size(); i++) {
            Label damaged = new Label(scan.damaged().get(i));
            damaged.setId("recovery-damaged-" + i);
            damaged.getStyleClass().add("recovery-damaged");
            damaged.setWrapText(true);
            rows.getChildren().add(damaged);
        }
        int items = scan.found().size() + scan.damaged().size();
        if (items <= 3) {
            dialog.getDialogPane().setContent(rows);
        } else {
            // Many: a scroll bar, so the dialog still fits a 768-pixel screen.
            ScrollPane scroll = new ScrollPane(rows);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("edge-to-edge");
            scroll.setPrefViewportHeight(javafx.scene.text.Font.getDefault().getSize() * 30);
            dialog.getDialogPane().setContent(scroll);
        }
        dialog.getDialogPane().setPrefWidth(javafx.scene.text.Font.getDefault().getSize() * 46);
        // Its own size, not one a window manager picks for a resizable window (too small to read).
        dialog.getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE,
                javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Everything the question says, in order (for tests and screen readers alike). */
    String text() {
        StringBuilder all = new StringBuilder();
        collect(rows, all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder into) {
        if (node instanceof Label label) {
            into.append(label.getText()).append('\n');
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private VBox row(int index, RecoveryOffer.Found found) {
        String title = found.recovered().explainer().article().title();
        Label name = new Label(title);
        name.getStyleClass().add("recovery-item-title");
        name.setWrapText(true);
        String where = found.recovered().file().map(Path::toString).orElse(Messages.get("recovery.neverSaved"));
        Label file = new Label(Messages.format("recovery.item.file", where));
        file.setWrapText(true);
        Label at = new Label(Messages.format("recovery.item.when", when.format(found.recovered().savedAt())));
        Button restoreIt = new Button(Messages.get("recovery.restore"));
        restoreIt.setId("recovery-restore-" + index);
        restoreIt.setDefaultButton(index == 0);
        restoreIt.setAccessibleText(Messages.format("recovery.restore.accessible", title));
        Hints.set(restoreIt, Messages.format("recovery.restore.accessible", title));
        Button discardIt = new Button(Messages.get("recovery.discard"));
        discardIt.setId("recovery-discard-" + index);
        discardIt.setAccessibleText(Messages.format("recovery.discard.accessible", title));
        Hints.set(discardIt, Messages.format("recovery.discard.accessible", title));
        HBox buttons = new HBox(restoreIt, discardIt);
        buttons.getStyleClass().add("recovery-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(name, file, at, buttons);
        row.setId("recovery-item-" + index);
        row.getStyleClass().add("recovery-item");
        restoreIt.setOnAction(e -> {
            dialog.setResult(later);
            dialog.close();
            restore.accept(found);
        });
        discardIt.setOnAction(e -> {
            discard.accept(found);
            rows.getChildren().remove(row);
            if (--offered == 0) {
                dialog.setResult(later);
                dialog.close();
            }
        });
        return row;
    }
}
