package org.stancemap.model;

import java.util.OptionalInt;

/**
 * The user's presenter settings.
 *
 * @param keyMap      the presenter key map in its string form; blank means the default keys
 * @param projector   the screen index last chosen for the presentation, if any
 * @param reduceMotion whether to skip animations
 * @param textScale   text size in percent, {@value #MIN_TEXT_SCALE}–{@value #MAX_TEXT_SCALE}
 * @param darkTheme   whether the window uses the dark theme
 */
public record Settings(String keyMap, OptionalInt projector, boolean reduceMotion, int textScale, boolean darkTheme) {

    public Settings(String keyMap, OptionalInt projector, boolean reduceMotion, int textScale) {
        this(keyMap, projector, reduceMotion, textScale, false);
    }

    public static final int DEFAULT_TEXT_SCALE = 100;
    public static final int MIN_TEXT_SCALE = 50;
    public static final int MAX_TEXT_SCALE = 400;

    public Settings {
        keyMap = keyMap == null ? "" : keyMap;
        projector = projector == null ? OptionalInt.empty() : projector;
        if (projector.isPresent() && projector.getAsInt() < 0) {
            throw new IllegalArgumentException("a screen index cannot be negative: " + projector.getAsInt());
        }
        if (textScale < MIN_TEXT_SCALE || textScale > MAX_TEXT_SCALE) {
            throw new IllegalArgumentException("the text size must be between " + MIN_TEXT_SCALE + "% and "
                    + MAX_TEXT_SCALE + "%, not " + textScale + "%");
        }
    }

    public static Settings defaults() {
        return new Settings("", OptionalInt.empty(), false, DEFAULT_TEXT_SCALE, false);
    }

    public Settings withKeyMap(String value) {
        return new Settings(value, projector, reduceMotion, textScale, darkTheme);
    }

    public Settings withProjector(OptionalInt value) {
        return new Settings(keyMap, value, reduceMotion, textScale, darkTheme);
    }

    public Settings withReduceMotion(boolean value) {
        return new Settings(keyMap, projector, value, textScale, darkTheme);
    }

    public Settings withTextScale(int value) {
        return new Settings(keyMap, projector, reduceMotion, value, darkTheme);
    }

    public Settings withDarkTheme(boolean value) {
        return new Settings(keyMap, projector, reduceMotion, textScale, value);
    }
}
