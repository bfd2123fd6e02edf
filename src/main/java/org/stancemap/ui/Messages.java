package org.stancemap.ui;

import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The words the interface shows, from {@code messages.properties}, so another language is a file. */
public final class Messages {

    public static final String BUNDLE_NAME = "org.stancemap.ui.messages";
    private static volatile Words words = new Words(ResourceBundle.getBundle(BUNDLE_NAME));

    /**
     * A bundle and its patterns, each parsed once: a window starts with a few hundred formatted
     * texts (every badge's and link's accessible text), and parsing a pattern costs more than
     * formatting it.
     */
    private record Words(ResourceBundle bundle, Map<String, MessageFormat> formats) {
        Words(ResourceBundle bundle) {
            this(bundle, new ConcurrentHashMap<>());
        }

        MessageFormat format(String key) {
            return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), bundle.getLocale()));
        }
    }

    private Messages() {
    }

    public static String get(String key) {
        return words.bundle().getString(key);
    }

    public static String format(String key, Object... arguments) {
        MessageFormat format = words.format(key);
        // One MessageFormat is not safe to use from two threads at once.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    /** Words from {@code words} from now on (views built later show them): another language, or a test's. */
    public static void translateWith(ResourceBundle words) {
        Messages.words = new Words(words);
    }

    /** The bundle in use. */
    public static ResourceBundle bundle() {
        return words.bundle();
    }
}
