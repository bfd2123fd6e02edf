package org.stancemap.ui.editor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * Saving an edited explainer: the file chooser, the question on closing with unsaved changes, and
 * the write itself, which keeps the previous version beside the file as {@code NAME.bak} and
 * replaces the file atomically, so a crash mid-save loses neither.
 */
public final class DraftFiles {

    private final BiConsumer<String, Boolean> notices;

    /** {@code notices} shows a message to the author: its text, and whether it reports a problem. */
    public DraftFiles(BiConsumer<String, Boolean> notices) {
        this.notices = notices;
    }

    Optional<Path> chooseTarget(Window owner, Optional<Path> current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("review.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"));
        current.map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(current.map(p -> p.getFileName().toString()).orElse("my-explainer.stancemap.json"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Writes {@code explainer} to {@code target}; runs {@code saved} once it is on disk, or says what went wrong. */
    void save(Explainer explainer, Path target, Runnable saved) {
        try {
            write(explainer, target);
            saved.run();
        } catch (IOException | SecurityException e) {
            notices.accept(Messages.format("review.saveFailed", target.getFileName(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), true);
        }
    }

    static void write(Explainer explainer, Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " is not a regular file");
            }
            Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
        }
        new ExplainerEncoder().write(explainer, target);
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    Optional<ButtonType> askToSave(Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("review.unsaved"),
                ButtonType.YES, ButtonType.NO, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("review.title"));
        return alert.showAndWait();
    }
}
