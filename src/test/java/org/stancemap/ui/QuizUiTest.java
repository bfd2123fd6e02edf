package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.study.Question;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.study.QuizView;

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
        fxRun(() -> state.studyPaneProperty().set(AppState.StudyPane.QUIZ));
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
        waitUntil("the quote flashes in the article", () -> byId("flash-marker") != null);
    }

    @Test
    void answeringByKeyWithLargeTextOnASmallScreenScrollsTheVerdictAndNextIntoView() {
        projectorSizedWindow();
        fxRun(() -> {
            state.textScaleProperty().set(200);
            state.studyPaneProperty().set(AppState.StudyPane.QUIZ);
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
}
