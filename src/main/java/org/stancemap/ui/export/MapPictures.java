package org.stancemap.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.export.PngWriter;
import org.stancemap.io.AtomicFile;
import org.stancemap.ui.ExportFailures;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * Pictures of the map as it is on screen, at twice its size so they stay sharp in a document or
 * on a slide: saved as PNG (encoded off the FX thread, written whole or not at all) or copied.
 */
public final class MapPictures {

    public static final double SCALE = 2;

    private final Supplier<Node> map;
    private final AppState state;
    private final Supplier<Window> owner;
    private final Executor background;

    public MapPictures(Supplier<Node> map, AppState state, Supplier<Window> owner, Executor background) {
        this.map = map;
        this.state = state;
        this.owner = owner;
        this.background = background;
    }

    /**
     * The map at {@link #SCALE} times its size on screen, without the zoom buttons and the hint
     * (the stylesheet hides them while the {@code :picture} pseudo-class is on); the legend stays.
     */
    public WritableImage snapshot() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        Node node = map.get();
        node.pseudoClassStateChanged(PICTURE, true);
        try {
            return node.snapshot(parameters, null);
        } finally {
            node.pseudoClassStateChanged(PICTURE, false);
        }
    }

    private static final javafx.css.PseudoClass PICTURE = javafx.css.PseudoClass.getPseudoClass("picture");

    public static int[] pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    public void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putImage(snapshot());
        Clipboard.getSystemClipboard().setContent(content);
        state.notify(Messages.get("picture.copied"), false);
    }

    public void chooseAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("picture.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("picture.filter"), "*.png"));
        chooser.setInitialFileName(baseName() + "-map.png");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            save(file.toPath());
        }
    }

    /** Saves the current view as a PNG at {@code target}; says when it is done or why it failed. */
    public Task<Path> save(Path target) {
        WritableImage image = snapshot();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = pixels(image);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                AtomicFile.write(target, PngWriter.encode(argb, width, height), false);
                return target;
            }
        };
        task.setOnSucceeded(e -> state.notify(Messages.format("picture.saved", target.getFileName(), width, height),
                false));
        task.setOnFailed(e -> state.notify(Messages.format("picture.failed", target,
                ExportFailures.describe(task.getException())), true));
        background.execute(task);
        return task;
    }

    private String baseName() {
        return state.getExplainer() == null ? "stancemap" : ExportFailures.safeFileName(state.getExplainer().id());
    }
}
