package org.stancemap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelTest {

    private static String seed;

    /** The seed article, read from the shipped explainer without going through the loader. */
    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = ModelTest.class.getResourceAsStream("/assets/explainers/paris-summit.stancemap.json")) {
            seed = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject().getAsJsonObject("article").get("text").getAsString();
        }
    }

    private static Article article(String text) {
        return new Article("t", true, "", "", "", text);
    }

    @Test
    void seedArticleHasSevenNumberedParagraphs() {
        List<Article.Paragraph> paragraphs = article(seed).paragraphs();
        assertEquals(7, paragraphs.size());
        String[] lines = seed.split("\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            Article.Paragraph p = paragraphs.get(i);
            assertEquals(i + 1, p.number());
            assertEquals(lines[i], p.text());
            assertEquals(p.text().codePointCount(0, p.text().length()), p.end() - p.start());
        }
        assertTrue(paragraphs.get(0).text().startsWith("Russian President Vladimir Putin"));
        assertTrue(paragraphs.get(6).text().startsWith("Putin\u2019s stance"));
        assertEquals(seed.codePointCount(0, seed.length()), paragraphs.get(6).end());
    }

    @Test
    void paragraphNumberAtFindsTheParagraphOfAnOffset() {
        Article a = article(seed);
        List<Article.Paragraph> paragraphs = a.paragraphs();
        assertEquals(1, a.paragraphNumberAt(0));
        for (Article.Paragraph p : paragraphs) {
            assertEquals(p.number(), a.paragraphNumberAt(p.start()));
            assertEquals(p.number(), a.paragraphNumberAt(p.end() - 1));
        }
        // the line break between paragraphs 1 and 2 belongs to neither
        assertEquals(0, a.paragraphNumberAt(paragraphs.get(0).end()));
        assertEquals(0, a.paragraphNumberAt(-1));
        assertEquals(0, a.paragraphNumberAt(paragraphs.get(6).end()));
        int zelensky = seed.codePointCount(0, seed.indexOf("Volodymyr Zelensky"));
        assertEquals(3, a.paragraphNumberAt(zelensky));
        int starmer = seed.codePointCount(0, seed.indexOf("Keir Starmer"));
        assertEquals(6, a.paragraphNumberAt(starmer));
    }

    @Test
    void paragraphOffsetsCountCodePointsAndSkipBlankLines() {
        Article a = article("\ud83d\ude00 one\n\n  \ntwo");
        List<Article.Paragraph> paragraphs = a.paragraphs();
        assertEquals(2, paragraphs.size());
        assertEquals(new Article.Paragraph(1, 0, 5, "\ud83d\ude00 one"), paragraphs.get(0));
        assertEquals(new Article.Paragraph(2, 10, 13, "two"), paragraphs.get(1));
        assertEquals(2, a.paragraphNumberAt(10));
    }

    private static Actor actor(String name, ActorKind kind) {
        return new Actor("id", name, kind, "", List.of(), Optional.empty());
    }

    @Test
    void initialsOfPeopleAndBlocs() {
        assertEquals("VP", actor("Vladimir Putin", ActorKind.PERSON).initials());
        assertEquals("KS", actor("Keir Starmer", ActorKind.PERSON).initials());
        assertEquals("UK", actor("United Kingdom", ActorKind.STATE).initials());
        assertEquals("N", actor("NATO", ActorKind.ALLIANCE).initials());
        assertEquals("VF", actor("Vladivostok economic forum", ActorKind.EVENT).initials());
        assertEquals("WL", actor("Western-leaders", ActorKind.GROUP).initials());
        assertEquals("UA", actor("Ukraine\u2019s allies", ActorKind.COALITION).initials());
        assertEquals("?", actor("  \u2014 ", ActorKind.GROUP).initials());
        assertEquals("\u00c9M", actor("\u00e9mile macron", ActorKind.PERSON).initials());
    }

    @Test
    void explainerIndexesItsEntries() {
        Actor putin = new Actor("putin", "Vladimir Putin", ActorKind.PERSON, "", List.of("russia"), Optional.empty());
        Actor russia = new Actor("russia", "Russia", ActorKind.STATE, "", List.of(), Optional.empty());
        Span span = new Span(0, 1, "R");
        Stance s1 = new Stance("s1", "putin", "x", List.of(new Quote(span, Delivery.REPORTED)), Optional.empty());
        Stance s2 = new Stance("s2", "russia", "y", List.of(new Quote(span, Delivery.DIRECT)), Optional.empty());
        Link link = new Link("l", LinkKind.SUPPORTS, "s1", "s2", "because", List.of(span));
        Explainer e = new Explainer("e", article("R"), List.of(putin, russia), List.of(s1, s2), List.of(link),
                List.of(), List.of());
        assertEquals(List.of(putin), e.membersOf("russia"));
        assertEquals(russia, e.holderOf("s2").orElseThrow());
        assertEquals(List.of(link), e.linksOf("s1"));
        assertEquals("s1", link.otherEnd("s2"));
        assertEquals(List.of(s1), e.stancesOf("putin"));
        assertTrue(e.stance("nope").isEmpty());
    }

    @Test
    void jsonNamesRoundTrip() {
        for (ActorKind k : ActorKind.values()) {
            assertEquals(Optional.of(k), ActorKind.fromJson(k.jsonName()));
        }
        for (LinkKind k : LinkKind.values()) {
            assertEquals(Optional.of(k), LinkKind.fromJson(k.jsonName()));
        }
        assertEquals(Optional.of(LinkKind.RESPONDS_TO), LinkKind.fromJson("responds-to"));
        assertTrue(ActorKind.fromJson("Person").isEmpty());
        assertTrue(ActorKind.STATE.isBloc());
        assertTrue(!ActorKind.PERSON.isBloc() && !ActorKind.EVENT.isBloc());
    }
}
