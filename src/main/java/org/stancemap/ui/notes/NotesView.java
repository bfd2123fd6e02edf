package org.stancemap.ui.notes;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.io.AtomicFile;
import org.stancemap.export.NotesMarkdown;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.NoteResolution;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.ui.ExportFailures;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StudyCard;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * "My notes": every note and star on this explainer, each with a way back to what it is about,
 * notes whose target is gone from a changed explainer kept in their own section, and an export
 * to Markdown.
 */
public final class NotesView extends StudyCard {

    private final AppState state;
    private final Supplier<Window> owner;
    private final Executor background;

    public NotesView(AppState state, Supplier<Window> owner, Executor background) {
        super(state, AppState.StudyPane.NOTES, "notes-view", "notes.title");
        this.state = state;
        this.owner = owner;
        this.background = background;
        Button export = new Button(Messages.get("notes.export"), new Icon(Feather.DOWNLOAD));
        export.setId("notes-export");
        export.setOnAction(e -> chooseAndExport());
        export.disableProperty().bind(state.studyRecordProperty().isNull());
        addAction(export);
        state.studyRecordProperty().addListener((obs, was, now) -> refresh());
        visibleProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        body.getChildren().clear();
        Explainer explainer = state.getExplainer();
        StudyRecord record = state.studyRecordProperty().get();
        if (!isVisible() || explainer == null || record == null) {
            return;
        }
        if (record.notes().isEmpty()) {
            body.getChildren().add(muted(Messages.get("notes.empty")));
            return;
        }
        NoteResolution.Partition parts = NoteResolution.partition(explainer, record);
        parts.live().forEach(n -> body.getChildren().add(entry(n)));
        if (!parts.orphaned().isEmpty()) {
            Label title = new Label(Messages.get("notes.orphaned"));
            title.getStyleClass().add("section-title");
            body.getChildren().addAll(title, muted(Messages.get("notes.orphaned.why")));
            parts.orphaned().forEach(n -> body.getChildren().add(entry(n)));
        }
    }

    private VBox entry(NoteResolution.ResolvedNote resolved) {
        Label what = ScriptText.install(new Label(resolved.label()));
        what.getStyleClass().add("note-about");
        what.setWrapText(true);
        VBox box = new VBox(what);
        box.getStyleClass().addAll(Styles.CARD, "note-entry");
        if (resolved.note().starred()) {
            Label star = new Label(Messages.get("notes.starred"), org.stancemap.ui.notes.StarIcon.create(true));
            star.getStyleClass().add("note-starred-mark");
            box.getChildren().add(star);
        }
        if (resolved.note().hasText()) {
            Label text = ScriptText.install(new Label(resolved.note().text()));
            text.getStyleClass().add("note-text");
            text.setWrapText(true);
            box.getChildren().add(text);
        }
        if (!resolved.isOrphaned()) {
            Button go = new Button(Messages.get("notes.go"), new Icon(Feather.ARROW_RIGHT));
            go.getStyleClass().add("flat");
            go.setOnAction(e -> goTo(resolved));
            box.getChildren().add(new HBox(go));
        }
        return box;
    }

    private void goTo(NoteResolution.ResolvedNote resolved) {
        Explainer explainer = state.getExplainer();
        state.panels().closeStudy();
        resolved.actorId().flatMap(explainer::actor).ifPresent(state::selectActor);
        NoteTarget target = resolved.currentTarget();
        if (target.kind() == NoteTarget.Kind.QUOTE) {
            target.stanceId().flatMap(explainer::stance).flatMap(s -> s.quotes().stream()
                    .filter(q -> q.span().start() == target.quoteStart() && q.span().end() == target.quoteEnd())
                    .findFirst()).ifPresent(q -> state.showInArticle(q.span()));
        }
    }


    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("notes.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("notes.export.filter"), "*.md"));
        chooser.setInitialFileName(ExportFailures.safeFileName(state.getExplainer().id()) + "-notes.md");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Writes the notes as Markdown to {@code target}, whole or not at all, and says how it went. */
    public Task<Path> export(Path target) {
        String markdown = NotesMarkdown.render(state.getExplainer(), state.studyRecordProperty().get());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws IOException {
                AtomicFile.write(target, markdown.getBytes(StandardCharsets.UTF_8), false);
                return target;
            }
        };
        task.setOnSucceeded(e -> state.notify(Messages.format("notes.exported", target.getFileName()), false));
        task.setOnFailed(e -> state.notify(Messages.format("notes.exportFailed", target,
                ExportFailures.describe(task.getException())), true));
        background.execute(task);
        return task;
    }
}
