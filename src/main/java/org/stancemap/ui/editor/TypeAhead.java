package org.stancemap.ui.editor;

import impl.org.controlsfx.skin.AutoCompletePopup;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListView;
import javafx.scene.control.Skin;
import javafx.scene.layout.Region;
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
        }
        popup.skinProperty().addListener((obs, was, now) -> restyle(popup, now));
        restyle(popup, popup.getSkin());
        return binding;
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
