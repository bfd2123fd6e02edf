package org.stancemap.ui.editor;

import javafx.scene.control.Skin;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/** ControlsFX's type-ahead list, drawn by our theme alone. */
final class TypeAhead {

    private TypeAhead() {
    }

    /**
     * Drops the stylesheet ControlsFX gives its type-ahead list: it derives its colours from
     * Modena's looked-up colours (-fx-color, -fx-control-inner-background …), which AtlantaFX does
     * not define, and JavaFX printed a warning each time the list opened. The theme's own rules
     * for {@code .auto-complete-popup} draw the list instead.
     */
    static <T> AutoCompletionBinding<T> themed(AutoCompletionBinding<T> binding) {
        binding.getAutoCompletionPopup().skinProperty().addListener((obs, was, now) -> dropOwnSheet(now));
        dropOwnSheet(binding.getAutoCompletionPopup().getSkin());
        return binding;
    }

    private static void dropOwnSheet(Skin<?> skin) {
        if (skin != null && skin.getNode() instanceof javafx.scene.Parent list) {
            list.getStylesheets().removeIf(sheet -> sheet.endsWith("/autocompletion.css"));
        }
    }
}
