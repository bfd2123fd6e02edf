package org.stancemap.draft.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verb forms reduce to the base form a list of cue verbs holds, so cues are found without a lemmatizer model. */
class VerbFormsTest {

    private static final Set<String> CUES = Set.of("say", "tell", "hope", "deny", "admit", "argue", "stress", "think",
            "agree", "refer", "write", "warn");

    @ParameterizedTest
    @CsvSource({"said, say", "Says, say", "told, tell", "hoped, hope", "hoping, hope", "denies, deny",
            "denied, deny", "admitted, admit", "arguing, argue", "stresses, stress", "thought, think", "agreed, agree",
            "referring, refer", "written, write", "warns, warn", "warn, warn"})
    void inflectedFormsReduceToTheListedBase(String word, String base) {
        assertEquals(base, VerbForms.baseIn(word, CUES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hop", "sings", "walked", "saw", "thing", "press", "s", ""})
    void otherWordsAreNoFormOfAListedVerb(String word) {
        assertNull(VerbForms.baseIn(word, CUES));
    }
}
