package org.stancemap.quiz;

import java.util.Random;

/** A question the explainer can supply, not yet phrased: its options are drawn when it is built. */
interface Candidate {

    String key();

    QuestionKind kind();

    /** Candidates with the same topic ask the same thing in other words, so a round holds only one. */
    String topic();

    Question build(Random rng);
}
