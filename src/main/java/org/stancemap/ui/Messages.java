package org.stancemap.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words the interface shows, from {@code messages.properties}, so another language is a file. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.stancemap.ui.messages");

    private Messages() {
    }

    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), BUNDLE.getLocale()).format(arguments);
    }
}
