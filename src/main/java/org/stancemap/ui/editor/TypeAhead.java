package org.stancemap.ui.editor;

import impl.org.controlsfx.skin.AutoCompletePopup;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/** ControlsFX's type-ahead list, drawn by our theme alone and tall enough for its rows at any text size. */
final class TypeAhead {

    /** A row's height where the theme gives none. */
    private static final double FALLBACK_ROW = 24;

    private TypeAhead() {
    }

    /**
     * Drops the stylesheet ControlsFX gives its type-ahead list: it derives its colours from
     * Modena's looked-up colours (-fx-color, -fx-control-inner-background …), which AtlantaFX does
     * not define, and JavaFX printed a warning each time the list opened. The theme's own rules
     * for {@code .auto-complete-popup} draw the list instead, with a row height in em; ControlsFX
     * sized the list for 24-pixel rows, which cut the theme's taller rows.
     */
    static <T> AutoCompletionBinding<T> themed(AutoCompletionBinding<T> binding) {
        AutoCompletePopup<T> popup = binding.getAutoCompletionPopup();
        // As wide as the field it completes: at large text sizes its own width cut place names short.
        if (binding.getCompletionTarget() instanceof Region field) {
            popup.prefWidthProperty().bind(field.widthProperty());
            InvalidationListener keepOffField = o -> keepOffField(popup, field);
            popup.showingProperty().addListener(keepOffField);
            popup.heightProperty().addListener(keepOffField);
            popup.yProperty().addListener(keepOffField);
        }
        popup.skinProperty().addListener((obs, was, now) -> restyle(popup, now));
        restyle(popup, popup.getSkin());
        return binding;
    }

    /**
     * ControlsFX opens the list under the field and lets the window keep it on the screen: near the
     * screen's foot that pushed it up over the field being typed in. There it opens above instead.
     */
    private static void keepOffField(AutoCompletePopup<?> popup, Region field) {
        Node content = popup.getSkin() == null ? null : popup.getSkin().getNode();
        if (!popup.isShowing() || content == null || field.getScene() == null) {
            return;
        }
        Bounds list = content.localToScreen(content.getLayoutBounds());
        Bounds typing = field.localToScreen(field.getLayoutBounds());
        if (list == null || typing == null || list.getMinY() >= typing.getMaxY() || list.getMaxY() <= typing.getMinY()) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(typing.getMinX(), typing.getMinY(), typing.getWidth(),
                typing.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double top = typing.getMaxY() + list.getHeight() <= screen.getMaxY()
                ? typing.getMaxY() : typing.getMinY() - list.getHeight();
        if (top >= screen.getMinY()) {
            popup.setY(popup.getY() + top - list.getMinY());
        }
    }

    private static void restyle(AutoCompletePopup<?> popup, Skin<?> skin) {
        if (skin != null && skin.getNode() instanceof ListView<?> list) {
            list.getStylesheets().removeIf(sheet -> sheet.endsWith("/autocompletion.css"));
            list.prefHeightProperty().unbind();
            list.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> {
                double row = list.getFixedCellSize() > 0 ? list.getFixedCellSize() : FALLBACK_ROW;
                int rows = Math.min(popup.getVisibleRowCount(), list.getItems().size());
                return rows * row + list.getInsets().getTop() + list.getInsets().getBottom();
            }, list.fixedCellSizeProperty(), list.getItems(), popup.visibleRowCountProperty(), list.insetsProperty()));
        }
    }
}
