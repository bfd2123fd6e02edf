package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import org.junit.jupiter.api.Test;
import org.stancemap.quiz.Question;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.quiz.QuizView;

/** A student answers one question right and one wrong, then follows the answer into the article. */
class QuizUiTest extends UiTestBase {

    private QuizView quiz() {
        return (QuizView) byId("quiz-view");
    }

    private Question currentQuestion() {
        return fx(() -> quiz().round().question(quiz().currentIndex()));
    }

    private String verdict() {
        return fx(() -> ((Label) byId("quiz-verdict")).getText());
    }

    @Test
    void aRightAndAWrongAnswerAreToldApartAndTheAnswerLeadsToTheArticle() {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        fxRun(() -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        waitUntil("the quiz opens", () -> byId("quiz-option-0") != null && byId("quiz-view").isVisible());
        assertEquals(10, fx(() -> quiz().round().size()), "a round has ten questions on the default explainer");

        Question first = currentQuestion();
        clickOn(byId("quiz-option-" + first.correctIndex()));
        waitUntil("a verdict shows", () -> byId("quiz-verdict") != null);
        assertTrue(verdict().startsWith("Right"), verdict());
        clickOn(byId("quiz-next"));

        Question second = currentQuestion();
        int wrong = second.correctIndex() == 0 ? 1 : 0;
        type(KeyCode.getKeyCode(Integer.toString(wrong + 1)));
        waitUntil("a verdict shows", () -> byId("quiz-verdict") != null);
        assertTrue(verdict().contains(second.correctOption().label()), "a wrong answer names the right one: " + verdict());
        assertEquals(1, fx(() -> quiz().round().score()));

        clickOn(byId("quiz-show"));
        waitUntil("the quiz gives way to the article", () -> !byId("quiz-view").isVisible());
        assertEquals(second.correctOption().actorId(), fx(() -> state.getSelectedActor().id()),
                "the answer's actor panel opens");
        // The request, not the flash marker: the marker lives 2.5 s, which a loaded machine's
        // polling can miss. ArticleReaderUiTest checks that a request makes the span flash.
        waitUntil("the article is asked to show the question's quote", () -> state.spanRequestProperty().get() != null
                && second.quote().equals(java.util.Optional.of(state.spanRequestProperty().get().span())));
    }

    @Test
    void answeringByKeyWithLargeTextOnASmallScreenScrollsTheVerdictAndNextIntoView() {
        projectorSizedWindow();
        fxRun(() -> {
            state.preferences().setTextScale(200);
            state.panels().openStudy(AppState.StudyPane.QUIZ);
        });
        waitUntil("the quiz opens", () -> byId("quiz-option-0") != null && byId("quiz-view").isVisible());
        waitForPulses(3);
        type(KeyCode.DIGIT1);
        waitUntil("a verdict shows", () -> byId("quiz-next") != null);
        waitForPulses(3);
        javafx.scene.Node next = byId("quiz-next");
        javafx.scene.Node viewport = fx(() -> byId("quiz-view").lookup(".scroll-pane > .viewport"));
        javafx.geometry.Bounds shown = fx(() -> viewport.localToScene(viewport.getLayoutBounds()));
        for (javafx.scene.Node node : java.util.List.of(next, byId("quiz-verdict"))) {
            javafx.geometry.Bounds box = fx(() -> node.localToScene(node.getBoundsInLocal()));
            assertTrue(box.getMinY() >= shown.getMinY() - 0.5 && box.getMaxY() <= shown.getMaxY() + 0.5,
                    node.getId() + " at " + box.getMinY() + "–" + box.getMaxY() + " is outside the view "
                            + shown.getMinY() + "–" + shown.getMaxY());
        }
    }

    /**
     * Every wrong answer names the right option by its number and full text (and, for "at odds" questions,
     * says why); the results open at the score, and the review shows the reader's answer beside the right one.
     */
    @Test
    void wrongAnswersNameTheRightOptionInFullAndTheReviewShowsBothAnswers() {
        fxRun(() -> state.panels().openStudy(AppState.StudyPane.QUIZ));
        waitUntil("the quiz opens", () -> byId("quiz-option-0") != null && byId("quiz-view").isVisible());
        int size = fx(() -> quiz().round().size());
        java.util.List<String> expectedYours = new java.util.ArrayList<>();
        boolean sawWhy = false;
        for (int i = 0; i < size; i++) {
            Question q = currentQuestion();
            int wrong = q.correctIndex() == 0 ? 1 : 0;
            int shownIndex = i;
            waitUntil("question " + (i + 1) + " shows", () -> fx(() -> quiz().currentIndex() == shownIndex
                    && byId("quiz-verdict") == null));
            clickOn(byId("quiz-option-" + wrong));
            waitUntil("a verdict shows", () -> byId("quiz-verdict") != null);
            org.stancemap.quiz.Option right = q.correctOption();
            String full = (q.correctIndex() + 1) + ". " + right.label() + (right.detail().isBlank() ? "" : " — " + right.detail());
            assertTrue(verdict().contains(full), "the verdict names the right option in full (" + full + "): " + verdict());
            if (!q.explanation().isBlank()) {
                assertEquals("Why: " + q.explanation(), fx(() -> ((Label) byId("quiz-explanation")).getText()));
                sawWhy = true;
            }
            org.stancemap.quiz.Option mine = q.options().get(wrong);
            expectedYours.add("Your answer: " + (wrong + 1) + ". " + mine.label());
            clickOn(byId("quiz-next"));
        }
        assertTrue(sawWhy, "a round holds questions about links, whose feedback says why");
        waitUntil("the score shows", () -> byId("quiz-score") != null);
        waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = fx(() -> (javafx.scene.control.ScrollPane) byId("quiz-view").lookup(".scroll-pane"));
        assertEquals(0.0, fx(scroll::getVvalue), 1e-9, "the results open at the top");
        javafx.scene.Node score = byId("quiz-score");
        javafx.scene.Node viewport = fx(() -> scroll.lookup(".viewport"));
        javafx.geometry.Bounds shown = fx(() -> viewport.localToScene(viewport.getLayoutBounds()));
        javafx.geometry.Bounds box = fx(() -> score.localToScene(score.getBoundsInLocal()));
        assertTrue(box.getMinY() >= shown.getMinY() - 0.5 && box.getMaxY() <= shown.getMaxY() + 0.5, "the score is in view");
        java.util.List<String> texts = fx(() -> labelTexts(byId("quiz-view")));
        for (String yours : expectedYours) {
            assertTrue(texts.stream().anyMatch(t -> t.startsWith(yours)), "the review shows " + yours + ": " + texts);
        }
        assertEquals(size, texts.stream().filter(t -> t.startsWith("Right answer: ")).count(), texts.toString());
    }

    /** Switching to the dark theme is saved, and the next start applies it, as the text size is. */
    @Test
    void theDarkThemeIsRememberedForTheNextStart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        org.stancemap.store.SettingsStore store = new org.stancemap.store.SettingsStore(dir.resolve("settings.json"));
        fxRun(() -> UserSettings.attach(store, store.load(), state, stage, Runnable::run));
        fxRun(() -> state.preferences().setDarkTheme(true));
        waitUntil("the choice is saved", () -> store.load().settings().darkTheme());
        AppState next = new AppState();
        fxRun(() -> UserSettings.attach(store, store.load(), next, stage, Runnable::run));
        assertTrue(fx(() -> next.darkThemeProperty().get()), "the next start opens dark");
        fxRun(() -> state.preferences().setDarkTheme(false));
    }
}
