package org.stancemap.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words the interface shows, from {@code messages.properties}, so another language is a file. */
public final class Messages {

    public static final String BUNDLE_NAME = "org.stancemap.ui.messages";
    private static volatile ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE_NAME);

    private Messages() {
    }

    public static String get(String key) {
        return bundle.getString(key);
    }

    public static String format(String key, Object... arguments) {
        ResourceBundle words = bundle;
        return new MessageFormat(words.getString(key), words.getLocale()).format(arguments);
    }

    /** Words from {@code words} from now on (views built later show them): another language, or a test's. */
    public static void translateWith(ResourceBundle words) {
        bundle = words;
    }

    /** The bundle in use. */
    public static ResourceBundle bundle() {
        return bundle;
    }
}
