package org.stancemap.quiz;

import org.stancemap.model.Delivery;

/**
 * The English a question is phrased in, kept in one place. The quiz shows these words as they are; they
 * are not yet in the UI's bundle. The wording stays neutral: it names no side and does not say who is
 * right.
 */
final class Prompts {

    static final String WHO_SAID_DIRECT = "Who said this?";
    static final String WHO_SAID_REPORTED = "Whose position does the article report in these words?";
    static final String WHO_OPPOSES = "Which of these positions is at odds with this one?";

    private Prompts() {
    }

    static String whoSaid(Delivery delivery) {
        return delivery == Delivery.REPORTED ? WHO_SAID_REPORTED : WHO_SAID_DIRECT;
    }

    /** A position as the prompt shows it: its holder, then its summary. */
    static String position(String holder, String summary) {
        return holder + ": " + summary;
    }
}
