package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.io.SpecialFilesTestAccess;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;

/**
 * A start keeps its sketch as a picture, and the next start with the same key shows that picture
 * instead of drawing the sketch again. Anything else in the file (another key, another window
 * size, a damaged or hostile file) is drawn anew, at once.
 */
class SketchPictureUiTest extends UiTestBase {

    private static final int WIDTH = 1024;
    private static final int HEIGHT = 700;
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    @TempDir
    Path cache;

    @Test
    void aKeptSketchIsShownByTheNextStartPixelForPixel() {
        SketchPicture picture = new SketchPicture(cache.resolve("sketch"), "key");
        // Kept from a dark sketch and shown where a light one would be drawn: only the picture can show dark.
        int[] drawn = showAndKeep(picture, true);
        assertTrue(Files.isRegularFile(cache.resolve("sketch")), "the sketch was kept");

        assertArrayEquals(drawn, pixels(sketch(Optional.of(picture), WIDTH, HEIGHT)));
    }

    @Test
    void theNextStartShowsThePictureRatherThanDrawingTheSketch() throws IOException {
        SketchPicture picture = new SketchPicture(cache.resolve("sketch"), "key");
        picture.write(WIDTH, HEIGHT, 1, WIDTH, HEIGHT, solid(Color.RED, WIDTH, HEIGHT));

        int[] shown = pixels(sketch(Optional.of(picture), WIDTH, HEIGHT));
        assertTrue(Arrays.stream(shown).allMatch(argb -> argb == 0xffff0000), "the kept picture is what shows");
    }

    @Test
    void aPictureForAnotherKeyOrAnotherWindowSizeIsDrawnAnew() throws IOException {
        new SketchPicture(cache.resolve("sketch"), "another explainer")
                .write(WIDTH, HEIGHT, 1, WIDTH, HEIGHT, solid(Color.RED, WIDTH, HEIGHT));
        assertDrawnAnew(new SketchPicture(cache.resolve("sketch"), "key"));

        new SketchPicture(cache.resolve("sketch"), "key")
                .write(WIDTH + 10, HEIGHT, 1, WIDTH + 10, HEIGHT, solid(Color.RED, WIDTH + 10, HEIGHT));
        assertDrawnAnew(new SketchPicture(cache.resolve("sketch"), "key"));

        // Kept on a screen with two pixels to a point, shown on one with one.
        new SketchPicture(cache.resolve("sketch"), "key")
                .write(WIDTH, HEIGHT, 2, WIDTH * 2, HEIGHT * 2, solid(Color.RED, WIDTH * 2, HEIGHT * 2));
        assertDrawnAnew(new SketchPicture(cache.resolve("sketch"), "key"));
    }

    @Test
    void aDamagedPictureIsDrawnAnewAndReplacedByAWholeOne() throws IOException {
        SketchPicture picture = new SketchPicture(cache.resolve("sketch"), "key");
        picture.write(WIDTH, HEIGHT, 1, WIDTH, HEIGHT, solid(Color.RED, WIDTH, HEIGHT));
        try (RandomAccessFile file = new RandomAccessFile(cache.resolve("sketch").toFile(), "rw")) {
            file.setLength(file.length() - 4096);
        }
        assertTrue(picture.read().isEmpty(), "a picture cut short is not shown");

        int[] drawn = showAndKeep(picture, false);
        assertFalse(Arrays.stream(drawn).allMatch(argb -> argb == 0xffff0000), "the sketch was drawn");
        assertTrue(picture.read().isPresent(), "and kept whole in place of the damaged one");
    }

    @Test
    void aFileThatIsNotAPictureIsLeftAloneInBoundedTime() throws Exception {
        Path garbage = Files.write(cache.resolve("garbage"), "not a picture at all".getBytes());
        assertTrue(new SketchPicture(garbage, "key").read().isEmpty());

        // A header that claims a huge picture in a short file.
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(4 + 4 + 3 + 24 + 8);
        header.putInt(0x534d5331).putInt(3).put("key".getBytes()).putDouble(1).putDouble(1).putDouble(1)
                .putInt(Integer.MAX_VALUE).putInt(Integer.MAX_VALUE);
        Path lying = Files.write(cache.resolve("lying"), header.array());
        assertTrue(new SketchPicture(lying, "key").read().isEmpty());

        try (RandomAccessFile huge = new RandomAccessFile(cache.resolve("huge").toFile(), "rw")) {
            huge.setLength(4L * 1024 * 1024 * 1024);
        }
        assertTrue(assertTimeoutPreemptively(HANG_GUARD, () -> new SketchPicture(cache.resolve("huge"), "key").read())
                .isEmpty(), "a file larger than any picture is not read");

        Files.createDirectories(cache.resolve("folder"));
        assertTrue(new SketchPicture(cache.resolve("folder"), "key").read().isEmpty());

        Path pipe = SpecialFilesTestAccess.fifo(cache.resolve("pipe"));
        assertTrue(assertTimeoutPreemptively(HANG_GUARD, () -> new SketchPicture(pipe, "key").read()).isEmpty(),
                "a named pipe is not waited on");
    }

    @Test
    void aPictureTooLargeToKeepIsNotWritten() {
        SketchPicture picture = new SketchPicture(cache.resolve("sketch"), "key");
        fxRun(() -> picture.keep(new javafx.scene.canvas.Canvas(4000, 2200), 1, Color.WHITE, Runnable::run));
        assertFalse(Files.exists(cache.resolve("sketch")));
    }

    @Test
    void aPictureIsForItsExplainerFileAsItWasAndItsSettings() throws IOException {
        Path article = Files.writeString(cache.resolve("article.stancemap.json"), "{}");
        SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, false, true).orElseThrow()
                .write(WIDTH, HEIGHT, 1, WIDTH, HEIGHT, solid(Color.RED, WIDTH, HEIGHT));
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, false, true).orElseThrow()
                .read().isPresent(), "the same start finds it");

        assertTrue(SketchPicture.forBuild("build 2", cache, Optional.of(article), 1, false, true).orElseThrow()
                .read().isEmpty(), "another build of the app draws its own");
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1.25, false, true).orElseThrow()
                .read().isEmpty(), "larger text");
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, true, true).orElseThrow()
                .read().isEmpty(), "the dark theme");
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, false, false).orElseThrow()
                .read().isEmpty(), "the article closed");
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.empty(), 1, false, true).orElseThrow()
                .read().isEmpty(), "the built-in explainer");
        Files.writeString(article, "{\"changed\": true}");
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, false, true).orElseThrow()
                .read().isEmpty(), "the file changed");
        Files.delete(article);
        assertTrue(SketchPicture.forBuild("build 1", cache, Optional.of(article), 1, false, true).isEmpty(),
                "a file that is not there keeps no picture");
    }

    @Test
    void aStartFromABuildFolderKeepsNoPicture() {
        // The tests run from target/classes, as `mvn javafx:run` does: a picture could outlive the code that drew it.
        assertTrue(SketchPicture.forStart(cache, Optional.empty(), 1, false, true).isEmpty());
    }

    private void assertDrawnAnew(SketchPicture picture) {
        int[] shown = pixels(sketch(Optional.of(picture), WIDTH, HEIGHT));
        assertFalse(Arrays.stream(shown).allMatch(argb -> argb == 0xffff0000), "the picture is not shown");
    }

    /** Shows a sketch drawn afresh, keeps it as the start does, and gives its pixels. */
    private int[] showAndKeep(SketchPicture picture, boolean dark) {
        return fx(() -> {
            StartSketch sketch = newSketch(Optional.empty(), dark);
            Stage window = show(sketch, WIDTH, HEIGHT);
            javafx.scene.canvas.Canvas canvas = (javafx.scene.canvas.Canvas) sketch.getChildren().get(0);
            picture.keep(canvas, 1, Color.WHITE, Runnable::run);
            int[] drawn = pixels(sketch.snapshot(null, null));
            window.close();
            return drawn;
        });
    }

    private WritableImage sketch(Optional<SketchPicture> picture, double width, double height) {
        return fx(() -> {
            StartSketch sketch = newSketch(picture, false);
            Stage window = show(sketch, width, height);
            WritableImage image = sketch.snapshot(null, null);
            window.close();
            return image;
        });
    }

    private StartSketch newSketch(Optional<SketchPicture> picture, boolean dark) {
        MapLayout layout = MapLayout.of(explainer, new MapProjection(), LOADS.world());
        return new StartSketch(layout, LOADS.world(), 1, dark, true, Runnable::run, picture);
    }

    private static Stage show(StartSketch sketch, double width, double height) {
        Stage window = new Stage();
        window.setScene(new javafx.scene.Scene(sketch, width, height));
        window.show();
        sketch.applyCss();
        sketch.layout();
        return window;
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    /** {@code width}×{@code height} pixels of one opaque colour, as the file keeps them (blue, green, red, alpha). */
    private static byte[] solid(Color colour, int width, int height) {
        byte[] bgra = new byte[width * height * 4];
        for (int i = 0; i < bgra.length; i += 4) {
            bgra[i] = (byte) Math.round(colour.getBlue() * 255);
            bgra[i + 1] = (byte) Math.round(colour.getGreen() * 255);
            bgra[i + 2] = (byte) Math.round(colour.getRed() * 255);
            bgra[i + 3] = (byte) 255;
        }
        return bgra;
    }
}
