package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;

/**
 * The tour's steps reordered by dragging and previewed as the class will see them, steps made from
 * what the map shows, and links made by choosing two actors on the map, with evidence selected in
 * the article.
 */
class TourAndLinksOnMapUiTest extends EditorUiTestBase {

    @Test
    void aStepDraggedOntoAnotherTakesItsPlaceAndOneUndoPutsItBack() {
        openEditorOn(KeyCode.DIGIT5, "editor-tour-list");
        List<String> before = titles();
        drag(stepCell(0), MouseButton.PRIMARY).moveTo(stepCell(2)).release(MouseButton.PRIMARY);
        waitUntil("the first step lands third", () -> titles().get(2).equals(before.get(0)));
        assertEquals(List.of(before.get(1), before.get(2), before.get(0)), titles().subList(0, 3));
        assertEquals(before.subList(3, before.size()), titles().subList(3, before.size()), "the rest stay in order");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil("one Ctrl+Z restores the order", () -> titles().equals(before));
    }

    @Test
    void previewShowsTheChosenStepAsTheTourDoesAndEscComesBackToTheEditor() {
        openEditorOn(KeyCode.DIGIT5, "editor-tour-list");
        clickOn(stepCell(0));
        type(KeyCode.DOWN, 3);
        waitUntil("step 4 is chosen", () -> tourList().getSelectionModel().getSelectedIndex() == 3);
        clickEditor("editor-tour-preview");
        waitUntil("the tour plays from that step", () -> state.isPresenting() && state.tourStepProperty().get() == 3);
        assertTrue(fx(() -> byId("explainer-editor") == null || !byId("explainer-editor").isVisible()),
                "the audience's view has no editor in it");
        assertNoBadgeTakesTheFocus();
        type(KeyCode.ESCAPE);
        waitUntil("Esc comes back to the editor", () -> !state.isPresenting() && byId("explainer-editor") != null
                && byId("explainer-editor").isVisible());
        waitUntil("on the same step, with the keyboard in the list", () -> tourList().isFocused()
                && tourList().getSelectionModel().getSelectedIndex() == 3);
    }

    @Test
    void shiftF5FromTheStepsListPresentsTheChosenStepWithNoBadgeFocused() {
        openEditorOn(KeyCode.DIGIT5, "editor-tour-list");
        clickOn(stepCell(0));
        type(KeyCode.DOWN, 8);
        waitUntil("step 9 is chosen", () -> tourList().getSelectionModel().getSelectedIndex() == 8);
        press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        waitUntil("the tour plays from that step", () -> state.isPresenting() && state.tourStepProperty().get() == 8);
        assertNoBadgeTakesTheFocus();
    }

    @Test
    void aStepFromTheCurrentViewRecordsTheChosenActorOrTheChosenLinkWithItsActors() {
        openEditorOn(KeyCode.DIGIT5, "editor-tour-list");
        int steps = explainer.tour().size();
        clickBadge("rutte");
        clickEditor("editor-tour-add");
        waitUntil("a step is added", () -> state.getExplainer().tour().size() == steps + 1);
        TourStep rutte = fx(() -> state.getExplainer().tour().get(steps));
        assertEquals(List.of("rutte"), rutte.actorIds(), "the chosen actor is the step's focus");
        assertTrue(!rutte.caption().isBlank(), "a step always says something");

        Link link = explainer.links().get(0);
        fxRun(() -> state.selectLink(state.getExplainer().link(link.id()).orElseThrow()));
        clickEditor("editor-tour-add");
        waitUntil("another step is added", () -> state.getExplainer().tour().size() == steps + 2);
        TourStep linked = fx(() -> state.getExplainer().tour().get(steps + 1));
        assertEquals(List.of(link.id()), linked.linkIds(), "the chosen link is in the step");
        assertEquals(List.of(explainer.holderOf(link.fromStanceId()).orElseThrow().id(),
                explainer.holderOf(link.toStanceId()).orElseThrow().id()), linked.actorIds(), "with both its actors");
    }

    @Test
    void twoActorsPickedOnTheMapStartALinkThatRTurnsRound() {
        openEditorOn(KeyCode.DIGIT4, "editor-link-list");
        press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil("picking asks for the first actor", () -> byId("editor-link-pick-hint").isVisible());
        Stance starmers = explainer.stancesOf("starmer").get(0);
        Stance zelenskys = explainer.stancesOf("zelensky").get(0);
        clickBadge("starmer");
        waitUntil("the first actor's position shows at once", () -> starmers.id().equals(linkFromId()) && linkToId() == null);
        clickBadge("zelensky");
        waitUntil("the form holds the two positions, first to second", () -> starmers.id().equals(linkFromId())
                && zelenskys.id().equals(linkToId()));
        assertTrue(fx(() -> byId("editor-link-kind").isFocused()), "the keyboard is on the kind of link");
        type(KeyCode.R);
        waitUntil("R turns the link round", () -> zelenskys.id().equals(linkFromId()) && starmers.id().equals(linkToId()));
    }

    @Test
    void wordsSelectedInTheArticleJoinALinksEvidenceOnceAndItsQuotesParagraphsAreOffered() {
        // Words the link does not cite yet (another of Putin's statements), selected in the article
        // with the quote form's Find: the keyboard's way, and free of the reader scrolling under a drag.
        String words = explainer.stance("putin-warns-troops").orElseThrow().quotes().get(0).text();
        openEditorOn(KeyCode.DIGIT1, "editor-quote-find");
        findInArticle(words);
        press(KeyCode.ALT).type(KeyCode.DIGIT4).release(KeyCode.ALT);
        waitUntil("the links show", () -> byId("editor-link-list").isVisible());
        Link link = explainer.links().get(0);
        @SuppressWarnings("unchecked")
        ListView<Link> links = (ListView<Link>) byId("editor-link-list");
        fxRun(() -> links.getSelectionModel().select(state.getExplainer().link(link.id()).orElseThrow()));
        int paragraph = fx(() -> state.getExplainer().article().paragraphNumberAt(
                state.getExplainer().stance(link.fromStanceId()).orElseThrow().quotes().get(0).span().start()));
        waitUntil("the paragraphs of both quotes are offered", () -> byId("editor-link-cite-" + paragraph) != null);
        int selStart = fx(() -> state.articleSelectionProperty().get().start());
        int selEnd = fx(() -> state.articleSelectionProperty().get().end());
        clickEditor("editor-link-evidence-add");
        clickEditor("editor-link-cite-" + paragraph);
        clickEditor("editor-link-apply");
        waitUntil("the link's evidence is the selected words", () -> {
            Link now = state.getExplainer().link(link.id()).orElseThrow();
            return now.evidence().size() == link.evidence().size() + 1
                    && now.evidence().stream().anyMatch(e -> e.start() == selStart && e.end() == selEnd);
        });
        Link now = fx(() -> state.getExplainer().link(link.id()).orElseThrow());
        assertEquals(words, now.evidence().get(now.evidence().size() - 1).text(), "the article's exact characters");
        assertEquals(link.evidence(), now.evidence().subList(0, link.evidence().size()), "added to what it cited");

        // The same words twice are refused, with the reason.
        clickEditor("editor-link-evidence-add");
        waitUntil("the same words again are refused", () -> state.noticeProperty().get() != null
                && state.noticeProperty().get().problem()
                && state.noticeProperty().get().text().equals(org.stancemap.ui.Messages.get("editor.link.refused.sameEvidence")));
        assertTrue(now.explanation().endsWith("(¶" + paragraph + ")"), "the paragraph is cited: " + now.explanation());
        clickOn("#editor-undo");
        waitUntil("Undo brings the old evidence back", () -> state.getExplainer().link(link.id()).orElseThrow()
                .evidence().equals(link.evidence()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The list the keyboard was in has gone with the editor: the focus must not fall to the first
     * badge, whose ring and role line would show to the class as if the step were about it.
     */
    private void assertNoBadgeTakesTheFocus() {
        waitForPulses(2);
        Node focused = fx(() -> stage.getScene().getFocusOwner());
        assertTrue(fx(() -> focused == null || !focused.getStyleClass().contains("actor-badge")),
                "no badge takes the keyboard's focus in the tour: " + focused);
        assertTrue(fx(() -> view.map().lookupAll(".badge-role").stream().noneMatch(Node::isVisible)),
                "no role line shows under a badge nobody chose");
    }

    private void openEditorOn(KeyCode tab, String shownId) {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(tab).release(KeyCode.ALT);
        waitUntil("the tab shows", () -> byId(shownId).isVisible());
        waitForPulses(3);
    }

    @SuppressWarnings("unchecked")
    private ListView<TourStep> tourList() {
        return (ListView<TourStep>) byId("editor-tour-list");
    }

    private List<String> titles() {
        return fx(() -> state.getExplainer().tour().stream().map(TourStep::title).toList());
    }

    private Node stepCell(int index) {
        ListView<TourStep> list = tourList();
        return fx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == index && !cell.isEmpty() && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no row for step " + (index + 1))));
    }


}
