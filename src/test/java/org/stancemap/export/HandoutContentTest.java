package org.stancemap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.export.HandoutTestSupport.bodyText;
import static org.stancemap.export.HandoutTestSupport.normalise;
import static org.stancemap.export.HandoutTestSupport.render;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** What a handout says, read back from the PDF with PDFBox's text extraction. */
class HandoutContentTest {

    private static Explainer defaultExplainer;
    private static String defaultText;

    @BeforeAll
    static void renderDefault() {
        defaultExplainer = HandoutTestSupport.defaultExplainer();
        defaultText = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4))));
    }

    /** Every quote, actor name and glossary term of {@code explainer}, character for character. */
    private static List<String> missing(Explainer explainer, String text) {
        List<String> missing = new ArrayList<>();
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                String wanted = "“" + normalise(quote.text()) + "”";
                if (!text.contains(wanted)) {
                    missing.add("quote " + wanted);
                }
            }
            if (!text.contains(normalise(stance.summary()))) {
                missing.add("summary " + stance.summary());
            }
        }
        for (Actor actor : explainer.actors()) {
            if (!text.contains(normalise(actor.name()))) {
                missing.add("actor " + actor.name());
            }
        }
        for (GlossaryEntry entry : explainer.glossary()) {
            if (!text.contains(normalise(entry.term())) || !text.contains(normalise(entry.definition()))) {
                missing.add("glossary " + entry.term());
            }
        }
        return missing;
    }

    @Test
    void defaultHandoutHoldsEveryQuoteActorAndGlossaryTerm() {
        assertFalse(defaultExplainer.stances().isEmpty());
        assertEquals(List.of(), missing(defaultExplainer, defaultText));
    }

    @Test
    void generatedHandoutHoldsEveryQuoteActorAndGlossaryTerm() {
        Explainer generated = HandoutTestSupport.generatedExplainer();
        String text = normalise(bodyText(render(generated, HandoutOptions.of(PaperSize.LETTER))));
        assertEquals(List.of(), missing(generated, text));
    }

    @Test
    void theCheckNoticesAQuoteThatIsNotThere() {
        String withoutFirstQuote = defaultText.replace(normalise(defaultExplainer.stances().get(0).quotes().get(0).text()), "");
        assertFalse(missing(defaultExplainer, withoutFirstQuote).isEmpty());
    }

    @Test
    void titleKeepsItsTypographicQuotesAndIsMarkedAsEditorial() {
        assertTrue(defaultExplainer.article().titleIsEditorial());
        String afterNameLine = defaultText.substring(defaultText.indexOf(HandoutText.get("nameLine.date")) + 4).strip();
        assertTrue(afterNameLine.startsWith(normalise(defaultExplainer.article().title())), defaultText.substring(0, 160));
        assertTrue(defaultText.contains(HandoutText.get("title.editorial")));
        assertTrue(defaultText.contains(HandoutText.get("source.unknown")));
    }

    @Test
    void quotesSayWhereTheyAreInTheArticle() {
        Stance first = defaultExplainer.stances().get(0);
        Quote quote = first.quotes().get(0);
        int paragraph = defaultExplainer.article().paragraphNumberAt(quote.span().start());
        assertTrue(paragraph > 0);
        String delivery = HandoutText.get(quote.delivery() == org.stancemap.model.Delivery.DIRECT
                ? "quote.direct" : "quote.reported");
        assertTrue(defaultText.contains("“" + normalise(quote.text()) + "” ¶" + paragraph + " · " + delivery),
                defaultText);
    }

    /** Every opposing link is in the table: both positions and the paragraphs; a position opposed often is printed once. */
    @Test
    void opposingTableListsEachOpposesLinkWithItsParagraphs() {
        int start = defaultText.indexOf(HandoutText.get("opposing.heading"));
        int end = defaultText.indexOf(HandoutText.get("questions.heading"));
        assertTrue(start > 0 && end > start, "the table section is missing");
        String table = defaultText.substring(start, end);
        List<Link> opposing = defaultExplainer.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).toList();
        assertFalse(opposing.isEmpty());
        for (Link link : opposing) {
            String paragraphs = HandoutComposer.paragraphs(link.evidence().stream()
                    .map(span -> defaultExplainer.article().paragraphNumberAt(span.start())).toList());
            assertTrue(table.contains(cell(link.fromStanceId())), "no cell “" + cell(link.fromStanceId()) + "” in " + table);
            assertTrue(table.contains(cell(link.toStanceId())), "no cell “" + cell(link.toStanceId()) + "” in " + table);
            assertTrue(table.contains(paragraphs), paragraphs);
        }
        String commitment = cell("allies-commit-troops");
        assertEquals(table.indexOf(commitment), table.lastIndexOf(commitment),
                "the allies' commitment, opposed five times, is printed once");
    }

    /** The student fills in a name line; the quiz's questions are printed with room to answer, answers apart. */
    @Test
    void theHandoutHasANameLineQuestionsAndATeachersAnswerPage() throws IOException {
        byte[] pdf = render(defaultExplainer, HandoutOptions.of(PaperSize.A4));
        String first = normalise(HandoutTestSupport.allText(pdf)).substring(0, 60);
        assertTrue(first.startsWith("Name Class Date"), first);
        List<org.stancemap.quiz.Question> questions = HandoutQuestions.pick(
                new org.stancemap.quiz.QuizGenerator(defaultExplainer).round(HandoutQuestions.SEED).questions(),
                HandoutOptions.DEFAULT_QUESTIONS);
        assertEquals(HandoutOptions.DEFAULT_QUESTIONS, questions.size());
        int answers = defaultText.indexOf(HandoutText.get("answers.heading"));
        assertTrue(answers > 0, "no answer page");
        for (int i = 0; i < questions.size(); i++) {
            var q = questions.get(i);
            String asked = normalise((i + 1) + ". " + q.prompt());
            int at = defaultText.indexOf(asked);
            assertTrue(at > 0 && at < answers, "question " + asked + " is not before the answers");
            assertTrue(defaultText.indexOf(normalise(q.subject()), at) > at, "the question shows what it asks about");
            String answer = normalise(HandoutText.format("answers.one", i + 1,
                    HandoutQuestions.optionText(q.correctIndex(), q.correctOption()), q.paragraph()));
            assertTrue(defaultText.indexOf(answer) > answers, "no answer " + answer);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            stripper.setEndPage(doc.getNumberOfPages());
            assertTrue(normalise(stripper.getText(doc)).startsWith(HandoutText.get("answers.heading")),
                    "the answers have a page of their own");
        }
        String without = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withAnswerKey(false))));
        assertFalse(without.contains(HandoutText.get("answers.heading")));
        String none = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withQuestions(0))));
        assertFalse(none.contains(HandoutText.get("questions.heading")));
    }

    /** Two to three pages for the class (and the teacher's page); no page more than half empty but the last of each. */
    @Test
    void theDefaultHandoutFillsTwoToThreePagesWithNoHalfEmptyPage() {
        byte[] pdf = render(defaultExplainer, HandoutOptions.of(PaperSize.A4));
        List<HandoutTestSupport.Sized> glyphs = HandoutTestSupport.sizes(pdf);
        int pages = glyphs.stream().mapToInt(HandoutTestSupport.Sized::page).max().orElse(0);
        int studentPages = pages - 1;
        assertTrue(studentPages >= 2 && studentPages <= 3, "the class's part has " + studentPages + " pages");
        float top = PageFlow.MARGIN_TOP;
        float bottom = PaperSize.A4.height() - PageFlow.MARGIN_BOTTOM;
        for (int page = 1; page < studentPages; page++) {
            int p = page;
            float lowest = (float) glyphs.stream().filter(g -> g.page() == p && g.bottomFromTop() < bottom)
                    .mapToDouble(HandoutTestSupport.Sized::bottomFromTop).max().orElse(top);
            assertTrue((lowest - top) / (bottom - top) >= 0.5f, "page " + page + " is more than half empty");
        }
    }

    /** Print-friendly: nothing the handout writes is smaller than 8 pt, the map's names, initials and notes included. */
    @Test
    void noTextIsSmallerThanEightPoints() {
        byte[] pdf = render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withNumberedArticle(true));
        StringBuilder small = new StringBuilder();
        for (HandoutTestSupport.Sized g : HandoutTestSupport.sizes(pdf)) {
            if (g.points() < 7.95f) {
                small.append(g.unicode());
            }
        }
        assertEquals("", small.toString().replace(" ", ""), "text smaller than 8 pt");
    }

    @Test
    void theNumberedArticleIsAnOption() {
        String with = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withNumberedArticle(true))));
        int at = with.indexOf(HandoutText.get("article.heading"));
        assertTrue(at > 0);
        for (var paragraph : defaultExplainer.article().paragraphs()) {
            assertTrue(with.indexOf("¶" + paragraph.number() + " " + normalise(paragraph.text()), at) > at,
                    "paragraph " + paragraph.number());
        }
        assertFalse(defaultText.contains(HandoutText.get("article.heading")), "not by default");
    }

    /** "Source: not given" in words a student can act on; the map data's credit is in the foot, not the body. */
    @Test
    void sourceAndMapCreditAreWordedForAStudent() {
        assertTrue(defaultText.contains(HandoutText.get("source.unknown")));
        assertFalse(defaultText.contains("npm"), "no package names in the body");
        String all = normalise(HandoutTestSupport.allText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4))));
        assertTrue(all.contains("Map data: Natural Earth"), all.substring(0, 200));
    }

    /** A table cell as it reads back: the holder's name, then the position's summary. */
    private static String cell(String stanceId) {
        return normalise(defaultExplainer.holderOf(stanceId).orElseThrow().name() + ": "
                + defaultExplainer.stance(stanceId).orElseThrow().summary());
    }

    @Test
    void glossaryIsMarkedAsTheExplainersOwnNotes() {
        int heading = defaultText.indexOf(HandoutText.get("glossary.heading"));
        assertTrue(heading > 0);
        assertTrue(defaultText.indexOf(HandoutText.get("glossary.note")) > heading);
    }

    @Test
    void notesAppearOnlyWhenGiven() {
        List<HandoutNote> notes = List.of(
                new HandoutNote("Vladimir Putin", "Compare his ¶1 claim with Rutte’s reply.\nAsk the class why.", true),
                new HandoutNote("", "Look up “reassurance force” in other outlets.", false));
        String with = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withNotes(notes))));
        assertTrue(with.contains(HandoutText.get("notes.heading")));
        assertTrue(with.contains("Vladimir Putin · " + HandoutText.get("notes.starred")), with);
        assertTrue(with.contains("Compare his ¶1 claim with Rutte’s reply. Ask the class why."));
        assertTrue(with.contains(HandoutText.get("notes.general") + " Look up “reassurance force” in other outlets."));

        assertFalse(defaultText.contains(HandoutText.get("notes.heading")));
        assertFalse(defaultText.contains("Compare his ¶1 claim"));
    }

    @Test
    void paperSizesGiveTheirMediaBoxOnEveryPage() throws IOException {
        assertPages(render(defaultExplainer, HandoutOptions.of(PaperSize.A4)), 595.2756f, 841.8898f);
        assertPages(render(defaultExplainer, HandoutOptions.of(PaperSize.LETTER)), 612f, 792f);
    }

    private static void assertPages(byte[] pdf, float width, float height) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 2, "the default handout spans pages");
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertEquals(width, box.getWidth(), 0.01);
                assertEquals(height, box.getHeight(), 0.01);
            }
        }
    }

    @Test
    void pagesAreNumberedOutOfTheTotal() throws IOException {
        byte[] pdf = render(defaultExplainer, HandoutOptions.of(PaperSize.A4));
        String all = HandoutTestSupport.allText(pdf);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        for (int i = 1; i <= pages; i++) {
            assertTrue(all.contains(HandoutText.format("handout.page", i, pages)), "no number on page " + i);
        }
        assertFalse(all.contains(HandoutText.format("handout.page", pages + 1, pages)));
    }

    @Test
    void unusualCharactersComeOutExactly() throws IOException {
        JsonObject tree;
        try (InputStream in = getClass().getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            tree = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
        String term = "first official “ffi” — naïve ‘café’ Жуковский Ελλάδα → −5 € ½ № ★";
        JsonObject entry = new JsonObject();
        entry.addProperty("term", term);
        entry.addProperty("definition", "Kraków’s zł… and Łódź – Straße, fjord, ¶2 ½ ∞.");
        entry.addProperty("source", "explainer");
        JsonArray glossary = tree.getAsJsonArray("glossary");
        glossary.add(entry);
        Explainer explainer = HandoutTestSupport.valid(new ExplainerLoader()
                .load(tree.toString().getBytes(StandardCharsets.UTF_8), "unusual.json"));
        String text = normalise(bodyText(render(explainer, HandoutOptions.of(PaperSize.A4))));
        assertTrue(text.contains(term), text.substring(text.indexOf(HandoutText.get("glossary.heading"))));
        assertTrue(text.contains("Kraków’s zł… and Łódź – Straße, fjord, ¶2 ½ ∞."), text);
    }

    @Test
    void aCharacterNoFontHasPrintsInItsPlainFormOrIsRefusedByName() {
        // No font has the ligature, so it prints as its plain letters; the full-width letters print as
        // themselves, from the bundled Chinese font.
        List<HandoutNote> plain = List.of(new HandoutNote("", "ﬁnal ｐｅａｃｅ peace", false));
        String text = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withNotes(plain))));
        assertTrue(text.contains("final ｐｅａｃｅ peace"), text.substring(text.indexOf(HandoutText.get("notes.heading"))));
        // A character the handout cannot draw is never printed as a silent "?": the handout is refused, naming
        // it and where it is. Devanagari needs shaping the handout does not do, on any computer.
        List<HandoutNote> hindi = List.of(new HandoutNote("", "The word for peace is शांति.", false));
        HandoutException refused = org.junit.jupiter.api.Assertions.assertThrows(HandoutException.class, () ->
                new HandoutWriter(HandoutTestSupport.WORLD).render(defaultExplainer,
                        HandoutOptions.of(PaperSize.A4).withNotes(hindi), p -> { }));
        assertTrue(refused.getMessage().contains("“श” (U+0936, DEVANAGARI LETTER SHA)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("in a note, “The word for peace is शांति.”"), refused.getMessage());
    }

    @Test
    void theDrawnMapNamesEveryActorOfTheDefaultExplainer() {
        int map = defaultText.indexOf(HandoutText.get("map.heading"));
        int legend = defaultText.indexOf(HandoutText.get("legend.opposes"), map);
        String labels = defaultText.substring(map, legend);
        for (Actor actor : defaultExplainer.actors()) {
            assertTrue(labels.contains(normalise(actor.name())), "no label for " + actor.name() + " in " + labels);
        }
    }

    @Test
    void noPictureMeansTheMapIsDrawn() {
        assertEquals(Optional.empty(), HandoutOptions.of(PaperSize.A4).mapPicture());
        assertTrue(defaultText.contains(HandoutText.get("map.caption.drawn")));
        assertTrue(defaultText.contains(HandoutText.get("legend.opposes")));
    }
}
