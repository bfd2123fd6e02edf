package org.stancemap.draft.actor;

import java.util.Locale;
import org.stancemap.draft.place.Gazetteer;

/**
 * Words for a people by faith, origin or nationality: "Muslims", "Latinos", "Syrians" in the
 * plural are many people talked about, not one person; "Muslim", "Latino" or "Islam" alone are
 * no one.
 */
final class Peoples {

    private Peoples() {
    }

    /** "Muslims", "Latinos", and a demonym with a plural s ("Syrians", "Mexicans"). */
    static boolean isPlural(String word, Gazetteer gazetteer) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (Lexicon.PEOPLE_PLURALS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")
                && gazetteer.countryOfDemonym(word.substring(0, word.length() - 1)).isPresent();
    }

    /** "Muslim", "Latino", "Islam": a faith or an adjective of a people, standing alone. */
    static boolean isLoneAdjective(String word) {
        return Lexicon.PEOPLE_SINGULARS.contains(word.toLowerCase(Locale.ROOT));
    }
}
