package org.stancemap.ui;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.stage.Screen;
import org.stancemap.layout.MapLayout;
import org.stancemap.layout.MapProjection;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.map.MapSketch;
import org.stancemap.ui.theme.Palette;
import org.stancemap.ui.theme.Theme;

/**
 * The window's first frame: a picture of the window as it is about to be, painted on one canvas.
 * The header with the headline, the map with every actor in its place, and the side panel and the
 * article as empty areas. Styling and laying out the live window's controls takes a fresh JVM about a
 * second; this shows the explainer in a fraction of that, and the live window then takes its place.
 */
final class StartSketch extends Pane {

    /** The article's share of the window below the header, as the live window starts. */
    static final double READER_SHARE = 0.26;

    private final Canvas canvas = new Canvas();
    private final Explainer explainer;
    /** The picture the last start kept of this sketch, read on another thread; empty if there is none. */
    private final CompletableFuture<Optional<SketchPicture.Picture>> kept;
    /** The map, its fonts loaded, names measured and laid out for the screen's size, on another thread. */
    private final CompletableFuture<MapSketch> prepared;
    private final Optional<SketchPicture> picture;
    private MapSketch map;
    /** Whether the canvas shows the kept picture, which then need not be kept again. */
    private boolean fromPicture;
    /** The window's pixel scale when the sketch was on screen; 0 until then, and after it is kept. */
    private double shownScale;
    private final double textScale;
    private final boolean readerShown;
    private final Palette palette;

    /** The sketch of the window with {@code explainer} on {@code world}'s land, prepared on this thread. */
    StartSketch(Explainer explainer, WorldOutline world, double textScale, boolean dark, boolean readerShown) {
        this(MapLayout.of(explainer, new MapProjection(), world), world, textScale, dark, readerShown, Runnable::run,
                Optional.empty());
    }

    /**
     * The sketch of the window with {@code layout}'s explainer on {@code world}'s land. Its map is
     * prepared on {@code preparing} while this thread makes and shows the window, which measures
     * and draws no text: the sketch's two fonts loaded, every name measured in them and the map
     * laid out for a window the screen's size. A fresh JVM takes a hundred milliseconds or so over
     * that, the first time any of it runs; the first paint then takes what is ready. When
     * {@code picture} holds a picture of this very sketch, kept by an earlier start, that picture is
     * shown instead.
     */
    StartSketch(MapLayout layout, WorldOutline world, double textScale, boolean dark, boolean readerShown,
                Executor preparing, Optional<SketchPicture> picture) {
        this.explainer = layout.explainer();
        this.textScale = textScale;
        this.readerShown = readerShown;
        this.palette = Palette.of(dark);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        MapArea area = mapArea(screen.getWidth(), screen.getHeight());
        this.picture = picture;
        this.kept = picture.isPresent() ? CompletableFuture.supplyAsync(() -> picture.get().read(), preparing)
                : CompletableFuture.completedFuture(Optional.empty());
        // Prepared even when a picture is shown: the live window loads the same fonts and measures
        // the same names, and finds them loaded and the code warm (with the picture alone, the live
        // window came half as much sooner: bench/README.md, "Start-up: the sketch kept as a picture").
        this.prepared = CompletableFuture.supplyAsync(() -> {
            Theme.loadSketchFonts();
            MapSketch sketch = new MapSketch(layout, world, textScale, palette);
            sketch.layout(area.width(), area.height());
            return sketch;
        }, preparing);
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Messages.format("start.sketch", explainer.article().title()));
    }

    /**
     * Shows the sketch in {@code stage} by {@code show}, and once it is on screen runs
     * {@code drawn} (the smoke run prints the time there) and then {@code then}.
     */
    void showIn(javafx.stage.Stage stage, Runnable show, Runnable drawn, Runnable then) {
        // Sized as the window will be, so that it is painted once at the right size.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(this, screen.getWidth(), screen.getHeight(), Palette.color(palette.bg()));
        stage.setScene(scene);
        stage.setTitle(Messages.format("window.title", explainer.article().title()));
        show.run();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                pulses++;
                if (pulses == 3) {
                    // The sketch was handed to the renderer at the second pulse. A change now makes
                    // this pulse wait for that frame to be painted; with software rendering the
                    // painted frame then reaches the window through the FX thread's queue.
                    GraphicsContext g = canvas.getGraphicsContext2D();
                    g.setFill(Palette.color(palette.bg()));
                    g.fillRect(0, 0, 1, 1);
                } else if (pulses == 4) {
                    stop();
                    shownScale = outputScale();
                    // Queued behind that frame, so it is on screen before the thread gets busy.
                    javafx.application.Platform.runLater(() -> {
                        drawn.run();
                        then.run();
                    });
                }
            }
        }.start();
    }

    /**
     * Painted at layout, once a pulse: a window manager resizes a new window several times before
     * it settles, and each paint costs tens of milliseconds in a JVM that has not warmed up.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width > 0 && height > 0 && (width != canvas.getWidth() || height != canvas.getHeight())) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            paint(width, height);
        }
    }

    /** The map's part of a {@code width}×{@code height} window, as the live window starts. */
    private record MapArea(double width, double height, double header, double side, double reader) {
    }

    private MapArea mapArea(double width, double height) {
        double header = headerHeight(textScale);
        double side = MainView.sidePanelWidth(width, textScale, false);
        double reader = readerShown ? Math.round((height - header) * READER_SHARE) : 0;
        return new MapArea(width - side, height - header - reader, header, side, reader);
    }

    private void paint(double width, double height) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Optional<SketchPicture.Picture> found = kept.join();
        fromPicture = found.isPresent() && found.get().fits(width, height, outputScale());
        if (fromPicture) {
            g.drawImage(found.get().image(), 0, 0, width, height);
            return;
        }
        if (map == null) {
            map = prepared.join();
        }
        // Cleared, not filled: the map's sea and the areas around it cover the whole canvas.
        g.clearRect(0, 0, width, height);
        MapArea area = mapArea(width, height);
        double header = area.header();
        double side = area.side();
        double reader = area.reader();
        double mapWidth = area.width();
        double mapHeight = area.height();

        // The map first, unclipped: what spills out of its box is painted over by the areas around it.
        g.save();
        g.translate(0, header);
        map.paint(g, mapWidth, mapHeight);
        g.restore();
        g.setFill(Palette.color(palette.bg()));
        g.fillRect(0, 0, width, header);
        g.fillRect(0, header + mapHeight, width, height - header - mapHeight);
        paintHeader(g, width, header);
        g.setFill(Palette.color(palette.bgSubtle()));
        g.fillRect(mapWidth, header, side, mapHeight);
        g.setFill(Palette.color(palette.border()));
        g.fillRect(mapWidth, header, 1, mapHeight);
        if (reader > 0) {
            g.fillRect(0, header + mapHeight, width, 1);
        }
    }

    /**
     * Keeps the sketch as it was on screen as the picture the next start shows, written on
     * {@code writing}; once, and only when it was drawn rather than shown from a picture. The app
     * calls it as it stops, so that it never holds up the live window.
     */
    void keepPicture(Executor writing) {
        if (hasPictureToKeep()) {
            picture.get().keep(canvas, shownScale, Palette.color(palette.bg()), writing);
        }
        shownScale = 0;
    }

    /** Whether {@link #keepPicture} has something to keep: a sketch drawn, on screen, not kept yet. */
    boolean hasPictureToKeep() {
        return shownScale > 0 && !fromPicture && picture.isPresent();
    }

    /** Pixels per unit of the window's size: 1, or more on a high-density screen. */
    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    /** The live header's height: its padding stays, its controls grow with the text (53 px at 100 %, 71 at 150 %). */
    static double headerHeight(double textScale) {
        return Math.round(17 + 36 * textScale);
    }

    /** The app's name and the headline, where the live header puts them. */
    private void paintHeader(GraphicsContext g, double width, double height) {
        g.setFill(Palette.color(palette.border()));
        g.fillRect(0, height - 1, width, 1);
        double size = 16 * textScale;
        Font brand = Font.font("Inter", FontWeight.BOLD, size);
        Font title = Font.font("Inter Semi Bold", size);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Palette.color(palette.fg()));
        g.setFont(brand);
        String name = Messages.get("app.name");
        double x = 14 + 24 * textScale;
        g.fillText(name, x, height * 0.5);
        x += MapSketch.widthOf(name, brand) + 24 * textScale;
        g.setFont(title);
        // The live header has the source line under the headline.
        g.fillText(fitted(explainer.article().title(), title, width * 0.45 - x), x, height * 0.36);
    }

    /** The text, cut with an ellipsis to fit {@code room}. */
    private static String fitted(String text, Font font, double room) {
        if (MapSketch.widthOf(text, font) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && MapSketch.widthOf(text.substring(0, end) + "…", font) > room) {
            end = Math.max(1, end - Math.max(1, (end / 8)));
        }
        return text.substring(0, end).strip() + "…";
    }
}
