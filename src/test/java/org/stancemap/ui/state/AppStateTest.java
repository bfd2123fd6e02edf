package org.stancemap.ui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.model.LinkKind;

/** The rules of the window's state, which the views rely on instead of setting each other's properties. */
class AppStateTest {

    private AppState state;
    private Explainer explainer;

    @BeforeEach
    void openTheBuiltInExplainer() {
        explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        state = new AppState();
        state.open(explainer, Optional.empty());
    }

    @Test
    void choosingAnActorEndsAPresentedComparison() {
        state.selectLink(explainer.links().get(0));
        state.presentComparison();
        assertTrue(state.comparisonPresentedProperty().get());

        state.selectActor(explainer.actors().get(0));

        assertNull(state.getSelectedLink());
        assertFalse(state.comparisonPresentedProperty().get(), "the comparison gives way to the actor");
    }

    @Test
    void onlyAChosenComparisonCanBePresented() {
        state.presentComparison();
        assertFalse(state.comparisonPresentedProperty().get());
    }

    @Test
    void presentingClearsTheSelectionAndTheAboutOverlayAndStaysWithinTheTour() {
        state.selectActor(explainer.actors().get(0));
        state.panels().showAbout();

        state.present(99);

        assertTrue(state.isPresenting());
        assertNull(state.getSelectedActor());
        assertFalse(state.aboutShownProperty().get());
        assertEquals(explainer.tour().size() - 1, state.tourStepProperty().get(), "a step past the end is the last");
    }

    @Test
    void stepsStayWithinTheTour() {
        state.present(0);
        state.presenter().stepBy(-1);
        assertEquals(0, state.tourStepProperty().get());
        state.presenter().goTo(explainer.tour().size());
        assertEquals(0, state.tourStepProperty().get(), "a step the tour does not have is ignored");
        state.presenter().goTo(2);
        state.presenter().stepBy(1);
        assertEquals(3, state.tourStepProperty().get());
    }

    @Test
    void aStepChosenByThePresenterClearsTheSelectionMadeDuringThePreviousOne() {
        state.present(0);
        state.selectActor(explainer.actors().get(0));

        state.goToStep(1);

        assertEquals(1, state.tourStepProperty().get());
        assertNull(state.getSelectedActor());
    }

    @Test
    void aBlankTogglesAndStoppingTakesItAndTheConsoleDown() {
        state.present(0);
        state.presenter().toggleBlank(AppState.Blank.BLACK);
        assertEquals(AppState.Blank.BLACK, state.blankProperty().get());
        state.presenter().toggleBlank(AppState.Blank.WHITE);
        assertEquals(AppState.Blank.WHITE, state.blankProperty().get());
        state.presenter().toggleBlank(AppState.Blank.WHITE);
        assertEquals(AppState.Blank.NONE, state.blankProperty().get());

        state.presenter().toggleBlank(AppState.Blank.BLACK);
        state.presenter().toggleConsole();
        state.stopPresenting();

        assertEquals(AppState.Blank.NONE, state.blankProperty().get());
        assertFalse(state.consoleShownProperty().get());
        assertFalse(state.isPresenting());
    }

    @Test
    void theKioskOpensWithoutTheArticleAndItsAttractLoopPlaysTheTourFromTheStart() {
        state.enterKiosk();
        assertTrue(state.isKiosk());
        assertFalse(state.readerShownProperty().get());
        assertTrue(state.sidePanelShownProperty().get());

        state.panels().openStudy(AppState.StudyPane.QUIZ);
        state.showInArticle(explainer.stances().get(0).quotes().get(0).span());
        state.startAttract();

        assertTrue(state.attractProperty().get());
        assertTrue(state.isPresenting());
        assertEquals(0, state.tourStepProperty().get());
        assertFalse(state.readerShownProperty().get(), "the article closes again");
        assertEquals(AppState.StudyPane.NONE, state.studyPaneProperty().get());

        state.kioskHome();
        assertFalse(state.attractProperty().get(), "a visitor's touch ends the loop");
        assertFalse(state.isPresenting());
    }

    @Test
    void openingAnotherExplainerForgetsWhatBelongedToTheOldOne() {
        state.present(3);
        state.stopPresenting();
        state.selectLink(explainer.links().get(0));
        state.selection().hover(explainer.links().get(0));
        state.panels().openStudy(AppState.StudyPane.NOTES);

        state.open(explainer, Optional.empty());

        assertEquals(0, state.tourStepProperty().get());
        assertNull(state.getSelectedLink());
        assertNull(state.hoveredLinkProperty().get());
        assertEquals(AppState.StudyPane.NONE, state.studyPaneProperty().get());
    }

    @Test
    void textSizesStayOnTheirStepsAndLinkKindsAreShownAndHidden() {
        state.preferences().setTextScale(130);
        assertEquals(100, state.textScaleProperty().get(), "a size that is not a step is ignored");
        state.preferences().stepTextScale(1);
        state.preferences().stepTextScale(1);
        assertEquals(150, state.textScaleProperty().get());
        state.preferences().resetTextScale();
        assertEquals(100, state.textScaleProperty().get());

        state.preferences().showLinkKind(LinkKind.SUPPORTS, false);
        assertFalse(state.visibleLinkKinds().contains(LinkKind.SUPPORTS));
        state.preferences().showLinkKind(LinkKind.SUPPORTS, true);
        assertTrue(state.visibleLinkKinds().contains(LinkKind.SUPPORTS));
    }
}
