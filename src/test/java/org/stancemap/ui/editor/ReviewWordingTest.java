package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stancemap.ui.Messages;

/** What the review and the editor say in words reads as English: counts agree, refusals are sentences. */
class ReviewWordingTest {

    @Test
    void oneSuggestionLeftIsSingular() {
        assertEquals("1 suggestion to review", Messages.format("review.count", 1));
        assertEquals("17 suggestions to review", Messages.format("review.count", 17));
    }

    @Test
    void aRefusedEditIsToldAsASentence() {
        assertEquals("This overlaps a quote of Marta Lopes (¶3: “dredging would harm”).",
                RefusalSentence.of("this overlaps a quote of Marta Lopes (¶3: “dredging would harm”)"));
    }

    @Test
    void aReasonThatIsASentenceAlreadyIsLeftAlone() {
        assertEquals("Select the words to quote in the article first.",
                RefusalSentence.of("Select the words to quote in the article first."));
        assertEquals("“Harbour” is in the glossary already.",
                RefusalSentence.of("“Harbour” is in the glossary already"));
    }
}
