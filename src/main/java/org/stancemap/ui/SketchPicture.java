package org.stancemap.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.stancemap.io.BoundedFileReader;
import org.stancemap.io.LocalCopies;

/**
 * The start sketch as it was last drawn, kept as pixels in the cache folder as the app stops (a
 * start that is killed keeps none), so that the next start of the same app, on the same
 * explainer, settings and screen, shows it without drawing it. Its land is the costliest paint of
 * a start: thousands of outline points through a renderer that no code has warmed up yet
 * (bench/README.md, "Start-up: the sketch kept as a picture"). One picture is kept, the last one
 * drawn; a start that draws another replaces it.
 *
 * <p>The key names everything the picture shows that may change between starts: the app's jar,
 * the explainer (built in, or a file by its size and time of change), the text size, the theme,
 * whether the article is shown, and the language. The size of the window and its pixel scale are
 * in the file too, and a picture is only shown in a window of that size.
 */
final class SketchPicture {

    /** Up to a 4K screen's pixels; a larger window draws its sketch at every start. */
    static final long MAX_PIXELS = 3840L * 2160;
    private static final int MAGIC = 0x534d5331;
    private static final int MAX_KEY_BYTES = 4096;
    /** After the key: the window's width, height and pixel scale, then the picture's width and height in pixels. */
    private static final int SIZES = 3 * 8 + 2 * 4;
    /** The magic number, the key's length and the sizes: the header but for the key. */
    private static final int FIXED_HEADER = 4 + 4 + SIZES;

    /** A picture read back: {@code width}×{@code height} in the window's units, at {@code scale} pixels each. */
    record Picture(Image image, double width, double height, double scale) {

        boolean fits(double width, double height, double scale) {
            return this.width == width && this.height == height && this.scale == scale;
        }
    }

    private final Path file;
    private final String key;

    SketchPicture(Path file, String key) {
        this.file = file;
        this.key = key;
    }

    /**
     * The picture for this start, in {@code folder}; empty when the app does not run from a jar
     * (from a build's class folder, as in development and tests, a picture could outlive the code
     * that drew it) or the explainer file cannot be looked at.
     */
    static Optional<SketchPicture> forStart(Path folder, Optional<Path> explainerFile, double textScale, boolean dark,
                                            boolean readerShown) {
        return jarOf(SketchPicture.class).flatMap(build -> forBuild(build, folder, explainerFile, textScale, dark,
                readerShown));
    }

    /** As {@link #forStart}, for the app's build named {@code build}. */
    static Optional<SketchPicture> forBuild(String build, Path folder, Optional<Path> explainerFile, double textScale,
                                            boolean dark, boolean readerShown) {
        Optional<String> explainer = explainerFile.isEmpty() ? Optional.of("built-in") : fileStamp(explainerFile.get());
        return explainer.map(stamp -> new SketchPicture(folder.resolve("start-sketch.pixels"), "app " + build
                + "\nexplainer " + stamp + "\ntext " + textScale + "\ndark " + dark + "\narticle " + readerShown
                + "\nlanguage " + Locale.getDefault().toLanguageTag()));
    }

    /** The jar {@code type} was loaded from, by its path, size and time of change; empty when it is not a jar. */
    private static Optional<String> jarOf(Class<?> type) {
        try {
            var source = type.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            return jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar") ? fileStamp(jar)
                    : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> fileStamp(Path file) {
        try {
            BasicFileAttributes attributes = BoundedFileReader.regularFileAttributes(file);
            return Optional.of(file.toAbsolutePath() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The picture kept for this key, or empty: none, another key's, or a file that is not a whole
     * picture (cut short, too large, not a regular file), which is then drawn anew and replaced.
     */
    Optional<Picture> read() {
        try {
            byte[] bytes = BoundedFileReader.readRegularFile(file, FIXED_HEADER + MAX_KEY_BYTES + MAX_PIXELS * 4);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (bytes.length < FIXED_HEADER || in.getInt() != MAGIC) {
                return Optional.empty();
            }
            int keyLength = in.getInt();
            if (keyLength < 0 || keyLength > MAX_KEY_BYTES || keyLength > in.remaining()) {
                return Optional.empty();
            }
            String kept = new String(bytes, in.position(), keyLength, StandardCharsets.UTF_8);
            in.position(in.position() + keyLength);
            if (!kept.equals(key) || in.remaining() < SIZES) {
                return Optional.empty();
            }
            double width = in.getDouble();
            double height = in.getDouble();
            double scale = in.getDouble();
            int pixelWidth = in.getInt();
            int pixelHeight = in.getInt();
            if (pixelWidth <= 0 || pixelHeight <= 0 || (long) pixelWidth * pixelHeight > MAX_PIXELS
                    || in.remaining() != (long) pixelWidth * pixelHeight * 4
                    || !(width > 0 && height > 0 && scale > 0)) {
                return Optional.empty();
            }
            WritableImage image = new WritableImage(pixelWidth, pixelHeight);
            image.getPixelWriter().setPixels(0, 0, pixelWidth, pixelHeight, PixelFormat.getByteBgraPreInstance(),
                    bytes, in.position(), pixelWidth * 4);
            return Optional.of(new Picture(image, width, height, scale));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes {@code canvas}'s pixels at {@code scale} (on the FX thread) and writes them on
     * {@code writing}; a window larger than {@link #MAX_PIXELS} keeps nothing.
     */
    void keep(Canvas canvas, double scale, Color background, Executor writing) {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        int pixelWidth = (int) Math.ceil(width * scale);
        int pixelHeight = (int) Math.ceil(height * scale);
        if (pixelWidth <= 0 || pixelHeight <= 0 || (long) pixelWidth * pixelHeight > MAX_PIXELS) {
            return;
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        parameters.setFill(background);
        WritableImage shot = canvas.snapshot(parameters, new WritableImage(pixelWidth, pixelHeight));
        byte[] pixels = new byte[pixelWidth * pixelHeight * 4];
        shot.getPixelReader().getPixels(0, 0, pixelWidth, pixelHeight, PixelFormat.getByteBgraPreInstance(), pixels, 0,
                pixelWidth * 4);
        writing.execute(() -> {
            try {
                write(width, height, scale, pixelWidth, pixelHeight, pixels);
            } catch (IOException | RuntimeException e) {
                // A copy to save time, nothing more: the next start draws the sketch as this one did.
            }
        });
    }

    /** Writes a picture whole to a file of its own, then moves it into place: a kill never leaves half of one. */
    void write(double width, double height, double scale, int pixelWidth, int pixelHeight, byte[] pixels)
            throws IOException {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length > MAX_KEY_BYTES || pixels.length != pixelWidth * pixelHeight * 4) {
            return;
        }
        ByteBuffer header = ByteBuffer.allocate(FIXED_HEADER + keyBytes.length);
        header.putInt(MAGIC).putInt(keyBytes.length).put(keyBytes)
                .putDouble(width).putDouble(height).putDouble(scale).putInt(pixelWidth).putInt(pixelHeight);
        LocalCopies.writeWhole(file, header.array(), pixels);
    }
}
