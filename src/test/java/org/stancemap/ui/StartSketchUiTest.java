package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.Point;
import org.stancemap.model.Actor;
import org.stancemap.ui.map.MapSketch;
import org.stancemap.ui.theme.Palette;

/**
 * The first frame is a sketch of the window: it must show the explainer's actors where the live
 * map then puts them, so the live window takes its place without the map jumping.
 */
class StartSketchUiTest extends UiTestBase {

    @Test
    void everyActorIsSketchedWhereTheLiveMapPutsIt() {
        double width = fx(() -> view.map().getWidth());
        double height = fx(() -> view.map().getHeight());
        MapSketch.Layout sketch = new MapSketch(explainer, LOADS.world(), 1, Palette.LIGHT).layout(width, height);

        assertEquals(explainer.actors().size(), sketch.discs().size());
        int compared = 0;
        for (Actor actor : explainer.actors()) {
            Node disc = discOf(badge(actor.id()));
            Point live = fx(() -> {
                Bounds b = view.map().sceneToLocal(disc.localToScene(disc.getLayoutBounds()));
                // A badge hangs from a disc's radius above its place, whatever the disc's shape.
                return new Point(b.getCenterX(), b.getMinY() + 20);
            });
            boolean crowded = fx(() -> hasPseudoClass(badge(actor.id()), javafx.css.PseudoClass.getPseudoClass("crowded")));
            assertEquals(crowded, sketch.crowded().contains(actor.id()), actor.name() + " crowded on one and not the other");
            if (crowded) {
                continue;
            }
            Point sketched = sketch.discs().get(actor.id());
            assertTrue(sketched.distanceTo(live) < 2,
                    actor.name() + " is sketched at " + sketched + " but drawn live at " + live);
            compared++;
        }
        assertTrue(compared >= explainer.actors().size() / 2, "most actors have room for their labels");
    }

    @Test
    void theSketchShowsTheHeaderTheMapAndEachActorInItsColour() throws Exception {
        Palette palette = Palette.LIGHT;
        WritableImage image = sketchImage(false, 1280, 800);
        Files.createDirectories(Path.of("target"));
        // For a person to look at after the run.
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        Files.write(Path.of("target/start-sketch.png"), org.stancemap.export.PngWriter.encode(argb, w, h));

        assertColour(palette.bg(), image, 640, 4, "the header");
        double header = StartSketch.headerHeight(1);
        double side = MainView.sidePanelWidth(1280, 1, false);
        assertColour(palette.bgSubtle(), image, 1280 - side / 2, 300, "the side panel");
        double mapHeight = 800 - header - Math.round((800 - header) * StartSketch.READER_SHARE);
        MapSketch.Layout layout = new MapSketch(explainer, LOADS.world(), 1, palette).layout(1280 - side, mapHeight);
        BlocPalette blocs = BlocPalette.of(explainer);
        for (String id : new String[] {"putin", "macron", "zelensky"}) {
            Point disc = layout.discs().get(id);
            assertColour(palette.blocs().get(blocs.slotOf(id)), image, disc.x() + 12, header + disc.y() + 12,
                    id + "'s disc");
        }
    }

    @Test
    void nothingOfTheMapSpillsOverTheHeaderThePanelOrTheArticle() {
        Palette palette = Palette.LIGHT;
        WritableImage image = sketchImage(false, 1280, 800);
        double header = StartSketch.headerHeight(1);
        double side = MainView.sidePanelWidth(1280, 1, false);
        double mapBottom = header + 800 - header - Math.round((800 - header) * StartSketch.READER_SHARE);
        for (int x = 2; x < 1280; x += 6) {
            // Under the headline's line, over the header's border.
            assertColour(palette.bg(), image, x, header - 4, "the header");
            for (int y = (int) mapBottom + 3; y < 800; y += 9) {
                assertColour(palette.bg(), image, x, y, "the article");
            }
        }
        for (int y = (int) header + 2; y < mapBottom - 1; y += 6) {
            for (double x = 1280 - side + 3; x < 1280; x += 25) {
                assertColour(palette.bgSubtle(), image, x, y, "the side panel");
            }
        }
    }

    @Test
    void theSketchedHeaderIsAsTallAsTheLiveOneAtEveryTextSize() {
        for (int percent : org.stancemap.ui.state.AppState.TEXT_SCALES) {
            fxRun(() -> state.preferences().setTextScale(percent));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            double live = fx(() -> view.lookup(".app-header").getLayoutBounds().getHeight());
            assertEquals(StartSketch.headerHeight(percent / 100.0), live, 1.5, "the header's height at " + percent + " %");
        }
    }

    @Test
    void theDarkThemeIsSketchedDark() {
        WritableImage image = sketchImage(true, 1024, 768);
        assertColour(Palette.DARK.bg(), image, 500, 4, "the header");
        assertColour(Palette.DARK.bgSubtle(), image, 1000, 300, "the side panel");
    }

    private WritableImage sketchImage(boolean dark, double width, double height) {
        return fx(() -> {
            StartSketch sketch = new StartSketch(explainer, LOADS.world(), 1, dark, true);
            Stage window = new Stage();
            window.setScene(new javafx.scene.Scene(sketch, width, height));
            window.show();
            sketch.applyCss();
            sketch.layout();
            WritableImage image = sketch.snapshot(null, null);
            window.close();
            return image;
        });
    }

    private static void assertColour(String expected, WritableImage image, double x, double y, String where) {
        Color want = Color.web(expected);
        Color got = image.getPixelReader().getColor((int) x, (int) y);
        double distance = Math.abs(want.getRed() - got.getRed()) + Math.abs(want.getGreen() - got.getGreen())
                + Math.abs(want.getBlue() - got.getBlue());
        assertTrue(distance < 0.06, where + " at " + (int) x + "," + (int) y + " should be " + expected + " but is " + got);
    }
}
