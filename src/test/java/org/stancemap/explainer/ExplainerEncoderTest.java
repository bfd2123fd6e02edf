package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;

class ExplainerEncoderTest {

    @TempDir
    Path dir;

    private final ExplainerEncoder encoder = new ExplainerEncoder();

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    private static void assertSameExplainer(Explainer expected, Explainer actual) {
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.article(), actual.article());
        assertEquals(expected.actors(), actual.actors());
        assertEquals(expected.stances(), actual.stances());
        assertEquals(expected.links(), actual.links());
        assertEquals(expected.tour(), actual.tour());
        assertEquals(expected.glossary(), actual.glossary());
    }

    @Test
    void builtInExplainerSurvivesEncodingAndDecodingUnchanged() {
        Explainer original = builtIn();
        LoadResult again = new ExplainerLoader().load(encoder.encodeBytes(original), "encoded.json");
        assertTrue(again.problems().isEmpty(), TestFiles.describe(again));
        assertSameExplainer(original, again.explainer().orElseThrow());
        assertEquals(encoder.encode(original), encoder.encode(again.explainer().get()), "encoding is stable");
    }

    @Test
    void writtenFileValidatesAndReplacesTheOldOneWholly() throws IOException {
        Path file = dir.resolve("copy.stancemap.json");
        Files.writeString(file, "old content that is much longer than nothing at all");
        encoder.write(builtIn(), file);
        LoadResult loaded = new ExplainerLoader().load(file);
        assertTrue(loaded.isValid(), TestFiles.describe(loaded));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file or backup is left behind");
        }
    }

    @Test
    void fieldsComeInTheOrderTheFormatGuideListsThem() {
        String text = encoder.encode(builtIn());
        int format = text.indexOf("\"format\"");
        int id = text.indexOf("\"id\"");
        int article = text.indexOf("\"article\"");
        int actors = text.indexOf("\"actors\"");
        int stances = text.indexOf("\"stances\"");
        int links = text.indexOf("\"links\"");
        int tour = text.indexOf("\"tour\"");
        int glossary = text.indexOf("\"glossary\"");
        assertTrue(format < id && id < article && article < actors && actors < stances && stances < links
                && links < tour && tour < glossary, text.substring(0, 200));
        assertTrue(text.startsWith("{\n  \"format\": 1,\n"), "indented: " + text.substring(0, 30));
        assertFalse(text.contains("\"status\""), "confirmed entries carry no status field");
    }

    @Test
    void suggestionsAreWrittenWithTheirStatusAndReadBack() {
        String article = "Ada 😀 said the bridge 𝄞 must stay open.";
        int start = article.codePointCount(0, article.indexOf("the bridge"));
        String quote = "the bridge 𝄞 must stay open";
        Span span = new Span(start, start + quote.codePointCount(0, quote.length()), quote);
        Explainer draft = new Explainer("bridge", new Article("Bridge", false, "", "", "", article),
                List.of(new Actor("ada", "Ada", ActorKind.PERSON, "", List.of(), Optional.empty(), Status.SUGGESTED),
                        new Actor("bo", "Bo", ActorKind.PERSON, "", List.of(), Optional.empty())),
                List.of(new Stance("ada-1", "ada", "Draft: the bridge…", List.of(new Quote(span, Delivery.REPORTED)),
                                Optional.empty(), Status.SUGGESTED),
                        new Stance("bo-1", "bo", "Bo's view", List.of(new Quote(span, Delivery.DIRECT)),
                                Optional.empty())),
                List.of(new Link("l", LinkKind.OPPOSES, "ada-1", "bo-1", "¶1: low confidence", List.of(span),
                        Status.SUGGESTED)),
                List.of(), List.of());
        String text = encoder.encode(draft);
        JsonObject tree = JsonParser.parseString(text).getAsJsonObject();
        assertEquals("suggested", tree.getAsJsonArray("actors").get(0).getAsJsonObject().get("status").getAsString());
        assertFalse(tree.getAsJsonArray("actors").get(1).getAsJsonObject().has("status"));
        assertEquals(start, tree.getAsJsonArray("stances").get(0).getAsJsonObject().getAsJsonArray("quotes")
                .get(0).getAsJsonObject().get("start").getAsInt(), "offsets are code points");
        LoadResult loaded = new ExplainerLoader().load(text.getBytes(StandardCharsets.UTF_8), "draft.json");
        assertTrue(loaded.isValid(), TestFiles.describe(loaded));
        assertSameExplainer(draft, loaded.explainer().get());
        assertEquals(Status.SUGGESTED, loaded.explainer().get().links().get(0).status());
    }
}
