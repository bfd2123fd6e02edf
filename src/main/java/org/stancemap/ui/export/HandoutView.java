package org.stancemap.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.export.HandoutNote;
import org.stancemap.export.HandoutOptions;
import org.stancemap.export.HandoutWriter;
import org.stancemap.export.PaperSize;
import org.stancemap.export.PngWriter;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.NoteResolution;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.ui.ExportFailures;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StudyCard;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.Styles;

/**
 * Makes the printable handout: paper size, whether to add the reader's notes, then a file to save
 * to. The handout is made in the background with a progress bar; the map in it is the view on
 * screen. A failure says why and leaves no file behind.
 */
public final class HandoutView extends StudyCard {

    private final AppState state;
    private final WorldOutline world;
    private final MapPictures pictures;
    private final Supplier<Window> owner;
    private final Executor background;
    private final ToggleGroup paper = new ToggleGroup();
    private final CheckBox withNotes = new CheckBox(Messages.get("handout.notes"));
    private final CheckBox withQuestions = new CheckBox(Messages.format("handout.questions",
            HandoutOptions.DEFAULT_QUESTIONS));
    private final CheckBox withAnswers = new CheckBox(Messages.get("handout.answers"));
    private final CheckBox withArticle = new CheckBox(Messages.get("handout.article"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Button export = new Button(Messages.get("handout.export"), new Icon(Feather.FILE_TEXT));

    public HandoutView(AppState state, WorldOutline world, MapPictures pictures, Supplier<Window> owner,
                       Executor background) {
        super(state, AppState.StudyPane.HANDOUT, "handout-view", "handout.title");
        this.state = state;
        this.world = world;
        this.pictures = pictures;
        this.owner = owner;
        this.background = background;
        Label what = new Label(Messages.get("handout.what"));
        what.setWrapText(true);
        what.getStyleClass().add(Styles.MUTED);
        RadioButton a4 = new RadioButton(Messages.get("handout.a4"));
        a4.setId("handout-a4");
        a4.setUserData(PaperSize.A4);
        a4.setToggleGroup(paper);
        RadioButton letter = new RadioButton(Messages.get("handout.letter"));
        letter.setId("handout-letter");
        letter.setUserData(PaperSize.LETTER);
        letter.setToggleGroup(paper);
        paper.selectToggle(java.util.Locale.getDefault().getCountry().matches("US|CA|MX|PH") ? letter : a4);
        withNotes.setId("handout-notes");
        withNotes.disableProperty().bind(state.studyRecordProperty().isNull());
        withQuestions.setId("handout-questions");
        withQuestions.setSelected(true);
        withAnswers.setId("handout-answers");
        withAnswers.setSelected(true);
        withAnswers.disableProperty().bind(withQuestions.selectedProperty().not());
        withArticle.setId("handout-article");
        progress.setId("handout-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        export.setId("handout-export");
        export.getStyleClass().add("accent");
        export.setDefaultButton(true);
        export.setOnAction(e -> chooseAndExport());
        Label paperTitle = new Label(Messages.get("handout.paper"));
        paperTitle.getStyleClass().add("section-title");
        Label includeTitle = new Label(Messages.get("handout.include"));
        includeTitle.getStyleClass().add("section-title");
        VBox include = new VBox(withQuestions, withAnswers, withArticle, withNotes);
        HBox paper = new HBox(a4, letter);
        VBox exporting = new VBox(export, progress);
        include.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_8);
        paper.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_16);
        exporting.getStyleClass().add(org.stancemap.ui.theme.Styles.GAP_8);
        body.getChildren().addAll(what, paperTitle, paper, includeTitle, include, exporting);
        fitHeightToContent(380);
    }

    @Override
    protected void focusFirst() {
        export.requestFocus();
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("handout.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("handout.filter"), "*.pdf"));
        chooser.setInitialFileName(ExportFailures.safeFileName(state.getExplainer().id()) + "-handout.pdf");
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            export(file.toPath());
        }
    }

    /** Makes the handout as {@code target} in the background; the window says when it is done or why not. */
    public Task<HandoutWriter.Written> export(Path target) {
        Explainer explainer = state.getExplainer();
        HandoutOptions options = HandoutOptions.of((PaperSize) paper.getSelectedToggle().getUserData())
                .withNotes(withNotes.isSelected() ? notes(explainer, state.studyRecordProperty().get()) : List.of())
                .withQuestions(withQuestions.isSelected() ? HandoutOptions.DEFAULT_QUESTIONS : 0)
                .withAnswerKey(withQuestions.isSelected() && withAnswers.isSelected())
                .withNumberedArticle(withArticle.isSelected())
                // The map is a picture of the screen: the names' marks take the colours it shows.
                .withColours(state.paletteOf(explainer));
        var image = pictures.snapshot();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = MapPictures.pixels(image);
        Task<HandoutWriter.Written> task = new Task<>() {
            @Override
            protected HandoutWriter.Written call() throws Exception {
                HandoutOptions withMap = options.withMapPicture(PngWriter.encode(argb, width, height));
                return new HandoutWriter(world).write(explainer, withMap, target, p -> updateProgress(p, 1));
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        export.setDisable(true);
        task.setOnSucceeded(e -> {
            finish();
            HandoutWriter.Written written = task.getValue();
            state.notify(Messages.format("handout.saved", written.file().getFileName(), written.pages()), false);
        });
        task.setOnFailed(e -> {
            finish();
            state.notify(Messages.format("handout.failed", ExportFailures.describe(task.getException())), true);
        });
        background.execute(task);
        return task;
    }

    private void finish() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        export.setDisable(false);
    }

    static List<HandoutNote> notes(Explainer explainer, StudyRecord record) {
        if (record == null) {
            return List.of();
        }
        NoteResolution.Partition parts = NoteResolution.partition(explainer, record);
        return java.util.stream.Stream.concat(parts.live().stream(), parts.orphaned().stream())
                .map(n -> new HandoutNote(n.label(), n.note().text(), n.note().starred()))
                .toList();
    }
}
