package org.stancemap.draft.text;

import java.util.Arrays;
import java.util.Set;

/** Builds the engine's word lists; a word listed twice is harmless. */
public final class WordSet {

    private WordSet() {
    }

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
