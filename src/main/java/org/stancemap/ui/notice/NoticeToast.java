package org.stancemap.ui.notice;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.AppState.Notice;
import org.stancemap.ui.theme.Icon;

/**
 * A message at the foot of the window, inside the scene (never a separate window): an export
 * finished or failed. Good news fades after a few seconds; a problem stays until dismissed.
 * Made for the first notice, showing it at once.
 */
public final class NoticeToast extends HBox {

    private final PauseTransition linger = new PauseTransition(Duration.seconds(6));
    private final Label text = new Label();
    private final Icon icon = new Icon(Feather.INFO);

    public NoticeToast(AppState state) {
        getStyleClass().add("notice-toast");
        setId("notice");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_10);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
        setAccessibleRole(AccessibleRole.TEXT);
        text.setId("notice-text");
        text.getStyleClass().add("notice-text");
        text.setWrapText(true);
        Button close = new Button(null, new Icon(Feather.X));
        close.getStyleClass().addAll("button-icon", "flat");
        close.setAccessibleText(Messages.get("notice.close"));
        close.setOnAction(e -> setVisible(false));
        getChildren().addAll(icon, text, close);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        linger.setOnFinished(e -> setVisible(false));
        show(state.noticeProperty().get());
        state.noticeProperty().addListener((obs, was, notice) -> show(notice));
    }

    private void show(Notice notice) {
        if (notice == null) {
            linger.stop();
            setVisible(false);
            return;
        }
        text.setText(notice.text());
        icon.setGlyph(notice.problem() ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), notice.problem());
        setAccessibleText(notice.text());
        setVisible(true);
        linger.stop();
        if (!notice.problem()) {
            linger.playFromStart();
        }
    }
}
