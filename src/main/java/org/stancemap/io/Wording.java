package org.stancemap.io;

import java.util.ResourceBundle;

/**
 * The words of the app's logic (file problems, explainer checks, kiosk configs, quiz prompts), from
 * {@code org/stancemap/io/messages.properties}, so that another language is a file, not a refactor.
 */
public final class Wording {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.stancemap.io.messages");

    private Wording() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text for {@code key} with {0}, {1}… replaced by the arguments (no other syntax, so apostrophes stay). */
    public static String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
