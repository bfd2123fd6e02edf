package org.stancemap.ui.map;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a badge's name label is, measured in the font the stylesheet gives it, so the map's
 * layout ({@link org.stancemap.layout.MapScene}) keeps names apart by their real widths rather
 * than a guess from their length. {@code BadgeLabelsUiTest} holds it to the labels as drawn.
 */
final class NameWidths implements ToDoubleFunction<String> {

    /** The font of {@code .badge-name} (stancemap.css), at 0.857 em of the map's marks size. */
    static final String FAMILY = "Inter Semi Bold";
    /** The name's size at the normal marks size. */
    static final double NORMAL_SIZE = 12;
    /** {@code .badge-name}'s padding, left and right together. */
    private static final double PADDING = 12;

    private final Text probe = new Text();
    private final Map<String, Double> widths = new HashMap<>();

    NameWidths(Font font) {
        probe.setFont(font);
    }

    /** Names at {@code size} pixels. */
    static NameWidths at(double size) {
        return new NameWidths(Font.font(FAMILY, size));
    }

    @Override
    public double applyAsDouble(String name) {
        return widths.computeIfAbsent(name, text -> {
            probe.setText(text);
            return Math.ceil(probe.getLayoutBounds().getWidth()) + PADDING;
        });
    }
}
