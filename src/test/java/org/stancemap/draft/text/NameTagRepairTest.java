package org.stancemap.draft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitalised words the tagger took for common words are names when the article uses them only as names. */
class NameTagRepairTest {

    /** A sentence of "word/TAG" pairs, one space apart. */
    private static Sentence sentence(String tagged, int start) {
        List<Token> tokens = new ArrayList<>();
        int at = start;
        for (String pair : tagged.split(" ")) {
            String word = pair.substring(0, pair.lastIndexOf('/'));
            tokens.add(new Token(word, at, at + word.length(), pair.substring(pair.lastIndexOf('/') + 1)));
            at += word.length() + 1;
        }
        return new Sentence(start, at - 1, tokens);
    }

    @Test
    void aSentenceOpeningNameTaggedAsAVerbIsANameWhenTheArticleNamesItMidSentence() {
        List<Sentence> repaired = NameTagRepair.repair(List.of(
                sentence("The/DET mayor/NOUN met/VERB Frost/PROPN on/ADP Monday/PROPN ./PUNCT", 0),
                sentence("Frost/VERB later/ADV toured/VERB the/DET port/NOUN ./PUNCT", 40)));
        assertEquals("PROPN", repaired.get(1).token(0).tag());
    }

    @Test
    void aSentenceOpeningWordTheArticleAlsoWritesInLowerCaseKeepsItsTag() {
        List<Sentence> repaired = NameTagRepair.repair(List.of(
                sentence("The/DET mayor/NOUN met/VERB Frost/PROPN after/ADP the/DET frost/NOUN ./PUNCT", 0),
                sentence("Frost/VERB later/ADV toured/VERB the/DET port/NOUN ./PUNCT", 50)));
        assertEquals("VERB", repaired.get(1).token(0).tag());
    }

    @Test
    void aSentenceOpeningWordNeverNamedMidSentenceKeepsItsTag() {
        List<Sentence> repaired = NameTagRepair.repair(List.of(
                sentence("The/DET mayor/NOUN met/VERB Anna/PROPN on/ADP Monday/PROPN ./PUNCT", 0),
                sentence("Walking/VERB home/ADV ,/PUNCT she/PRON stopped/VERB ./PUNCT", 40)));
        assertEquals("VERB", repaired.get(1).token(0).tag());
    }
}
