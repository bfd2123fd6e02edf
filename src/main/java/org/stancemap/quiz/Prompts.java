package org.stancemap.quiz;

import org.stancemap.io.Wording;
import org.stancemap.model.Delivery;

/**
 * The words a question is phrased in, from the logic's bundle ({@code quiz.*} in
 * {@code org/stancemap/io/messages.properties}), so the quiz, the handout and the screen say the
 * same. The wording stays neutral: it names no side and does not say who is right.
 */
final class Prompts {

    private Prompts() {
    }

    static String whoSaid(Delivery delivery) {
        return Wording.get(delivery == Delivery.REPORTED ? "quiz.whoSaid.reported" : "quiz.whoSaid.direct");
    }

    static String whoOpposes() {
        return Wording.get("quiz.whoOpposes");
    }

    /** A position as the prompt shows it: its holder, then its summary. */
    static String position(String holder, String summary) {
        return Wording.format("quiz.position", holder, summary);
    }
}
