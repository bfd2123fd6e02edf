package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Words found with the quote form's Find are quoted with Q, as the Quote button says, not typed after the search. */
class FindThenQuoteUiTest extends EditorUiTestBase {

    @Test
    void qAfterACompletedFindQuotesTheFoundWords() {
        String words = explainer.stance("putin-warns-troops").orElseThrow().quotes().get(0).text();
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        waitUntil("the quote form shows", () -> byId("editor-quote-find").isVisible());
        findInArticle(words);

        type(KeyCode.Q);
        TextField speaker = (TextField) byId("editor-quote-speaker");
        waitUntil("Q puts the keyboard on the speaker of the quote", () -> fx(speaker::isFocused));
        TextField find = (TextField) byId("editor-quote-find");
        assertEquals(words, fx(find::getText), "no q is typed into the search");
        assertEquals(words, selectedWords(), "the found words stay selected for the quote");
        assertEquals("", fx(speaker::getText), "nor into the speaker");
    }

    @Test
    void aSearchBeingTypedStillTakesTheLetterQ() {
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("Ctrl+E opens the editor", () -> byId("explainer-editor") != null);
        press(KeyCode.ALT).type(KeyCode.DIGIT1).release(KeyCode.ALT);
        waitUntil("the quote form shows", () -> byId("editor-quote-find").isVisible());
        clickEditor("editor-quote-find").write("Ira").type(KeyCode.Q);
        TextField find = (TextField) byId("editor-quote-find");
        waitUntil("an unfinished search takes the q", () -> "Iraq".equals(fx(find::getText)));
    }
}
