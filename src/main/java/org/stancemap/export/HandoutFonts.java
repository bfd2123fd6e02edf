package org.stancemap.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one handout, embedded as subsets of the glyphs drawn. Inter is used for everything
 * but quotes and Noto Serif for quotes, as in the app. A character missing from a face is drawn from
 * the other family, then from the fonts bundled for other scripts ({@code assets/fonts}: Arabic,
 * Hebrew, emoji, Chinese, Japanese and Korean), then from TrueType fonts installed on the computer.
 * Arabic is joined ({@link ArabicJoining}) and right-to-left text put in visual order
 * ({@link VisualOrder}) before it is measured or drawn. A character no font can draw stops the
 * handout with its name ({@link UndrawableCharacter}) rather than print as "?".
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

    private static final Map<Face, List<Face>> FAMILY = Map.of(
            Face.SANS, List.of(Face.SANS, Face.SERIF),
            Face.SANS_BOLD, List.of(Face.SANS_BOLD, Face.SANS, Face.SERIF),
            Face.SERIF, List.of(Face.SERIF, Face.SANS),
            Face.SERIF_ITALIC, List.of(Face.SERIF_ITALIC, Face.SERIF, Face.SANS));

    /** A bundled font for other scripts, with its bold where there is one (see assets/fonts/README.md). */
    record Bundled(String regular, String bold) {
    }

    static final List<Bundled> BUNDLED = List.of(
            new Bundled("/assets/fonts/NotoSansArabic-Regular.ttf", "/assets/fonts/NotoSansArabic-Bold.ttf"),
            new Bundled("/assets/fonts/NotoSansHebrew-Regular.ttf", "/assets/fonts/NotoSansHebrew-Bold.ttf"),
            new Bundled("/assets/fonts/NotoEmoji-Regular.ttf", null),
            new Bundled("/assets/fonts/DroidSansFallbackFull.ttf", null));

    private static final Map<String, byte[]> RESOURCE_BYTES = new ConcurrentHashMap<>();

    private final PDDocument doc;
    private final List<Bundled> bundled;
    private final List<Path> systemFolders;
    private final Map<Face, Typeface> faces = new EnumMap<>(Face.class);
    /** Fonts for other scripts, regular and bold, in the order they are tried. */
    private final List<Typeface> regularFallbacks = new ArrayList<>();
    private final List<Typeface> boldFallbacks = new ArrayList<>();
    private final Set<String> loadedFallbacks = new HashSet<>();
    /** Characters already looked for among the fallbacks, found or not, so each is looked for once. */
    private final Set<Integer> searched = new HashSet<>();
    private List<Path> systemFiles;

    private HandoutFonts(PDDocument doc, List<Bundled> bundled, List<Path> systemFolders) {
        this.doc = doc;
        this.bundled = bundled;
        this.systemFolders = systemFolders;
    }

    /** Loads the main faces into {@code doc}; close the result only after the document is saved. */
    static HandoutFonts load(PDDocument doc) throws IOException {
        return load(doc, BUNDLED, null);
    }

    /**
     * With the fallback fonts given: {@code systemFolders} null means this computer's usual font
     * folders ({@link SystemFonts#folders()}), an empty list none.
     */
    static HandoutFonts load(PDDocument doc, List<Bundled> bundled, List<Path> systemFolders) throws IOException {
        HandoutFonts result = new HandoutFonts(doc, bundled, systemFolders);
        try {
            for (Face face : Face.values()) {
                result.faces.put(face, Typeface.read(RESOURCES.get(face), resource(RESOURCES.get(face)), doc));
            }
        } catch (IOException | RuntimeException e) {
            result.close();
            throw e;
        }
        return result;
    }

    private static byte[] resource(String name) throws IOException {
        byte[] cached = RESOURCE_BYTES.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = HandoutFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            RESOURCE_BYTES.putIfAbsent(name, bytes);
            return bytes;
        }
    }

    PDType0Font font(Face face) throws IOException {
        return faces.get(face).font();
    }

    /**
     * Finds fonts for every character of {@code texts} that the loaded fonts lack, in one pass over
     * the bundled and the installed fonts; what no font has is left for {@link #check} to refuse.
     */
    void cover(Collection<String> texts) throws IOException {
        Set<Integer> missing = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            collectMissing(text, missing);
            if (ArabicJoining.needed(text)) {
                collectMissing(ArabicJoining.shape(text), missing);
            }
        }
        missing.removeAll(searched);
        if (missing.isEmpty()) {
            return;
        }
        searched.addAll(missing);
        loadBundled(missing);
        if (!missing.isEmpty()) {
            loadInstalled(missing);
        }
    }

    /** Looks for fonts for a text that reached drawing without {@link #cover}; true to look again. */
    private boolean coverLate(String text) {
        try {
            cover(List.of(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }

    private void collectMissing(String text, Set<Integer> missing) {
        text.codePoints().filter(cp -> !isInvisible(cp) && !UndrawableCharacter.needsShaping(cp) && !loaded(cp))
                .forEach(missing::add);
    }

    private boolean loaded(int cp) {
        return typefaceFor(cp, Face.SANS) != null;
    }

    private void loadBundled(Set<Integer> missing) throws IOException {
        for (Bundled family : bundled) {
            if (missing.isEmpty()) {
                return;
            }
            if (loadedFallbacks.contains(family.regular())) {
                continue;
            }
            Typeface regular = Typeface.read(family.regular(), resource(family.regular()), doc);
            if (missing.stream().noneMatch(regular::has)) {
                regular.close();
                continue;
            }
            missing.removeIf(regular::has);
            loadedFallbacks.add(family.regular());
            regularFallbacks.add(regular);
            boldFallbacks.add(family.bold() == null ? regular
                    : Typeface.read(family.bold(), resource(family.bold()), doc));
        }
    }

    /** Walks the installed TrueType fonts once, keeping each one that has a character still missing. */
    private void loadInstalled(Set<Integer> missing) {
        if (systemFiles == null) {
            systemFiles = SystemFonts.files(systemFolders == null ? SystemFonts.folders() : systemFolders);
        }
        for (Path file : systemFiles) {
            if (missing.isEmpty()) {
                return;
            }
            if (loadedFallbacks.contains(file.toString()) || !hasAny(file, missing)) {
                continue;
            }
            try {
                Typeface font = Typeface.read(file.toString(), Files.readAllBytes(file), doc);
                missing.removeIf(font::has);
                loadedFallbacks.add(file.toString());
                regularFallbacks.add(font);
                boldFallbacks.add(font);
            } catch (IOException | RuntimeException e) {
                // A damaged or unusual font is passed over; another may have the character.
            }
        }
    }

    /** Reads only the character map of an installed font, so the fonts passed over cost little. */
    private static boolean hasAny(Path file, Set<Integer> codePoints) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (!font.getTableMap().containsKey("glyf")) {
                return false;
            }
            var cmap = font.getUnicodeCmapLookup(false);
            return cmap != null && codePoints.stream().anyMatch(cp -> cmap.getGlyphId(cp) > 0);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Splits a line into runs in drawing order, Arabic joined and right-to-left text reversed, each
     * run drawn with the first font that has all of its characters.
     */
    List<Run> runs(String text, Face face) throws IOException {
        return runs(text, face, false);
    }

    /** As {@link #runs(String, Face)}, the line laid out from the right when {@code rightToLeft}. */
    List<Run> runs(String text, Face face, boolean rightToLeft) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (Segment segment : segments(text, face, rightToLeft)) {
            runs.add(new Run(segment.typeface().font(), segment.text()));
        }
        return runs;
    }

    /** The width of {@code text} in points at {@code size}, measured as {@link #runs} draws it. */
    float width(String text, Face face, float size) {
        float units = 0;
        for (Segment segment : segments(text, face, false)) {
            String part = segment.text();
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                i += Character.charCount(cp);
                units += segment.typeface().advance(cp);
            }
        }
        return units / 1000f * size;
    }

    private record Segment(Typeface typeface, String text) {
    }

    private List<Segment> segments(String text, Face face, boolean rightToLeft) {
        String visual = VisualOrder.of(ArabicJoining.shape(drawable(text)), rightToLeft);
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Typeface currentFont = null;
        UnicodeScript currentScript = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            UnicodeScript script = UnicodeScript.of(cp);
            boolean neutral = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
            if (currentFont != null && (neutral || script == currentScript) && currentFont.has(cp)) {
                current.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            if (current.length() > 0) {
                segments.add(new Segment(currentFont, current.toString()));
                current.setLength(0);
            }
            int end = scriptRunEnd(visual, i, script);
            currentFont = typefaceFor(visual.substring(i, end), face);
            if (currentFont == null) {
                currentFont = typefaceFor(cp, face);
            }
            if (currentFont == null) {
                throw new UndrawableCharacter(cp, text, null);
            }
            currentScript = neutral ? null : script;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            segments.add(new Segment(currentFont, current.toString()));
        }
        return segments;
    }

    /** Where the run of {@code script} (with the punctuation and spaces inside it) starting at {@code from} ends. */
    private static int scriptRunEnd(String text, int from, UnicodeScript script) {
        int end = from;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            UnicodeScript next = UnicodeScript.of(cp);
            if (next != script && next != UnicodeScript.COMMON && next != UnicodeScript.INHERITED) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    private List<Typeface> chain(Face face) {
        List<Typeface> chain = new ArrayList<>();
        FAMILY.get(face).forEach(f -> chain.add(faces.get(f)));
        if (face == Face.SANS_BOLD) {
            chain.addAll(boldFallbacks);
        }
        chain.addAll(regularFallbacks);
        return chain;
    }

    private Typeface typefaceFor(String run, Face face) {
        for (Typeface candidate : chain(face)) {
            if (candidate.hasAll(run)) {
                return candidate;
            }
        }
        return null;
    }

    private Typeface typefaceFor(int codePoint, Face face) {
        if (UndrawableCharacter.needsShaping(codePoint)) {
            return null;
        }
        for (Typeface candidate : chain(face)) {
            if (candidate.has(codePoint)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The text with every character some loaded font has: one that none has is replaced by its
     * compatibility form where that can be drawn (the "ﬁ" ligature by "fi", a full-width letter by
     * the letter) and an invisible variation selector is dropped; otherwise the handout cannot be
     * made, and {@link UndrawableCharacter} says which character and where.
     */
    private String drawable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (loaded(cp) || !searched.contains(cp) && coverLate(text) && loaded(cp)) {
                if (out != null) {
                    out.appendCodePoint(cp);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, at);
            }
            if (isInvisible(cp)) {
                continue;
            }
            String compatible = compatible(cp);
            if (compatible == null) {
                throw new UndrawableCharacter(cp, around(text, at, i), null);
            }
            out.append(compatible);
        }
        return out == null ? text : out.toString();
    }

    /** The character's compatibility form when it differs and can be drawn, else null. */
    private String compatible(int cp) {
        String own = new String(Character.toChars(cp));
        String compatible = Normalizer.normalize(own, Normalizer.Form.NFKC);
        return !compatible.equals(own) && canDraw(compatible) ? compatible : null;
    }

    /**
     * Checks that every character of {@code text} can be printed (as itself or its plain form); throws
     * {@link UndrawableCharacter} naming the first that cannot, {@code where} it is and the words around it.
     * Call {@link #cover} with the text first, so that fonts for other scripts are found.
     */
    void check(String text, String where) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int at = i;
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || isInvisible(cp) || loaded(cp) || compatible(cp) != null) {
                continue;
            }
            throw new UndrawableCharacter(cp, around(text, at, i), where);
        }
    }

    private static String around(String text, int at, int after) {
        int from = text.offsetByCodePoints(at, -Math.min(24, text.codePointCount(0, at)));
        int to = text.offsetByCodePoints(after, Math.min(24, text.codePointCount(after, text.length())));
        return text.substring(from, to).strip();
    }

    /** True when some loaded font can draw every character of {@code text}. */
    boolean canDraw(String text) {
        return text.codePoints().allMatch(this::loaded);
    }

    /** Characters that show nothing: controls, format characters and variation selectors. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** The names of the fonts for other scripts this handout has taken on, in the order they are tried. */
    List<String> fallbackNames() {
        return regularFallbacks.stream().map(Typeface::name).toList();
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        Set<Typeface> all = new LinkedHashSet<>(faces.values());
        all.addAll(regularFallbacks);
        all.addAll(boldFallbacks);
        for (Typeface typeface : all) {
            try {
                typeface.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
