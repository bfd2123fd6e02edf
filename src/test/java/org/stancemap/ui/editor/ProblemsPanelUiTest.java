package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.stancemap.edit.Checkup;
import org.stancemap.edit.TextCorrection;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;
import org.stancemap.ui.UiTestBase;

/**
 * The problems panel follows every edit: a correction of the article that loses a quote's words
 * shows at once as an error naming the speaker and the paragraph; Enter on it shows the speaker
 * and the words in the article; undo clears it.
 */
class ProblemsPanelUiTest extends UiTestBase {

    @Test
    void aLostQuoteIsListedLiveAndEnterGoesToIt() {
        DraftReviewPane review = fx(() -> view.drafting().review(explainer, Optional.empty()));
        waitUntil("the built-in explainer is checked", () -> summary() != null
                && (summary().getText().equals(Messages.get("problems.none")) || summary().getText().contains("no errors")));
        Stance stance = explainer.stances().get(2);
        Quote quote = stance.quotes().get(0);
        String text = explainer.article().text();
        int at = text.indexOf(quote.text());
        fxRun(() -> review.history().apply(new TextCorrection(text.substring(0, at) + "X" + text.substring(at + 1))));
        waitUntil("the lost quote is listed", () -> problems().getItems().stream().anyMatch(Checkup.Finding::error));
        assertTrue(summary().getText().contains("2 errors"), summary().getText());
        List<String> lines = fx(() -> problems().lookupAll(".problem-cell").stream()
                .map(javafx.scene.Node::getAccessibleText).filter(t -> t != null).toList());
        String name = explainer.actor(stance.actorId()).orElseThrow().name();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(Messages.get("problems.error") + ": " + name
                + "’s position") && l.contains("(¶1)")
                && l.contains("The quote text is not exactly what the article says")), lines::toString);
        assertTrue(labelTexts(problems()).contains(Messages.get("problems.error")), "the severity is a word");

        fxRun(() -> {
            problems().requestFocus();
            problems().getSelectionModel().select(
                    problems().getItems().stream().filter(f -> f.part() == Checkup.Part.STANCE).findFirst().orElseThrow());
        });
        type(KeyCode.ENTER);
        waitUntil("the speaker is selected", () -> state.getSelectedActor() != null
                && state.getSelectedActor().id().equals(stance.actorId()));
        assertEquals(quote.span().start(), fx(() -> state.spanRequestProperty().get().span().start()),
                "the article is asked to show the quote's place");

        fxRun(() -> review.history().undo());
        waitUntil("undo clears the problems", () -> problems().getItems().stream().noneMatch(Checkup.Finding::error));
    }

    private Label summary() {
        return (Label) byId("problems-summary");
    }

    @SuppressWarnings("unchecked")
    private ListView<Checkup.Finding> problems() {
        return (ListView<Checkup.Finding>) byId("problems-list");
    }
}
