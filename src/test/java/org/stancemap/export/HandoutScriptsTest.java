package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.export.HandoutTestSupport.Glyph;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;

/**
 * A handout of an article in Chinese, Arabic, Hebrew and emoji prints the article's own words: read
 * back from the PDF they are there, in the fonts embedded in it, and nothing became "?".
 *
 * <p>What can be checked by reading the PDF back: PDFBox's text extraction gives Arabic as the
 * presentation forms that were drawn, which NFKC normalisation turns back into the article's letters,
 * and it puts each right-to-left run back into logical order, so a quote's words come back as written.
 * The quote marks the handout puts around a right-to-left quote are laid out for an English reader
 * (“ on the left), which the extraction, guessing a right-to-left line, reads back swapped; so the
 * words inside the marks are compared, not the marks. The order on the page is checked on the glyphs'
 * positions.
 */
class HandoutScriptsTest {

    static final String ARABIC = "لا نريد الانتظار، الماء حق للجميع";
    static final String HEBREW = "המים שייכים לכולם, אבל התקציב מוגבל";
    static final String CHINESE = "我们明年春天可以开始建设 👍";

    private static byte[] pdf;
    private static String text;

    static Explainer manyScripts() throws IOException {
        try (InputStream in = HandoutScriptsTest.class.getResourceAsStream("many-scripts.stancemap.json")) {
            return HandoutTestSupport.valid(new ExplainerLoader().load(in.readAllBytes(), "many-scripts.stancemap.json"));
        }
    }

    @BeforeAll
    static void render() throws IOException {
        pdf = HandoutTestSupport.render(manyScripts(), HandoutOptions.of(PaperSize.A4).withNumberedArticle(true));
        text = Normalizer.normalize(HandoutTestSupport.allText(pdf), Normalizer.Form.NFKC);
    }

    @Test
    void everyScriptsWordsComeBackFromThePdf() {
        for (String words : List.of(ARABIC, HEBREW, CHINESE, "سلمى حداد", "נועה לוי", "王丽", "تحلية", "תקציב",
                "desalination plant 💧")) {
            assertTrue(text.contains(words), "missing “" + words + "” in\n" + text);
        }
    }

    @Test
    void nothingPrintsAsAQuestionMark() throws IOException {
        // Without the quiz the handout asks nothing and the explainer has no "?", so any "?" would stand
        // for a character it lost.
        String plain = HandoutTestSupport.allText(HandoutTestSupport.render(manyScripts(),
                HandoutOptions.of(PaperSize.A4).withQuestions(0).withNumberedArticle(true)));
        assertTrue(plain.contains("王丽"), plain);
        assertFalse(plain.contains("?"), plain);
        assertFalse(text.contains("\uFFFD"), text);
    }

    @Test
    void arabicIsDrawnJoinedWithTheLamAlefLigature() {
        String drawn = HandoutTestSupport.glyphs(pdf).stream().map(Glyph::unicode).collect(Collectors.joining());
        // سلمى as drawn, right to left: final alef maksura, medial meem, medial lam, initial seen.
        assertTrue(drawn.contains("\uFEF0\uFEE4\uFEE0\uFEB3"), "سلمى is not joined");
        // لا as one ligature glyph, not a lam and an alef side by side.
        assertTrue(drawn.contains("\uFEFB"), "no lam-alef ligature was drawn");
        assertFalse(drawn.contains("\u0644\u0627"), "an unjoined lam and alef were drawn");
    }

    @Test
    void rightToLeftWordsAreDrawnFromTheRight() {
        // Read from right to left by where each glyph sits, a line holds the words in the article's order.
        List<String> lines = rightToLeftLines(HandoutTestSupport.glyphs(pdf));
        for (String words : List.of("נועה לוי", HEBREW, "سلمى حداد", ARABIC)) {
            String letters = words.codePoints().filter(Character::isLetter)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertTrue(lines.stream().anyMatch(line -> line.contains(letters)), letters + " not among " + lines);
        }
    }

    /** The Hebrew and Arabic letters of each printed line, sorted from the right edge leftwards and normalised. */
    private static List<String> rightToLeftLines(List<Glyph> glyphs) {
        Map<String, List<Glyph>> lines = new TreeMap<>();
        for (Glyph glyph : glyphs) {
            int cp = glyph.unicode().codePointAt(0);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (Character.isLetter(cp) && (script == Character.UnicodeScript.HEBREW
                    || script == Character.UnicodeScript.ARABIC)) {
                lines.computeIfAbsent(glyph.page() + ":" + Math.round(glyph.bottom()), k -> new ArrayList<>()).add(glyph);
            }
        }
        return lines.values().stream().map(line -> Normalizer.normalize(line.stream()
                .sorted(Comparator.comparingDouble(Glyph::left).reversed()).map(Glyph::unicode)
                .collect(Collectors.joining()), Normalizer.Form.NFKC)).toList();
    }

    @Test
    void aParagraphWrittenInHebrewIsSetFlushRight() throws IOException {
        String note = "המים שייכים לכולם.";
        byte[] withNote = HandoutTestSupport.render(manyScripts(), HandoutOptions.of(PaperSize.A4).withQuestions(0)
                .withNotes(List.of(new HandoutNote("", note, false))));
        List<Glyph> glyphs = HandoutTestSupport.glyphs(withNote);
        // The note's first letter, he, ends at the right margin; its full stop sits at the line's left end.
        Glyph lastPageHe = glyphs.stream().filter(g -> g.unicode().equals("ה")).reduce((a, b) -> b).orElseThrow();
        List<Glyph> line = glyphs.stream().filter(g -> g.page() == lastPageHe.page()
                && Math.abs(g.bottom() - lastPageHe.bottom()) < 1).toList();
        float rightEdge = PaperSize.A4.width() - PageFlow.MARGIN_SIDE;
        assertEquals(rightEdge, (float) line.stream().mapToDouble(Glyph::right).max().orElseThrow(), 1.5f);
        Glyph stop = line.stream().filter(g -> g.unicode().equals(".")).findFirst().orElseThrow();
        assertTrue(line.stream().allMatch(g -> g == stop || g.left() >= stop.right() - 0.5f), "the full stop is leftmost");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    assertTrue(font instanceof PDType0Font, font.getName());
                    // A subset's name starts with six capitals and a plus.
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName());
                    names.add(font.getName().substring(7));
                }
            }
        }
        for (String family : List.of("NotoSansArabic-Regular", "NotoSansHebrew-Regular", "DroidSansFallback",
                "NotoEmoji-Regular")) {
            assertTrue(names.contains(family), family + " not among " + names);
        }
        // Subsets keep the handout small although the Chinese font alone is 4 MB.
        assertTrue(pdf.length < 400_000, pdf.length + " bytes");
    }

    @Test
    void aCharacterNoFontHasIsRefusedByNameAndPlace(@TempDir Path empty) throws IOException {
        try (PDDocument doc = new PDDocument();
             HandoutFonts fonts = HandoutFonts.load(doc, List.of(), List.of(empty))) {
            fonts.cover(List.of("peace, 和平"));
            UndrawableCharacter refused = assertThrows(UndrawableCharacter.class,
                    () -> fonts.check("peace, 和平", "a quote of stance “s1”"));
            assertEquals(0x548C, refused.codePoint());
            assertEquals("The handout cannot print “和” (U+548C, CJK UNIFIED IDEOGRAPHS 548C) in a quote of stance “s1”,"
                    + " “peace, 和平”: no font the handout has, bundled or installed on this computer, can draw it,"
                    + " and it would otherwise come out as “?”. Remove it or write it another way, then export again.",
                    HandoutWriter.refusal(refused));
        }
    }

    @Test
    void aFontInstalledOnTheComputerDrawsWhatNoBundledFontHas(@TempDir Path folder) throws IOException {
        Path installed = Files.createDirectories(folder.resolve("truetype/noto")).resolve("NotoSansHebrew-Regular.ttf");
        try (InputStream in = getClass().getResourceAsStream("/assets/fonts/NotoSansHebrew-Regular.ttf")) {
            Files.copy(in, installed);
        }
        Files.writeString(folder.resolve("truetype/broken.ttf"), "not a font");
        try (PDDocument doc = new PDDocument();
             HandoutFonts fonts = HandoutFonts.load(doc, List.of(), List.of(folder))) {
            fonts.cover(List.of(HEBREW));
            fonts.check(HEBREW, "a quote");
            assertEquals(List.of(installed.toString()), fonts.fallbackNames());
            assertTrue(fonts.width(HEBREW, Face.SERIF, 10) > 0);
        }
    }

    @Test
    void arabicIsMeasuredAsItIsDrawn() throws IOException {
        try (PDDocument doc = new PDDocument(); HandoutFonts fonts = HandoutFonts.load(doc)) {
            fonts.cover(List.of(ARABIC));
            // Lam and alef print as one ligature, narrower than the two letters apart.
            assertEquals(fonts.width("\uFEFB", Face.SANS, 10), fonts.width("لا", Face.SANS, 10), 0.001);
            assertTrue(fonts.width("لا", Face.SANS, 10) < fonts.width("\uFEDD", Face.SANS, 10)
                    + fonts.width("\uFE8D", Face.SANS, 10));
            String paragraph = (ARABIC + " ").repeat(12);
            for (String line : TextLines.wrap(paragraph, fonts, Face.SERIF, 10, 200)) {
                assertTrue(fonts.width(line, Face.SERIF, 10) <= 200, line);
            }
        }
    }
}
