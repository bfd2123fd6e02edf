package org.stancemap.export;

import java.util.List;
import java.util.Optional;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Explainer;

/**
 * What to put in a handout beyond the explainer itself.
 *
 * @param paper           the paper size
 * @param notes           the reader's notes, printed in a section of their own; empty for none
 * @param mapPicture      a PNG or JPEG of the map as the app shows it, printed instead of the map the
 *                        handout would draw itself; empty to draw the map
 * @param questions       how many quiz questions to print with space to answer, {@value #MAX_QUESTIONS} at
 *                        most; 0 for none
 * @param answerKey       whether the answers follow on a separate page for the teacher
 * @param numberedArticle whether the whole article follows, its paragraphs numbered
 * @param colours         the actors' colours, for the map and every mark beside a name: those on screen
 *                        when the map is a picture of it; empty for the colours the file gives them
 */
public record HandoutOptions(PaperSize paper, List<HandoutNote> notes, Optional<byte[]> mapPicture, int questions,
                             boolean answerKey, boolean numberedArticle, Optional<BlocPalette> colours) {

    public static final int DEFAULT_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 5;

    public HandoutOptions {
        if (paper == null) {
            throw new IllegalArgumentException("a handout needs a paper size");
        }
        if (questions < 0 || questions > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a handout holds 0 to " + MAX_QUESTIONS + " questions, not " + questions);
        }
        notes = List.copyOf(notes);
        mapPicture = mapPicture == null ? Optional.empty() : mapPicture;
        colours = colours == null ? Optional.empty() : colours;
    }

    public HandoutOptions(PaperSize paper, List<HandoutNote> notes, Optional<byte[]> mapPicture) {
        this(paper, notes, mapPicture, DEFAULT_QUESTIONS, true, false, Optional.empty());
    }

    /** A handout with the drawn map, {@value #DEFAULT_QUESTIONS} questions with a teacher's answer page, and no notes. */
    public static HandoutOptions of(PaperSize paper) {
        return new HandoutOptions(paper, List.of(), Optional.empty());
    }

    public HandoutOptions withNotes(List<HandoutNote> value) {
        return new HandoutOptions(paper, value, mapPicture, questions, answerKey, numberedArticle, colours);
    }

    /** Prints this picture (PNG or JPEG bytes) as the map; {@code null} goes back to drawing it. */
    public HandoutOptions withMapPicture(byte[] picture) {
        return new HandoutOptions(paper, notes, Optional.ofNullable(picture), questions, answerKey, numberedArticle, colours);
    }

    public HandoutOptions withQuestions(int value) {
        return new HandoutOptions(paper, notes, mapPicture, value, answerKey, numberedArticle, colours);
    }

    public HandoutOptions withAnswerKey(boolean value) {
        return new HandoutOptions(paper, notes, mapPicture, questions, value, numberedArticle, colours);
    }

    public HandoutOptions withNumberedArticle(boolean value) {
        return new HandoutOptions(paper, notes, mapPicture, questions, answerKey, value, colours);
    }

    /** Colours the actors as {@code palette} does (the colours on screen); {@code null} goes back to the file's. */
    public HandoutOptions withColours(BlocPalette palette) {
        return new HandoutOptions(paper, notes, mapPicture, questions, answerKey, numberedArticle,
                Optional.ofNullable(palette));
    }

    /** The colours of {@code explainer}'s actors in this handout: those given, else the file's. */
    public BlocPalette coloursOf(Explainer explainer) {
        return colours.orElseGet(() -> BlocPalette.of(explainer));
    }
}
