package org.stancemap.export;

import java.util.ResourceBundle;

/** The handout's own words, from {@code handout.properties}, so a translation is a file. */
final class HandoutText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.stancemap.export.handout");

    private HandoutText() {
    }

    static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text for {@code key} with {0}, {1}… replaced by the arguments (no other syntax, so apostrophes stay). */
    static String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
