package org.stancemap.export;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * A character the handout cannot draw: no font has it, or its script needs shaping the handout does
 * not do. The handout is refused, naming it, rather than print a "?" or a misspelt word.
 */
final class UndrawableCharacter extends RuntimeException {

    /**
     * Scripts whose letters change shape or order with their neighbours in ways the handout does not
     * do; drawn one glyph per character they would be misspelt, so they are refused by name instead.
     */
    private static final Set<UnicodeScript> NEEDS_SHAPING = Set.of(
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.MYANMAR, UnicodeScript.KHMER,
            UnicodeScript.TIBETAN, UnicodeScript.SYRIAC, UnicodeScript.NKO, UnicodeScript.MONGOLIAN,
            UnicodeScript.JAVANESE, UnicodeScript.BALINESE, UnicodeScript.CHAKMA, UnicodeScript.MANDAIC,
            UnicodeScript.ADLAM, UnicodeScript.HANIFI_ROHINGYA);

    private final int codePoint;
    private final String context;
    private final String where;

    UndrawableCharacter(int codePoint, String context, String where) {
        super(describe(codePoint) + (where == null ? "" : " in " + where) + " in “" + context + "”",
                null, false, false);
        this.codePoint = codePoint;
        this.context = context;
        this.where = where;
    }

    static boolean needsShaping(int codePoint) {
        return NEEDS_SHAPING.contains(UnicodeScript.of(codePoint));
    }

    int codePoint() {
        return codePoint;
    }

    /** The words around the character. */
    String context() {
        return context;
    }

    /** Which part of the explainer holds it ("a quote of stance “s3”"), or null when not known. */
    String where() {
        return where;
    }

    /** True when fonts have the letter but it would need shaping the handout cannot do. */
    boolean needsShaping() {
        return needsShaping(codePoint);
    }

    /** "“漢” (U+6F22, CJK UNIFIED IDEOGRAPHS 6F22)". */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return "“" + new String(Character.toChars(codePoint)) + "” (U+"
                + String.format(Locale.ROOT, "%04X", codePoint) + (name == null ? "" : ", " + name) + ")";
    }
}
