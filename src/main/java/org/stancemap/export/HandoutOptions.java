package org.stancemap.export;

import java.util.List;
import java.util.Optional;

/**
 * What to put in a handout beyond the explainer itself.
 *
 * @param paper      the paper size
 * @param notes      the reader's notes, printed in a section of their own; empty for none
 * @param mapPicture a PNG or JPEG of the map as the app shows it, printed instead of the map the
 *                   handout would draw itself; empty to draw the map
 */
public record HandoutOptions(PaperSize paper, List<HandoutNote> notes, Optional<byte[]> mapPicture) {

    public HandoutOptions {
        if (paper == null) {
            throw new IllegalArgumentException("a handout needs a paper size");
        }
        notes = List.copyOf(notes);
        mapPicture = mapPicture == null ? Optional.empty() : mapPicture;
    }

    /** A handout with the drawn map and no notes. */
    public static HandoutOptions of(PaperSize paper) {
        return new HandoutOptions(paper, List.of(), Optional.empty());
    }

    public HandoutOptions withNotes(List<HandoutNote> value) {
        return new HandoutOptions(paper, value, mapPicture);
    }

    /** Prints this picture (PNG or JPEG bytes) as the map; {@code null} goes back to drawing it. */
    public HandoutOptions withMapPicture(byte[] picture) {
        return new HandoutOptions(paper, notes, Optional.ofNullable(picture));
    }
}
