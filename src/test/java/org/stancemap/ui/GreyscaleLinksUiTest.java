package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.CheckBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.stancemap.model.LinkKind;

/**
 * The three kinds of link read without colour: drawn as the map draws them (the legend's samples
 * are the map's own link shapes and styles) and turned to grey, their line patterns and middle
 * marks differ.
 */
class GreyscaleLinksUiTest extends UiTestBase {

    /** Grey levels (0 black … 1 white) of a sample, row by row. */
    private record Grey(double[][] levels) {

        int width() {
            return levels[0].length;
        }

        int height() {
            return levels.length;
        }

        /** Separate stretches of ink along the row through the line, between two fractions of its width. */
        int inkRuns(double from, double to) {
            int row = lineRow();
            int runs = 0;
            boolean inInk = false;
            for (int x = (int) (from * width()); x < (int) (to * width()); x++) {
                boolean ink = levels[row][x] < 0.75;
                if (ink && !inInk) {
                    runs++;
                }
                inInk = ink;
            }
            return runs;
        }

        /** The row with the most ink: the line itself. */
        int lineRow() {
            int best = 0;
            double most = -1;
            for (int y = 0; y < height(); y++) {
                double ink = 0;
                for (int x = 0; x < width(); x++) {
                    ink += 1 - levels[y][x];
                }
                if (ink > most) {
                    most = ink;
                    best = y;
                }
            }
            return best;
        }

        /** The share of pixels in the middle fifth (the middle mark) that differ clearly from {@code other}'s. */
        double middleDifference(Grey other) {
            int from = (int) (width() * 0.4);
            int to = (int) (width() * 0.6);
            int differ = 0;
            int all = 0;
            for (int y = 0; y < Math.min(height(), other.height()); y++) {
                for (int x = from; x < Math.min(to, other.width()); x++) {
                    all++;
                    if (Math.abs(levels[y][x] - other.levels[y][x]) > 0.25) {
                        differ++;
                    }
                }
            }
            return differ / (double) all;
        }
    }

    @Test
    void opposesSupportsAndRespondsToDifferInGreyscaleAlongTheLineAndInTheMiddle() {
        Map<LinkKind, Grey> samples = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            samples.put(kind, fx(() -> grey(((CheckBox) view.lookup("#filter-" + kind.jsonName())).getGraphic())));
        }
        Grey opposes = samples.get(LinkKind.OPPOSES);
        Grey supports = samples.get(LinkKind.SUPPORTS);
        Grey responds = samples.get(LinkKind.RESPONDS_TO);
        // Between the end marks and the middle mark, a solid line is one stretch of ink; the others break.
        assertTrue(opposes.inkRuns(0.2, 0.38) == 1, "opposes is solid: " + opposes.inkRuns(0.2, 0.38));
        assertTrue(supports.inkRuns(0.2, 0.38) >= 2, "supports is dashed: " + supports.inkRuns(0.2, 0.38));
        assertTrue(responds.inkRuns(0.2, 0.38) >= 2, "responds to is broken: " + responds.inkRuns(0.2, 0.38));
        assertNotEquals(supports.inkRuns(0.1, 0.9), responds.inkRuns(0.1, 0.9), "dashes and dash-dots differ");
        // And the middle marks differ from each other in grey.
        assertTrue(opposes.middleDifference(supports) > 0.08, "opposes vs supports in the middle");
        assertTrue(opposes.middleDifference(responds) > 0.08, "opposes vs responds to in the middle");
        assertTrue(supports.middleDifference(responds) > 0.08, "supports vs responds to in the middle");
    }

    private static Grey grey(Node sample) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(javafx.scene.transform.Transform.scale(3, 3));
        WritableImage image = sample.snapshot(parameters, null);
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double[][] levels = new double[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                levels[y][x] = pixels.getColor(x, y).grayscale().getBrightness();
            }
        }
        return new Grey(levels);
    }
}
