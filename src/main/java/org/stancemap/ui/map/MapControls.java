package org.stancemap.ui.map;

import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.ui.Messages;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;

/** Zoom in, zoom out and fit, for those who prefer buttons to the wheel or a pinch. */
final class MapControls extends VBox {

    MapControls(Runnable zoomIn, Runnable zoomOut, Runnable fit) {
        getStyleClass().add(Styles.MAP_CONTROLS);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().addAll(
                button("zoom-in", Feather.PLUS, "map.zoomIn", zoomIn),
                button("zoom-out", Feather.MINUS, "map.zoomOut", zoomOut),
                button("fit", Feather.MAXIMIZE, "map.fit", fit));
    }

    private static Button button(String id, Feather icon, String key, Runnable action) {
        Button button = new Button(null, new Icon(icon));
        button.setId(id);
        button.getStyleClass().addAll("flat", "button-icon");
        Hints.set(button, Messages.get(key));
        button.setAccessibleText(Messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }
}
