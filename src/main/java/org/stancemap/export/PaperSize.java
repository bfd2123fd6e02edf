package org.stancemap.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The paper a handout is laid out for, in PDF points (1/72 inch). */
public enum PaperSize {
    A4("a4", 595.2756f, 841.8898f),
    LETTER("letter", 612f, 792f);

    private final String optionName;
    private final float width;
    private final float height;

    PaperSize(String optionName, float width, float height) {
        this.optionName = optionName;
        this.width = width;
        this.height = height;
    }

    /** The name used on the command line: {@code a4} or {@code letter}. */
    public String optionName() {
        return optionName;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** Reads a command-line name, ignoring case; "us-letter" is accepted as well. */
    public static Optional<PaperSize> fromOptionName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("us-letter")) {
            return Optional.of(LETTER);
        }
        return Arrays.stream(values()).filter(p -> p.optionName.equals(wanted)).findFirst();
    }
}
