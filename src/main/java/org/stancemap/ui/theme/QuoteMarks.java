package org.stancemap.ui.theme;

/** Quote marks around the article's words, placed for the app's English whatever the words' script. */
public final class QuoteMarks {

    /**
     * A left-to-right mark before the opening quote mark: JavaFX takes a line's direction from its
     * first letter, so an Arabic or Hebrew quote would otherwise be laid out right to left, “ on the
     * right and ” on the left, unlike every other quote in the app and in the handout.
     */
    private static final String LEFT_TO_RIGHT = "\u200E";

    private QuoteMarks() {
    }

    public static String around(String words) {
        return LEFT_TO_RIGHT + "“" + words + "”";
    }
}
