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
import org.stancemap.io.ExplainerLoader;
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
        assertTrue(defaultText.startsWith(normalise(defaultExplainer.article().title())), defaultText.substring(0, 120));
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

    @Test
    void opposingTableListsEachOpposesLinkWithItsParagraphs() {
        int start = defaultText.indexOf(HandoutText.get("opposing.heading"));
        int end = defaultText.indexOf(HandoutText.get("glossary.heading"));
        assertTrue(start > 0 && end > start, "the table section is missing");
        String table = defaultText.substring(start, end);
        List<Link> opposing = defaultExplainer.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).toList();
        assertFalse(opposing.isEmpty());
        for (Link link : opposing) {
            String paragraphs = HandoutComposer.paragraphs(link.evidence().stream()
                    .map(span -> defaultExplainer.article().paragraphNumberAt(span.start())).toList());
            String row = cell(link.fromStanceId()) + " " + cell(link.toStanceId()) + " " + paragraphs;
            assertTrue(table.contains(row), "no row “" + row + "” in " + table);
        }
        long rows = defaultExplainer.links().stream().filter(l -> l.kind() != LinkKind.OPPOSES)
                .filter(l -> table.contains(cell(l.fromStanceId()) + " " + cell(l.toStanceId()))).count();
        assertEquals(0, rows, "links that do not oppose are not in the table");
    }

    /** A table cell as it reads back: the holder's name, then the position's summary. */
    private static String cell(String stanceId) {
        return normalise(defaultExplainer.holderOf(stanceId).orElseThrow().name() + " "
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
    void aCharacterNoBundledFontHasPrintsInItsPlainFormOrAsAQuestionMark() {
        List<HandoutNote> notes = List.of(new HandoutNote("", "ﬁnal ｐｅａｃｅ 和平 🕊 peace", false));
        String text = normalise(bodyText(render(defaultExplainer, HandoutOptions.of(PaperSize.A4).withNotes(notes))));
        // No bundled font has the ligature, the full-width letters, Chinese or emoji: the first two
        // print as their plain letters, the others as "?", and the handout is still made.
        assertTrue(text.contains("final peace ?? ? peace"), text.substring(text.indexOf(HandoutText.get("notes.heading"))));
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
