package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;

/** Correcting the article's text keeps every quote on its words, or flags it; none is dropped. */
class TextCorrectionTest {

    private static int quoteCount(Explainer e) {
        return e.stances().stream().mapToInt(s -> s.quotes().size()).sum();
    }

    @Test
    void insertingAndRemovingTextElsewhereKeepsEveryQuoteOnItsWords() {
        Explainer start = EditHistoryTest.builtIn();
        String text = start.article().text();
        String corrected = "Photo: a caption to remove later 📷\n" + text.replace("\n", "\n\n").strip()
                .replace("\n\n", "\n");

        Explainer after = new TextCorrection(corrected).applyTo(start);

        assertTrue(TextCorrection.misplaced(after).isEmpty(), () -> "misplaced: " + TextCorrection.misplaced(after));
        assertEquals(quoteCount(start), quoteCount(after));
        EditHistoryTest.assertValid(after);
    }

    @Test
    void aQuoteWhoseWordsAreGoneIsFlaggedNotDroppedOrMoved() {
        Explainer start = EditHistoryTest.builtIn();
        Quote victim = start.stancesOf("putin").get(0).quotes().get(0);
        String corrected = start.article().text().replace(victim.text(), "[words removed]");

        Explainer after = new TextCorrection(corrected).applyTo(start);

        List<Quote> misplaced = TextCorrection.misplaced(after);
        assertEquals(List.of(victim), misplaced, "only the quote whose words went is flagged");
        assertEquals(quoteCount(start), quoteCount(after), "no quote is dropped");
    }

    @Test
    void aRepeatedPhraseIsFoundAgainByTheTextAroundIt() {
        Explainer start = EditHistoryTest.builtIn();
        // Put a copy of every quote's paragraph at the top: each quote now occurs twice.
        String text = start.article().text();
        String corrected = text + "\n" + text;

        Explainer after = new TextCorrection("Intro.\n" + corrected).applyTo(start);

        String afterText = after.article().text();
        for (var stance : after.stances()) {
            for (Quote quote : stance.quotes()) {
                int from = afterText.offsetByCodePoints(0, quote.span().start());
                assertTrue(from < afterText.length() / 2 + 10, quote.text() + " moved into the copy");
            }
        }
        assertTrue(TextCorrection.misplaced(after).isEmpty());
    }
}
