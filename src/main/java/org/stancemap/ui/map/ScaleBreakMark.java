package org.stancemap.ui.map;

import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.stancemap.layout.MapProjection;
import org.stancemap.ui.Messages;
import org.stancemap.ui.theme.Styles;

/** The line and note where the map's scale changes: east of the Urals, longitudes are compressed. */
final class ScaleBreakMark extends Group {

    private final Line line = new Line();
    private final Text label = new Text(Messages.get("map.scaleBreak"));

    ScaleBreakMark() {
        line.getStyleClass().add(Styles.SCALE_BREAK);
        label.getStyleClass().add(Styles.SCALE_BREAK_LABEL);
        getChildren().addAll(line, label);
    }

    void place(MapProjection projection, double zoom, double offsetX, double offsetY) {
        double breakX = projection.xOfLongitude(MapProjection.BREAK_LONGITUDE) * zoom + offsetX;
        line.setStartX(breakX);
        line.setEndX(breakX);
        line.setStartY(projection.project(76, 50).y() * zoom + offsetY);
        line.setEndY(projection.project(36, 50).y() * zoom + offsetY);
        label.setX(breakX + 6);
        label.setY(projection.project(76, 50).y() * zoom + offsetY + 12);
    }
}
