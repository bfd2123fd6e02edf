package org.stancemap.io;

import java.util.ResourceBundle;

/**
 * The words of the app's logic (file problems, explainer checks, kiosk configs, quiz prompts), from
 * {@code org/stancemap/io/messages.properties}, so that another language is a file, not a refactor.
 */
public final class Wording {

    public static final String BUNDLE_NAME = "org.stancemap.io.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE_NAME);

    private Wording() {
    }

    public static String get(String key) {
        return bundle.getString(key);
    }

    /** Words from {@code words} from now on: another language, or a test's. */
    public static void translateWith(ResourceBundle words) {
        bundle = words;
    }

    /** The bundle in use. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * "1 file" or "3 files": the text for {@code key.one} or {@code key.other} with {0} replaced by
     * {@code count} (languages with more plural forms can say them in the words around the number).
     */
    public static String count(String key, long count) {
        return format(key + (count == 1 ? ".one" : ".other"), count);
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
