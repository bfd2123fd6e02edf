package org.stancemap.quiz;

/** The two sorts of study question. */
public enum QuestionKind {
    /** A quote from the article; the reader picks the actor whose words they are. */
    WHO_SAID,
    /** A position; the reader picks the one position among the options the article sets against it. */
    WHO_OPPOSES
}
