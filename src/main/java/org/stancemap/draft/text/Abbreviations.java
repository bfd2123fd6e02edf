package org.stancemap.draft.text;

import java.util.Locale;
import java.util.Set;

/** Abbreviations that stand before a name ("Sen.", "Mrs.", the initial in "James B. Comey"). */
final class Abbreviations {

    private Abbreviations() {
    }

    private static final Set<String> TITLES = WordSet.of("mr", "mrs", "ms", "messrs", "dr", "sen", "sens", "rep",
            "reps", "gov", "govs", "lt", "gen", "col", "maj", "capt", "sgt", "adm", "cmdr", "rev", "prof", "hon",
            "pres", "supt", "amb", "atty", "sec", "cpl", "pvt", "brig", "fr", "st", "mt", "ft", "no", "nos", "vs",
            "gens", "det", "insp", "ald", "asst", "lt.-gen", "sgt.-maj");

    /** Whether the word (without its period) is a title or an initial, so a period after it ends no sentence. */
    static boolean beforeName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return word.length() == 1 || TITLES.contains(word.toLowerCase(Locale.ROOT));
    }
}
