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
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ProposedFile;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/**
 * Saving an edited explainer: the file chooser, the question before unsaved changes are left, and
 * the write itself, which keeps the previous version beside the file as {@code NAME.bak} and
 * replaces the file atomically, so a crash mid-save loses neither.
 */
public final class DraftFiles {

    private final BiConsumer<String, Boolean> notices;
    private final Optional<Path> articleFolder;

    /** {@code notices} shows a message to the author: its text, and whether it reports a problem. */
    public DraftFiles(BiConsumer<String, Boolean> notices) {
        this(notices, Optional.empty());
    }

    /** As above, for an explainer made from an article read from {@code articleFolder}. */
    public DraftFiles(BiConsumer<String, Boolean> notices, Optional<Path> articleFolder) {
        this.notices = notices;
        this.articleFolder = articleFolder;
    }

    /**
     * Asks where to save {@code explainer}: a file saved before is proposed again; a new one is
     * named after its title, beside its article (or in the documents or home folder).
     */
    Optional<Path> chooseTarget(Window owner, Optional<Path> current, Explainer explainer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("review.saveAs.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"));
        startFolder(current).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        chooser.setInitialFileName(current.map(p -> p.getFileName().toString())
                .orElse(ProposedFile.nameFor(explainer.article().title())));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** Where the file chooser opens: the folder of {@code current}, else the article's, else documents or home. */
    Optional<Path> startFolder(Optional<Path> current) {
        Optional<Path> folder = current.map(Path::getParent).filter(Files::isDirectory);
        if (folder.isPresent()) {
            return folder;
        }
        return homeFolder().map(home -> ProposedFile.folderFor(articleFolder, home)).or(() -> articleFolder)
                .filter(Files::isDirectory);
    }

    private static Optional<Path> homeFolder() {
        try {
            return Optional.ofNullable(System.getProperty("user.home")).map(Path::of);
        } catch (SecurityException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code explainer} to {@code target}; runs {@code saved} once it is on disk and says so, or says what went wrong. */
    void save(Explainer explainer, Path target, Runnable saved) {
        try {
            boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
            write(explainer, target);
            saved.run();
            // Only a file that was there before leaves a previous version beside it.
            notices.accept(Messages.format(replacing ? "review.saved" : "review.savedNew", target.getFileName()), false);
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

    /** What the author wants done with unsaved changes before they are left behind. */
    enum Answer { SAVE, DISCARD, STAY }

    /**
     * Asks whether to save the changes to {@code title} first: Save (Enter), Don’t save (Alt+N) or
     * Cancel (Esc), each a button that the keyboard reaches too.
     */
    Answer askToSave(Window owner, String title) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("unsaved.question", title),
                save, discard, stay);
        alert.initOwner(owner);
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("unsaved.title"));
        alert.getDialogPane().setId("unsaved-dialog");
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name(alert, save, "unsaved-save", "unsaved.save.accessible");
        name(alert, discard, "unsaved-discard", "unsaved.discard.accessible");
        name(alert, stay, "unsaved-cancel", "unsaved.cancel.accessible");
        ButtonType answer = alert.showAndWait().orElse(stay);
        return answer == save ? Answer.SAVE : answer == discard ? Answer.DISCARD : Answer.STAY;
    }

    private static void name(Alert alert, ButtonType type, String id, String accessible) {
        javafx.scene.Node button = alert.getDialogPane().lookupButton(type);
        button.setId(id);
        button.setAccessibleText(Messages.get(accessible));
    }
}
