package org.stancemap.testdata;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.stancemap.io.Wording;
import org.stancemap.ui.Messages;

/**
 * A pseudo-language for tests: every value of the app's bundles wrapped in ⟦ ⟧. What a screen
 * shows or the command line prints while it is spoken has English of its own exactly where a
 * word stands outside the brackets, so a second language would be a file, not a refactor.
 */
public final class PseudoLanguage {

    /** A translated text with none inside it; texts nest ("⟦it is ⟦a folder⟧, not a regular file⟧"). */
    private static final Pattern INNERMOST = Pattern.compile("⟦[^⟦⟧]*⟧", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("\\p{IsAlphabetic}{2,}");
    private static final String CUT = "\u0000";

    private PseudoLanguage() {
    }

    /** The words of {@code base}, each wrapped in ⟦ ⟧ (placeholders kept). */
    public static ResourceBundle of(ResourceBundle base) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return "⟦" + base.getString(key) + "⟧";
            }

            @Override
            public Enumeration<String> getKeys() {
                return base.getKeys();
            }

            @Override
            public Locale getLocale() {
                return base.getLocale();
            }
        };
    }

    /** Speaks it in the interface and the logic until the returned action restores their bundles. */
    public static Runnable speak() {
        ResourceBundle ui = Messages.bundle();
        ResourceBundle logic = Wording.bundle();
        Messages.translateWith(of(ui));
        Wording.translateWith(of(logic));
        return () -> {
            Messages.translateWith(ui);
            Wording.translateWith(logic);
        };
    }

    /** The pieces of {@code text} outside every translated text, in order. */
    public static List<String> untranslated(String text) {
        String left = text;
        for (String before = null; !left.equals(before); ) {
            before = left;
            left = INNERMOST.matcher(left).replaceAll(CUT);
        }
        return Arrays.stream(left.split(CUT, -1)).toList();
    }

    /** Whether {@code text} holds a word (two letters or more). */
    public static boolean hasWord(String text) {
        return WORD.matcher(text).find();
    }
}
