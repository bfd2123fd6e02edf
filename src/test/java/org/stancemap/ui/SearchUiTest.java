package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.ui.glossary.GlossaryMarks;

/** The one search box over everything, and glossary terms marked in the article. */
class SearchUiTest extends UiTestBase {

    private ListView<?> results() {
        return (ListView<?>) fx(() -> javafx.stage.Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup("#search-suggestions"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    private void search(String text) {
        type(KeyCode.SLASH);
        waitUntil("the search field has focus", () -> byId("actor-search").isFocused());
        write(text);
        waitUntil("results show", () -> results() != null && !fx(() -> results().getItems().isEmpty()));
    }

    /** Moves the highlight down until the highlighted row's text contains the wanted text. */
    private void highlightRowContaining(String wanted) {
        ListView<?> results = results();
        for (int i = 0; i < 40; i++) {
            Object row = fx(() -> results.getSelectionModel().getSelectedItem());
            if (row != null && row.toString().contains(wanted)) {
                return;
            }
            type(KeyCode.DOWN);
        }
        throw new AssertionError("no result row contains " + wanted);
    }

    @Test
    void aQuoteFoundBySearchSelectsItsSpeakerAndShowsItInTheArticle() {
        Stance stance = explainer.stances().get(3);
        Quote quote = stance.quotes().get(0);
        String fragment = quote.text().substring(0, Math.min(18, quote.text().length()));

        search(fragment);
        highlightRowContaining("kind=QUOTE");
        type(KeyCode.ENTER);

        waitUntil("the speaker is selected", () -> state.getSelectedActor() != null
                && state.getSelectedActor().id().equals(stance.actorId()));
        waitUntil("the quote flashes in the article", () -> byId("flash-marker") != null);
        assertTrue(fx(() -> state.readerShownProperty().get()), "the reader opens");
    }

    @Test
    void aGlossaryResultOpensTheGlossaryAtThatTerm() {
        GlossaryEntry entry = explainer.glossary().get(0);

        search(entry.term());
        highlightRowContaining("kind=GLOSSARY");
        type(KeyCode.ENTER);

        waitUntil("the glossary opens", () -> fx(() -> state.aboutShownProperty().get()));
        assertEquals(entry.term(), fx(() -> state.glossaryTermProperty().get()));
        Node marked = fx(() -> byId("glossary").lookupAll(".glossary-term").stream()
                .filter(n -> hasPseudoClass(n, javafx.css.PseudoClass.getPseudoClass("marked")))
                .findFirst().orElse(null));
        assertTrue(marked != null && labelTexts(marked).contains(entry.term()), "the asked-for term is marked");
    }

    @Test
    void glossaryTermsAreUnderlinedInTheArticleWithTheirDefinition() {
        List<Text> marks = fx(() -> byId("article-reader").lookupAll("." + GlossaryMarks.TERM_CLASS).stream()
                .map(Text.class::cast).toList());
        assertFalse(marks.isEmpty(), "some glossary terms are marked in the article");
        for (Text mark : marks) {
            assertTrue(fx(mark::isUnderline), "a mark is an underline, not colour alone: " + mark.getText());
            GlossaryEntry entry = explainer.glossary().stream()
                    .filter(e -> e.term().equalsIgnoreCase(mark.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("marked text is not a glossary term: " + mark.getText()));
            String help = fx(mark::getAccessibleHelp);
            assertTrue(help.contains(entry.definition()) && help.contains("Explainer’s note"), help);
        }
    }

    @Test
    void aGlossaryTermInsideAQuoteStillSelectsWhoSaidIt() {
        Text both = fx(() -> byId("article-reader").lookupAll("." + GlossaryMarks.TERM_CLASS).stream()
                .map(Text.class::cast).filter(t -> t.getStyleClass().contains("quoted")).findFirst().orElse(null));
        assertTrue(both != null, "the default article has a glossary term inside a quote");
        fxRun(() -> {
            javafx.scene.control.ScrollPane reader = (javafx.scene.control.ScrollPane) byId("article-reader");
            scrollIntoView(reader, both);
        });
        clickOn(both);
        waitUntil("the speaker is selected", () -> fx(() -> state.getSelectedActor() != null));
    }

    @Test
    void aGlossaryTermInAPositionHasAButtonThatOpensItsDefinition() {
        Stance withTerm = explainer.stances().stream()
                .filter(st -> !new org.stancemap.search.GlossaryMatcher(explainer.glossary()).find(st.summary()).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no summary uses a glossary term"));
        fxRun(() -> state.selectActor(explainer.actor(withTerm.actorId()).orElseThrow()));
        waitUntil("the panel shows the position", () -> byId("stance-" + withTerm.id()) != null);
        javafx.scene.control.Button chip = fx(() -> (javafx.scene.control.Button) byId("stance-" + withTerm.id())
                .lookup(".glossary-chip"));
        String term = fx(chip::getText);
        fxRun(chip::requestFocus);
        type(KeyCode.SPACE);
        waitUntil("the glossary opens at that term", () -> fx(() -> state.aboutShownProperty().get()
                && state.glossaryTermProperty().get().equals(term)));
    }
}
