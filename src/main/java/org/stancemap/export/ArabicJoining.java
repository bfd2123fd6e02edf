package org.stancemap.export;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Joins Arabic letters for print. PDFBox draws one glyph per character and does no shaping, so each
 * letter is replaced by its contextual presentation form (isolated, initial, medial or final) and
 * lam followed by alef by their ligature, as the Unicode joining rules say. Text copied out of the
 * PDF gives the presentation forms, which Unicode compatibility normalisation (NFKC) turns back into
 * the article's letters.
 */
final class ArabicJoining {

    private enum Form { ISOLATED, FINAL, INITIAL, MEDIAL }

    /** Unicode joining types, as far as shaping needs them. */
    private enum Joining {
        /** Joins on both sides (beh, seen, lam…). */
        DUAL,
        /** Joins only to the letter before it (alef, dal, reh, waw…). */
        RIGHT,
        /** Makes its neighbours join without changing itself (tatweel, zero-width joiner). */
        CAUSING,
        /** Skipped when deciding joins (vowel marks and other combining marks). */
        TRANSPARENT,
        NONE
    }

    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZERO_WIDTH_JOINER = 0x200D;

    /** Base letter → its presentation form for each {@link Form}, built from Unicode's own decompositions. */
    private static final Map<Integer, Map<Form, Integer>> FORMS = new HashMap<>();
    /** Alef (or alef with hamza or madda) after lam → the lam-alef ligature's forms. */
    private static final Map<Integer, Map<Form, Integer>> LAM_ALEF = new HashMap<>();

    static {
        // Forms-B first: it is the block fonts cover best; Forms-A only adds letters Forms-B lacks.
        collect(0xFE70, 0xFEFC);
        collect(0xFB50, 0xFDFF);
    }

    private ArabicJoining() {
    }

    /**
     * Each presentation form decomposes (NFKC) to the letter it shows, and its character name ends in
     * the form it is ("… INITIAL FORM"); reading both means no hand-typed table to get wrong.
     */
    private static void collect(int from, int to) {
        for (int cp = from; cp <= to; cp++) {
            String name = Character.getName(cp);
            Form form = name == null ? null : formNamed(name);
            if (form == null) {
                continue;
            }
            int[] base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                    .codePoints().toArray();
            if (base.length == 1 && Character.UnicodeBlock.of(base[0]) == Character.UnicodeBlock.ARABIC) {
                FORMS.computeIfAbsent(base[0], b -> new HashMap<>()).putIfAbsent(form, cp);
            } else if (base.length == 2 && base[0] == LAM && name.startsWith("ARABIC LIGATURE LAM WITH ALEF")) {
                LAM_ALEF.computeIfAbsent(base[1], b -> new HashMap<>()).putIfAbsent(form, cp);
            }
        }
    }

    private static Form formNamed(String name) {
        for (Form form : Form.values()) {
            if (name.endsWith(" " + form.name().toUpperCase(Locale.ROOT) + " FORM")) {
                return form;
            }
        }
        return null;
    }

    /** True when {@code text} holds a letter this class would change. */
    static boolean needed(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (FORMS.containsKey(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text in logical order with every Arabic letter in the form its neighbours call for. */
    static String shape(String text) {
        if (!needed(text)) {
            return text;
        }
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            Map<Form, Integer> forms = FORMS.get(cp);
            if (forms == null) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsBefore = joinsForward(previous(cps, i));
            int next = next(cps, i);
            if (cp == LAM && next == i + 1 && LAM_ALEF.containsKey(cps[next])) {
                Map<Form, Integer> ligature = LAM_ALEF.get(cps[next]);
                Integer shaped = ligature.get(joinsBefore ? Form.FINAL : Form.ISOLATED);
                if (shaped != null) {
                    out.appendCodePoint(shaped);
                    i = next;
                    continue;
                }
            }
            boolean joinsAfter = joining(cp) == Joining.DUAL && next >= 0 && joinsBackward(cps[next]);
            Form form = joinsBefore && joinsAfter ? Form.MEDIAL
                    : joinsBefore ? Form.FINAL
                    : joinsAfter ? Form.INITIAL
                    : Form.ISOLATED;
            out.appendCodePoint(forms.getOrDefault(form, forms.getOrDefault(Form.ISOLATED, cp)));
        }
        return out.toString();
    }

    /** The joining type: dual when the letter has a medial form, right-joining when it has only a final one. */
    private static Joining joining(int cp) {
        if (cp == TATWEEL || cp == ZERO_WIDTH_JOINER) {
            return Joining.CAUSING;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT && cp != 0x200C) {
            return Joining.TRANSPARENT;
        }
        Map<Form, Integer> forms = FORMS.get(cp);
        if (forms == null) {
            return Joining.NONE;
        }
        if (forms.containsKey(Form.MEDIAL) || forms.containsKey(Form.INITIAL)) {
            return Joining.DUAL;
        }
        return forms.containsKey(Form.FINAL) ? Joining.RIGHT : Joining.NONE;
    }

    /** Whether the character before a letter reaches out to it. */
    private static boolean joinsForward(int cp) {
        Joining joining = cp < 0 ? Joining.NONE : joining(cp);
        return joining == Joining.DUAL || joining == Joining.CAUSING;
    }

    /** Whether the character after a letter accepts a join from it. */
    private static boolean joinsBackward(int cp) {
        Joining joining = joining(cp);
        return joining == Joining.DUAL || joining == Joining.RIGHT || joining == Joining.CAUSING;
    }

    /** The nearest character before {@code i} that is not transparent, or -1. */
    private static int previous(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joining(cps[j]) != Joining.TRANSPARENT) {
                return cps[j];
            }
        }
        return -1;
    }

    /** The index of the nearest character after {@code i} that is not transparent, or -1. */
    private static int next(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (joining(cps[j]) != Joining.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }
}
