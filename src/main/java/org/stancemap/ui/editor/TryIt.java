package org.stancemap.ui.editor;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.stancemap.ui.Messages;
import org.stancemap.ui.state.AppState;

/**
 * "Try it": the explainer being edited as its readers will meet it — on the whole map, as the
 * tour, or as the quiz — and back to the editor where it was, with the same suggestion chosen.
 * The review pane itself is kept, only taken off the screen, so nothing in it is lost.
 */
final class TryIt {

    static final KeyCombination ON_MAP = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AppState state;
    private final DraftReviewPane pane;
    private final Consumer<Node> dock;
    private final VBox back;
    private final ChangeListener<Boolean> afterTour;
    private final ChangeListener<AppState.StudyPane> afterQuiz;
    /** True while this review is off screen for a try; only then does the end of a try bring it back. */
    private boolean away;

    TryIt(AppState state, DraftReviewPane pane, Consumer<Node> dock) {
        this.state = state;
        this.pane = pane;
        this.dock = dock;
        Button backButton = EditorButtons.make("try-back", "try.back", "Esc", this::backToEditor);
        backButton.getStyleClass().add("accent");
        back = new VBox(backButton);
        back.setId("try-back-strip");
        back.getStyleClass().add("try-back-strip");
        back.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                backToEditor();
                e.consume();
            }
        });
        // The tour takes the whole screen: the editor steps aside while it plays, from here or by F5.
        afterTour = (obs, was, now) -> {
            if (now) {
                stepAside();
            } else if (away) {
                backToEditor();
            }
        };
        // So does the quiz, which covers the window: the keyboard must not stay in the editor under it.
        afterQuiz = (obs, was, now) -> {
            if (now == AppState.StudyPane.QUIZ) {
                if (pane.getScene() != null) {
                    pane.getScene().getRoot().requestFocus();
                }
                stepAside();
            } else if (now == AppState.StudyPane.NONE && was == AppState.StudyPane.QUIZ && away) {
                backToEditor();
            }
        };
    }

    /** Starts following the tour and the quiz while {@code pane} is the editor on screen. */
    void attach() {
        state.presentingProperty().addListener(afterTour);
        state.studyPaneProperty().addListener(afterQuiz);
    }

    void detach() {
        state.presentingProperty().removeListener(afterTour);
        state.studyPaneProperty().removeListener(afterQuiz);
    }

    MenuButton button() {
        MenuItem map = item("try-map", "try.map", this::onMap);
        map.setAccelerator(ON_MAP);
        MenuItem tour = item("try-tour", "try.tour", () -> state.present(0));
        tour.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        tour.disableProperty().bind(state.explainerProperty().map(e -> e.tour().isEmpty()).orElse(true));
        MenuItem quiz = item("try-quiz", "try.quiz", () -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        quiz.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        MenuButton button = new MenuButton(Messages.get("try.button"), null, map, tour, quiz);
        button.setId("try-it");
        button.setAccessibleText(Messages.get("try.button"));
        org.stancemap.ui.Hints.set(button, Messages.get("try.hint"));
        return button;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Takes the review off screen, if it is on screen (another editor may have taken its place). */
    private void stepAside() {
        if (pane.getScene() != null || back.getScene() != null) {
            away = true;
            dock.accept(null);
        }
    }

    /** The whole map, with only a way back beside it. */
    void onMap() {
        state.clearSelection();
        away = true;
        dock.accept(back);
        Platform.runLater(() -> back.getChildren().get(0).requestFocus());
    }

    /** The editor again, where it was. */
    void backToEditor() {
        if (state.isPresenting()) {
            state.stopPresenting();
            return; // the tour's end brings the editor back
        }
        away = false;
        dock.accept(pane);
        pane.resume();
    }
}
