package org.stancemap.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts, embedded (as subsets) in one handout: Inter for everything but quotes, Noto
 * Serif for quotes, as in the app. A character missing from a face is drawn from the other family,
 * so the Noto Serif subset's missing arrows still print; a character no bundled font has (Chinese,
 * emoji) prints as "?" rather than breaking the export.
 */
final class HandoutFonts implements Closeable {

    enum Face { SANS, SANS_BOLD, SERIF, SERIF_ITALIC }

    /** A stretch of text that one font can draw. */
    record Run(PDType0Font font, String text) {
    }

    /** Inter is CFF-flavoured in the app; PDFBox needs TrueType outlines, made by packaging/fonts/inter-to-truetype.py. */
    private static final Map<Face, String> RESOURCES = Map.of(
            Face.SANS, "/org/stancemap/export/fonts/Inter-Regular.ttf",
            Face.SANS_BOLD, "/org/stancemap/export/fonts/Inter-Bold.ttf",
            // The app's own serif files, shared rather than copied.
            Face.SERIF, "/org/stancemap/ui/theme/fonts/NotoSerif-Regular.ttf",
            Face.SERIF_ITALIC, "/org/stancemap/ui/theme/fonts/NotoSerif-Italic.ttf");

    private static final Map<Face, List<Face>> FALLBACKS = Map.of(
            Face.SANS, List.of(Face.SANS, Face.SERIF),
            Face.SANS_BOLD, List.of(Face.SANS_BOLD, Face.SANS, Face.SERIF),
            Face.SERIF, List.of(Face.SERIF, Face.SANS),
            Face.SERIF_ITALIC, List.of(Face.SERIF_ITALIC, Face.SERIF, Face.SANS));

    /** A character that no font of the handout can draw; the handout is refused rather than print a "?". */
    static final class UndrawableCharacter extends RuntimeException {
        private final int codePoint;
        private final String context;

        UndrawableCharacter(int codePoint, String context) {
            super(describe(codePoint) + " in “" + context + "”", null, false, false);
            this.codePoint = codePoint;
            this.context = context;
        }

        int codePoint() {
            return codePoint;
        }

        String context() {
            return context;
        }

        /** "“漢” (U+6F22, CJK UNIFIED IDEOGRAPH-6F22)". */
        static String describe(int codePoint) {
            String name = Character.getName(codePoint);
            return "“" + new String(Character.toChars(codePoint)) + "” (U+"
                    + String.format(java.util.Locale.ROOT, "%04X", codePoint) + (name == null ? "" : ", " + name) + ")";
        }
    }

    private static volatile Map<Face, byte[]> fontBytes;

    private final Map<Face, TrueTypeFont> files = new EnumMap<>(Face.class);
    private final Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
    private final Map<Face, CmapLookup> cmaps = new EnumMap<>(Face.class);
    private final Map<Face, Map<Integer, Float>> advances = new EnumMap<>(Face.class);

    private HandoutFonts() {
    }

    /** Loads every face into {@code doc}; close the result only after the document is saved. */
    static HandoutFonts load(PDDocument doc) throws IOException {
        HandoutFonts result = new HandoutFonts();
        try {
            for (Map.Entry<Face, byte[]> entry : bytes().entrySet()) {
                TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(entry.getValue()));
                result.files.put(entry.getKey(), file);
                result.fonts.put(entry.getKey(), PDType0Font.load(doc, file, true));
                result.cmaps.put(entry.getKey(), file.getUnicodeCmapLookup());
                result.advances.put(entry.getKey(), new HashMap<>());
            }
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    private static Map<Face, byte[]> bytes() throws IOException {
        Map<Face, byte[]> loaded = fontBytes;
        if (loaded == null) {
            synchronized (HandoutFonts.class) {
                loaded = fontBytes;
                if (loaded == null) {
                    loaded = new EnumMap<>(Face.class);
                    for (Face face : Face.values()) {
                        loaded.put(face, SfntTables.without(read(RESOURCES.get(face)), Set.of("GSUB")));
                    }
                    fontBytes = loaded;
                }
            }
        }
        return loaded;
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = HandoutFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        }
    }

    PDType0Font font(Face face) {
        return fonts.get(face);
    }

    /** Splits {@code text} into runs, each drawn with the first font of the face's family that has its glyphs. */
    List<Run> runs(String text, Face face) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        String drawable = drawable(text);
        for (int i = 0; i < drawable.length(); ) {
            int cp = drawable.codePointAt(i);
            i += Character.charCount(cp);
            Face chosen = cp == ' ' && currentFace != null ? currentFace : faceFor(cp, face);
            if (chosen != currentFace && current.length() > 0) {
                runs.add(new Run(fonts.get(currentFace), current.toString()));
                current.setLength(0);
            }
            currentFace = chosen;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(fonts.get(currentFace), current.toString()));
        }
        return runs;
    }

    /** The width of {@code text} in points at {@code size}, drawn as {@link #runs} would draw it. */
    float width(String text, Face face, float size) {
        float units = 0;
        String drawable = drawable(text);
        for (int i = 0; i < drawable.length(); ) {
            int cp = drawable.codePointAt(i);
            i += Character.charCount(cp);
            units += advance(faceFor(cp, face), cp);
        }
        return units / 1000f * size;
    }

    /**
     * The text with every character some bundled font has: one that none has is replaced by its
     * compatibility form where that can be drawn (the "ﬁ" ligature by "fi", a full-width letter by
     * the letter); otherwise the handout cannot be made, and {@link UndrawableCharacter} says which
     * character and where.
     */
    private String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (faceFor(cp, Face.SANS) != null) {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, at);
            }
            String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (compatible.equals(new String(Character.toChars(cp))) || !canDraw(compatible)) {
                int from = Math.max(0, text.offsetByCodePoints(at, -Math.min(12, text.codePointCount(0, at))));
                int to = Math.min(text.length(), i + 24);
                throw new UndrawableCharacter(cp, text.substring(from, to).strip());
            }
            out.append(compatible);
        }
        return out == null ? text : out.toString();
    }

    /**
     * Checks that every character of {@code text} can be printed (as itself or its plain form); throws
     * {@link UndrawableCharacter} naming the first that cannot, with the words around it.
     */
    void check(String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.CONTROL
                    || Character.getType(cp) == Character.FORMAT || faceFor(cp, Face.SANS) != null) {
                continue;
            }
            String compatible = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            if (!compatible.equals(new String(Character.toChars(cp))) && canDraw(compatible)) {
                continue;
            }
            int from = text.offsetByCodePoints(at, -Math.min(24, text.codePointCount(0, at)));
            int to = text.offsetByCodePoints(i, Math.min(24, text.codePointCount(i, text.length())));
            throw new UndrawableCharacter(cp, text.substring(from, to).strip());
        }
    }

    /** True when some bundled font can draw every character of {@code text}. */
    boolean canDraw(String text) {
        return text.codePoints().allMatch(cp -> faceFor(cp, Face.SANS) != null);
    }

    /** The first face of the family that has the character, or null when none has. */
    private Face faceFor(int codePoint, Face face) {
        for (Face candidate : FALLBACKS.get(face)) {
            if (cmaps.get(candidate).getGlyphId(codePoint) > 0) {
                return candidate;
            }
        }
        return null;
    }

    private float advance(Face face, int codePoint) {
        return advances.get(face).computeIfAbsent(codePoint, cp -> {
            try {
                return fonts.get(face).getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (TrueTypeFont file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
