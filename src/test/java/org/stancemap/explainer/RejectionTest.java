package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stancemap.explainer.TestFiles.assertErrorAt;
import static org.stancemap.explainer.TestFiles.assertSyntaxErrorAt;
import static org.stancemap.explainer.TestFiles.describe;
import static org.stancemap.explainer.TestFiles.load;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectionTest {

    private final JsonObject tree = TestFiles.defaultTree();

    private JsonArray actors() {
        return tree.getAsJsonArray("actors");
    }

    private JsonObject actor(int i) {
        return actors().get(i).getAsJsonObject();
    }

    private int actorIndex(String id) {
        for (int i = 0; i < actors().size(); i++) {
            if (actor(i).get("id").getAsString().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("the default explainer has no actor " + id);
    }

    private JsonObject stance(int i) {
        return tree.getAsJsonArray("stances").get(i).getAsJsonObject();
    }

    private JsonObject link(int i) {
        return tree.getAsJsonArray("links").get(i).getAsJsonObject();
    }

    private JsonObject quote(int stance, int quote) {
        return stance(stance).getAsJsonArray("quotes").get(quote).getAsJsonObject();
    }

    private String articleText() {
        return tree.getAsJsonObject("article").get("text").getAsString();
    }

    private int articleLength() {
        String text = articleText();
        return text.codePointCount(0, text.length());
    }

    @Test
    void unchangedTreeRoundTripsAndLoads() {
        // The baseline every other test mutates: serialising the parsed tree must not break it.
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
        assertEquals(List.of(), result.problems());
    }

    // ---- format ----

    @Test
    void wrongFormatVersionIsRejected() {
        tree.addProperty("format", 2);
        assertErrorAt(load(tree), "$.format", "format version 2");
    }

    @Test
    void missingFormatIsRejected() {
        tree.remove("format");
        assertErrorAt(load(tree), "$.format", "missing");
    }

    @Test
    void formatGivenAsTextIsRejected() {
        tree.addProperty("format", "1");
        assertErrorAt(load(tree), "$.format", "whole number");
    }

    @Test
    void fractionalFormatIsRejected() {
        tree.addProperty("format", 1.5);
        assertErrorAt(load(tree), "$.format", "whole number");
    }

    // ---- missing required fields ----

    @Test
    void actorWithoutNameIsRejected() {
        actor(0).remove("name");
        assertErrorAt(load(tree), "$.actors[0].name", "missing");
    }

    @Test
    void stanceWithoutSummaryIsRejected() {
        stance(2).remove("summary");
        assertErrorAt(load(tree), "$.stances[2].summary", "missing");
    }

    @Test
    void articleWithoutTextIsRejected() {
        tree.getAsJsonObject("article").remove("text");
        assertErrorAt(load(tree), "$.article.text", "missing");
    }

    @Test
    void missingIdIsRejected() {
        tree.remove("id");
        assertErrorAt(load(tree), "$.id", "missing");
    }

    @Test
    void missingStancesListIsRejected() {
        tree.remove("stances");
        assertErrorAt(load(tree), "$.stances", "missing");
    }

    @Test
    void linkWithoutExplanationIsRejected() {
        link(3).remove("explanation");
        assertErrorAt(load(tree), "$.links[3].explanation", "missing");
    }

    @Test
    void quoteWithoutDeliveryIsRejected() {
        quote(1, 0).remove("delivery");
        assertErrorAt(load(tree), "$.stances[1].quotes[0].delivery", "missing");
    }

    @Test
    void nullRequiredFieldCountsAsMissing() {
        actor(1).add("kind", com.google.gson.JsonNull.INSTANCE);
        assertErrorAt(load(tree), "$.actors[1].kind", "missing");
    }

    // ---- wrong types ----

    @Test
    void textWhereNumberIsExpectedIsRejected() {
        quote(0, 0).addProperty("start", "254");
        assertErrorAt(load(tree), "$.stances[0].quotes[0].start", "whole number");
    }

    @Test
    void numberWhereTextIsExpectedIsRejected() {
        actor(0).addProperty("name", 42);
        assertErrorAt(load(tree), "$.actors[0].name", "text in quotes");
    }

    @Test
    void objectWhereListIsExpectedIsRejected() {
        tree.add("stances", new JsonObject());
        assertErrorAt(load(tree), "$.stances", "list");
    }

    @Test
    void listWhereObjectIsExpectedIsRejected() {
        tree.add("article", new JsonArray());
        assertErrorAt(load(tree), "$.article", "object");
    }

    @Test
    void textWhereLatitudeIsExpectedIsRejected() {
        actor(0).getAsJsonObject("place").addProperty("lat", "55.76");
        assertErrorAt(load(tree), "$.actors[0].place.lat", "number");
    }

    @Test
    void textWhereBooleanIsExpectedIsRejected() {
        tree.getAsJsonObject("article").addProperty("titleIsEditorial", "yes");
        assertErrorAt(load(tree), "$.article.titleIsEditorial", "true or false");
    }

    @Test
    void nonTextBlocEntryIsRejected() {
        actor(0).getAsJsonArray("blocs").set(0, new JsonPrimitive(7));
        assertErrorAt(load(tree), "$.actors[0].blocs[0]", "text");
    }

    @Test
    void rootThatIsNotAnObjectIsRejected() {
        assertErrorAt(load("[1, 2, 3]"), "$", "object");
    }

    @Test
    void unknownActorKindIsRejected() {
        actor(0).addProperty("kind", "king");
        assertErrorAt(load(tree), "$.actors[0].kind", "not a known kind");
    }

    @Test
    void unknownLinkKindIsRejected() {
        link(0).addProperty("kind", "hates");
        assertErrorAt(load(tree), "$.links[0].kind", "not a known kind");
    }

    @Test
    void glossarySourceOtherThanExplainerIsRejected() {
        tree.getAsJsonArray("glossary").get(0).getAsJsonObject().addProperty("source", "article");
        assertErrorAt(load(tree), "$.glossary[0].source", "explainer");
    }

    // ---- empty names ----

    @Test
    void emptyActorNameIsRejected() {
        actor(0).addProperty("name", "");
        assertErrorAt(load(tree), "$.actors[0].name", "must not be empty");
    }

    @Test
    void blankActorNameIsRejected() {
        actor(3).addProperty("name", "   \t ");
        assertErrorAt(load(tree), "$.actors[3].name", "must not be empty");
    }

    @Test
    void emptyStanceSummaryIsRejected() {
        stance(4).addProperty("summary", "");
        assertErrorAt(load(tree), "$.stances[4].summary", "must not be empty");
    }

    @Test
    void stanceWithNoQuotesIsRejected() {
        stance(5).add("quotes", new JsonArray());
        assertErrorAt(load(tree), "$.stances[5].quotes", "at least one quote");
    }

    // ---- duplicate ids ----

    @Test
    void duplicateActorIdIsRejected() {
        actor(1).addProperty("id", actor(0).get("id").getAsString());
        assertErrorAt(load(tree), "$.actors[1].id", "already used at $.actors[0]");
    }

    @Test
    void duplicateStanceIdIsRejected() {
        stance(3).addProperty("id", stance(1).get("id").getAsString());
        assertErrorAt(load(tree), "$.stances[3].id", "already used at $.stances[1]");
    }

    @Test
    void duplicateLinkIdIsRejected() {
        link(2).addProperty("id", link(0).get("id").getAsString());
        assertErrorAt(load(tree), "$.links[2].id", "already used at $.links[0]");
    }

    // ---- references ----

    @Test
    void stanceOfUnknownActorIsRejected() {
        stance(0).addProperty("actor", "nobody");
        assertErrorAt(load(tree), "$.stances[0].actor", "nobody");
    }

    @Test
    void unknownBlocIsRejected() {
        actor(0).getAsJsonArray("blocs").set(0, new JsonPrimitive("atlantis"));
        assertErrorAt(load(tree), "$.actors[0].blocs[0]", "atlantis");
    }

    @Test
    void blocThatIsAPersonIsRejected() {
        int starmer = actorIndex("starmer");
        actor(starmer).getAsJsonArray("blocs").add("macron");
        int last = actor(starmer).getAsJsonArray("blocs").size() - 1;
        assertErrorAt(load(tree), "$.actors[" + starmer + "].blocs[" + last + "]", "not a bloc");
    }

    @Test
    void blocThatIsAnEventIsRejected() {
        actor(0).getAsJsonArray("blocs").set(0, new JsonPrimitive("paris-summit"));
        assertErrorAt(load(tree), "$.actors[0].blocs[0]", "not a bloc");
    }

    @Test
    void linkFromUnknownStanceIsRejected() {
        link(0).addProperty("from", "ghost");
        assertErrorAt(load(tree), "$.links[0].from", "ghost");
    }

    @Test
    void linkToUnknownStanceIsRejected() {
        link(4).addProperty("to", "ghost");
        assertErrorAt(load(tree), "$.links[4].to", "ghost");
    }

    @Test
    void tourStepWithUnknownActorIsRejected() {
        tree.getAsJsonArray("tour").get(1).getAsJsonObject().getAsJsonArray("actors").set(0, new JsonPrimitive("ghost"));
        assertErrorAt(load(tree), "$.tour[1].actors[0]", "unknown actor");
    }

    @Test
    void tourStepWithUnknownLinkIsRejected() {
        tree.getAsJsonArray("tour").get(2).getAsJsonObject().getAsJsonArray("links").set(1, new JsonPrimitive("ghost"));
        assertErrorAt(load(tree), "$.tour[2].links[1]", "unknown link");
    }

    @Test
    void contextThatIsNotAnEventIsRejected() {
        stance(0).addProperty("context", "macron");
        assertErrorAt(load(tree), "$.stances[0].context", "should be an event");
    }

    @Test
    void unknownContextIsRejected() {
        stance(0).addProperty("context", "ghost-summit");
        assertErrorAt(load(tree), "$.stances[0].context", "ghost-summit");
    }

    // ---- quotes must be the article's exact text ----

    @Test
    void quoteWhoseTextDiffersFromArticleIsRejected() {
        JsonObject q = quote(0, 0);
        String text = q.get("text").getAsString();
        assertTrue(text.contains("Ukraine's"), "expected the first quote to contain Ukraine's: " + text);
        q.addProperty("text", text.replace("Ukraine's", "Ukraine\u2019s"));
        assertErrorAt(load(tree), "$.stances[0].quotes[0].text", "not exactly what the article says");
    }

    @Test
    void evidenceWhoseTextDiffersFromArticleIsRejected() {
        JsonObject evidence = link(1).getAsJsonArray("evidence").get(0).getAsJsonObject();
        evidence.addProperty("text", evidence.get("text").getAsString().replace("'", "\u2019"));
        assertErrorAt(load(tree), "$.links[1].evidence[0].text", "not exactly what the article says");
    }

    /** Points quote 0 of stance 14 at "Putin’s stance", which the article writes with a curly apostrophe. */
    private void quotePutinsStance(String quoteText) {
        String article = articleText();
        int at = article.indexOf("Putin\u2019s stance");
        assertTrue(at > 0, "the article should contain Putin’s with a curly apostrophe");
        int start = article.codePointCount(0, at);
        JsonObject q = quote(14, 0);
        q.addProperty("start", start);
        q.addProperty("end", start + "Putin\u2019s stance".length());
        q.addProperty("text", quoteText);
    }

    @Test
    void quoteWithCurlyApostropheMatchingTheArticleIsAccepted() {
        quotePutinsStance("Putin\u2019s stance");
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    @Test
    void quoteWithStraightApostropheWhereArticleHasCurlyIsRejected() {
        quotePutinsStance("Putin's stance");
        assertErrorAt(load(tree), "$.stances[14].quotes[0].text", "Putin\u2019s stance");
    }

    @Test
    void quoteShiftedByOneCharacterIsRejected() {
        JsonObject q = quote(2, 0);
        q.addProperty("start", q.get("start").getAsInt() + 1);
        q.addProperty("end", q.get("end").getAsInt() + 1);
        assertErrorAt(load(tree), "$.stances[2].quotes[0].text");
    }

    @Test
    void quoteEndingPastTheArticleIsRejected() {
        quote(0, 0).addProperty("end", articleLength() + 1);
        assertErrorAt(load(tree), "$.stances[0].quotes[0].end", "outside the article");
    }

    @Test
    void quoteStartingBeforeTheArticleIsRejected() {
        quote(0, 0).addProperty("start", -1);
        assertErrorAt(load(tree), "$.stances[0].quotes[0].start", "outside the article");
    }

    @Test
    void evidenceStartingPastTheArticleIsRejected() {
        JsonObject evidence = link(0).getAsJsonArray("evidence").get(0).getAsJsonObject();
        evidence.addProperty("start", articleLength() + 5);
        evidence.addProperty("end", articleLength() + 10);
        assertErrorAt(load(tree), "$.links[0].evidence[0].start", "outside the article");
    }

    @Test
    void quoteReachingExactlyTheArticleEndIsAccepted() {
        String article = articleText();
        int length = articleLength();
        int start = length - "achieved.".length();
        JsonObject q = quote(14, 0);
        q.addProperty("start", start);
        q.addProperty("end", length);
        q.addProperty("text", article.substring(article.length() - "achieved.".length()));
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    @Test
    void reversedOffsetsAreRejected() {
        JsonObject q = quote(0, 0);
        int start = q.get("start").getAsInt();
        int end = q.get("end").getAsInt();
        q.addProperty("start", end);
        q.addProperty("end", start);
        assertErrorAt(load(tree), "$.stances[0].quotes[0].end", "before it starts");
    }

    @Test
    void emptySpanIsRejected() {
        JsonObject q = quote(0, 0);
        q.addProperty("end", q.get("start").getAsInt());
        q.addProperty("text", "x");
        assertErrorAt(load(tree), "$.stances[0].quotes[0].end");
    }

    // ---- links ----

    @Test
    void linkFromAStanceToItselfIsRejected() {
        link(0).add("to", link(0).get("from"));
        assertErrorAt(load(tree), "$.links[0].to", "itself");
    }

    @Test
    void repeatedLinkIsRejected() {
        JsonObject copy = link(0).deepCopy();
        copy.addProperty("id", "copy-of-first-link");
        tree.getAsJsonArray("links").add(copy);
        int last = tree.getAsJsonArray("links").size() - 1;
        assertErrorAt(load(tree), "$.links[" + last + "]", "repeats");
    }

    @Test
    void opposingLinkRepeatedInTheOtherDirectionIsRejected() {
        assertEquals("opposes", link(0).get("kind").getAsString());
        JsonObject reversed = link(0).deepCopy();
        reversed.addProperty("id", "reversed-first-link");
        reversed.add("from", link(0).get("to"));
        reversed.add("to", link(0).get("from"));
        tree.getAsJsonArray("links").add(reversed);
        int last = tree.getAsJsonArray("links").size() - 1;
        assertErrorAt(load(tree), "$.links[" + last + "]", "repeats");
    }

    @Test
    void respondingLinkInTheOtherDirectionIsNotARepeat() {
        // The built-in explainer has no reply left (a reply that ridicules is set against): make one.
        JsonObject reply = link(0).deepCopy();
        reply.addProperty("kind", "responds-to");
        tree.getAsJsonArray("links").set(0, reply);
        JsonObject reversed = reply.deepCopy();
        reversed.addProperty("id", "reply-to-the-reply");
        reversed.add("from", reply.get("to"));
        reversed.add("to", reply.get("from"));
        tree.getAsJsonArray("links").add(reversed);
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    @Test
    void sameStancesJoinedByADifferentKindIsNotARepeat() {
        JsonObject other = link(0).deepCopy();
        other.addProperty("id", "also-responds");
        other.addProperty("kind", "responds-to");
        tree.getAsJsonArray("links").add(other);
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    // ---- places ----

    @Test
    void latitudeAboveNinetyIsRejected() {
        actor(0).getAsJsonObject("place").addProperty("lat", 91);
        assertErrorAt(load(tree), "$.actors[0].place.lat", "outside the allowed range");
    }

    @Test
    void longitudeBelowMinus180IsRejected() {
        actor(0).getAsJsonObject("place").addProperty("lon", -181);
        assertErrorAt(load(tree), "$.actors[0].place.lon", "outside the allowed range");
    }

    @Test
    void coordinatesOnTheLimitsAreAccepted() {
        actor(0).getAsJsonObject("place").addProperty("lat", 90);
        actor(0).getAsJsonObject("place").addProperty("lon", -180);
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
        assertEquals(-180.0, result.explainer().get().actors().get(0).place().get().longitude());
    }

    // ---- blocs ----

    @Test
    void blocMembershipCycleIsRejected() {
        int france = actorIndex("france");
        int nato = actorIndex("nato");
        actor(france).getAsJsonArray("blocs").add("nato");
        actor(nato).getAsJsonArray("blocs").add("france");
        LoadResult result = load(tree);
        assertFalse(result.isValid());
        assertTrue(result.errors().stream().anyMatch(p -> p.message().contains("circle")
                        && (p.jsonPath().equals("$.actors[" + france + "].blocs[0]")
                        || p.jsonPath().equals("$.actors[" + nato + "].blocs[0]"))),
                describe(result));
    }

    @Test
    void longerBlocMembershipCycleIsRejected() {
        int france = actorIndex("france");
        int nato = actorIndex("nato");
        int allies = actorIndex("allies");
        actor(france).getAsJsonArray("blocs").add("nato");
        actor(nato).getAsJsonArray("blocs").add("allies");
        actor(allies).getAsJsonArray("blocs").add("france");
        LoadResult result = load(tree);
        assertFalse(result.isValid());
        assertTrue(result.errors().stream().anyMatch(p -> p.message().contains("circle")), describe(result));
    }

    @Test
    void actorInItsOwnBlocIsRejected() {
        int nato = actorIndex("nato");
        actor(nato).getAsJsonArray("blocs").add("nato");
        assertErrorAt(load(tree), "$.actors[" + nato + "].blocs[0]", "member of itself");
    }

    @Test
    void nestedBlocsWithoutACycleAreAccepted() {
        actor(actorIndex("france")).getAsJsonArray("blocs").add("nato");
        actor(actorIndex("uk")).getAsJsonArray("blocs").add("nato");
        actor(actorIndex("nato")).getAsJsonArray("blocs").add("allies");
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    // ---- duplicate keys (raw text) ----

    @Test
    void duplicateKeyAtTheTopIsRejected() {
        String text = TestFiles.defaultText();
        assertTrue(text.contains("\n  \"format\": 1,\n"));
        String broken = text.replaceFirst("\n  \"format\": 1,\n", "\n  \"format\": 1,\n  \"format\": 1,\n");
        assertErrorAt(load(broken), "$.format", "appears twice");
    }

    @Test
    void duplicateKeyInsideAnActorIsRejected() {
        String text = TestFiles.defaultText();
        assertTrue(text.contains("\"id\": \"putin\","));
        String broken = text.replaceFirst("\"id\": \"putin\",", "\"id\": \"putin\", \"id\": \"putin\",");
        Problem problem = assertErrorAt(load(broken), "$.actors[0].id", "appears twice");
        assertTrue(problem.hasPosition());
    }

    @Test
    void duplicateKeyInSmallObjectIsRejectedEvenWithDifferentValues() {
        assertErrorAt(load("{\"format\": 1, \"id\": \"a\", \"id\": \"b\"}"), "$.id", "appears twice");
    }

    // ---- syntax errors: line and column of the offending character ----

    @Test
    void trailingCommaInObjectIsReportedAtTheClosingBrace() {
        // line 3 is "}", the character the parser cannot accept after a comma
        assertSyntaxErrorAt(load("{\n  \"format\": 1,\n}\n"), 3, 1);
    }

    @Test
    void trailingCommaInListIsReportedAtTheClosingBracket() {
        //                        123456789012345
        assertSyntaxErrorAt(load("{\n  \"blocs\": [\"a\",]\n}"), 2, 17);
    }

    @Test
    void missingColonIsReportedWhereTheColonShouldBe() {
        // line 3: two spaces, "id" (cols 3-6), a space, then the value at column 8
        Problem p = assertSyntaxErrorAt(load("{\n  \"format\": 1,\n  \"id\" \"x\"\n}"), 3, 8);
        assertTrue(p.message().contains("colon"), p.message());
    }

    @Test
    void unterminatedStringIsReportedOnItsLine() {
        LoadResult result = load("{\n  \"format\": 1,\n  \"id\": \"never closed");
        assertFalse(result.isValid());
        Problem p = result.errors().get(0);
        assertEquals(3, p.line(), p.format());
        assertTrue(p.column() >= 9 && p.column() <= 23, p.format());
        assertTrue(p.message().contains("closing quotation mark"), p.message());
    }

    @Test
    void aSyntaxErrorNamesTheValueItIsIn() {
        //                                             123456789012345678
        Problem p = assertSyntaxErrorAt(load("{\n  \"actors\": [\n    {\"id\": \"a\" \"name\": \"A\"}\n  ]\n}"), 3, 16);
        assertEquals("expected a comma or a closing } here but found “\"” (inside $.actors[0])", p.message());
        assertEquals("test.json:3:16: " + p.message(), p.format());
    }

    @Test
    void textAfterTheDocumentIsRejected() {
        //                             1234
        assertSyntaxErrorAt(load("{}\n{} x"), 2, 1);
    }

    @Test
    void emptyFileIsRejected() {
        LoadResult result = load("");
        assertFalse(result.isValid());
        assertEquals(1, result.errors().get(0).line());
    }

    @Test
    void lenientJsonIsRejected() {
        // single quotes and comments are not JSON
        assertFalse(load("{'format': 1}").isValid());
        assertFalse(load("{\"format\": 1 // one\n}").isValid());
        assertFalse(load("{\"format\": NaN}").isValid());
    }

    // ---- bytes ----

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        byte[] bytes = "{\n  \"id\": \"ab?\"\n}".getBytes(StandardCharsets.US_ASCII);
        int bad = new String(bytes, StandardCharsets.US_ASCII).indexOf('?');
        bytes[bad] = (byte) 0xFF;
        LoadResult result = new ExplainerLoader().load(bytes, "test.json");
        Problem p = assertSyntaxErrorAt(result, 2, 12);
        assertTrue(p.message().contains("UTF-8"), p.message());
    }

    @Test
    void truncatedMultiByteCharacterIsRejected() {
        byte[] ok = "{\"id\": \"\u2019\"}".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(ok, ok.length);
        // drop the last byte of the three-byte ’ by overwriting it with an ASCII quote
        int i = 8 + 2;
        cut[i] = '"';
        assertFalse(new ExplainerLoader().load(cut, "test.json").isValid());
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] body = TestFiles.defaultBytes();
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        LoadResult result = new ExplainerLoader().load(withBom, "test.json");
        assertTrue(result.isValid(), describe(result));
    }

    @Test
    void byteArrayOverTenMegabytesIsRefusedBeforeParsing() {
        byte[] bytes = new byte[(int) ExplainerLoader.MAX_BYTES + 1];
        Arrays.fill(bytes, (byte) '[');  // would be a nesting error if it were parsed
        LoadResult result = new ExplainerLoader().load(bytes, "big.json");
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), describe(result));
        Problem p = result.problems().get(0);
        assertFalse(p.hasPosition(), "a refused file is not parsed, so nothing has a position");
        assertTrue(p.message().contains("10,485,761 bytes is over the 10 MB limit (10,485,760 bytes)"), p.message());
    }

    @Test
    void fileOverTenMegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.stancemap.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) '[');
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write('[');
        }
        assertEquals(ExplainerLoader.MAX_BYTES + 1, Files.size(big));
        LoadResult result = new ExplainerLoader().load(big);
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size(), describe(result));
        assertFalse(result.problems().get(0).hasPosition());
        assertTrue(result.problems().get(0).message().contains("10,485,761 bytes is over the 10 MB limit"),
                result.problems().get(0).message());
    }

    @Test
    void fileOfExactlyTheLimitIsParsed() {
        byte[] bytes = new byte[(int) ExplainerLoader.MAX_BYTES];
        Arrays.fill(bytes, (byte) ' ');
        bytes[0] = '{';
        bytes[bytes.length - 1] = '}';
        LoadResult result = new ExplainerLoader().load(bytes, "limit.json");
        assertFalse(result.isValid());
        assertErrorAt(result, "$.format", "missing");
    }

    @Test
    void missingFileIsReportedNotThrown(@TempDir Path dir) {
        LoadResult result = new ExplainerLoader().load(dir.resolve("nope.json"));
        assertFalse(result.isValid());
        assertTrue(result.errors().get(0).message().contains("does not exist"));
    }

    @Test
    void folderIsReportedNotThrown(@TempDir Path dir) {
        LoadResult result = new ExplainerLoader().load(dir);
        assertFalse(result.isValid());
        assertTrue(result.errors().get(0).message().contains("folder"));
    }

    // ---- nesting ----

    @Test
    void nestingTooDeepIsRejected() {
        int depth = ExplainerLoader.MAX_DEPTH + 1;
        LoadResult result = load("[".repeat(depth) + "]".repeat(depth));
        assertFalse(result.isValid());
        Problem p = result.errors().get(0);
        assertFalse(p.hasPath());
        assertEquals(1, p.line());
        assertEquals(depth, p.column(), p.format());
        assertTrue(p.message().contains("levels deep"), p.message());
    }

    @Test
    void deepNestingInsideAnExplainerIsRejected() {
        JsonElement deep = new JsonArray();
        for (int i = 0; i < 200; i++) {
            JsonArray outer = new JsonArray();
            outer.add(deep);
            deep = outer;
        }
        tree.add("extra", deep);
        LoadResult result = load(tree);
        assertFalse(result.isValid());
        assertTrue(result.errors().get(0).message().contains("levels deep"), describe(result));
    }

    @Test
    void nestingWithinTheLimitIsParsed() {
        JsonElement deep = new JsonArray();
        for (int i = 0; i < 20; i++) {
            JsonArray outer = new JsonArray();
            outer.add(deep);
            deep = outer;
        }
        tree.add("extra", deep);
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
    }

    // ---- unknown fields are warnings ----

    @Test
    void unknownFieldsAreAcceptedWithAWarningNamingThePath() {
        tree.addProperty("colour", "red");
        actor(2).addProperty("nickname", "Z");
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
        assertTrue(result.errors().isEmpty());
        List<String> warned = result.warnings().stream().map(Problem::jsonPath).toList();
        assertTrue(warned.contains("$.colour"), describe(result));
        assertTrue(warned.contains("$.actors[2].nickname"), describe(result));
        assertTrue(result.warnings().stream().allMatch(p -> p.format().contains("warning: ")));
    }

    @Test
    void actorThatNothingUsesIsAWarning() {
        JsonObject idle = new JsonObject();
        idle.addProperty("id", "bystander");
        idle.addProperty("name", "A bystander");
        idle.addProperty("kind", "person");
        actors().add(idle);
        LoadResult result = load(tree);
        assertTrue(result.isValid(), describe(result));
        assertTrue(result.warnings().stream().anyMatch(p -> p.jsonPath().equals("$.actors[" + (actors().size() - 1) + "]")),
                describe(result));
    }

    // ---- one pass ----

    @Test
    void allProblemsAreCollectedInOnePass() {
        actor(0).remove("name");
        stance(2).remove("summary");
        link(0).addProperty("kind", "hates");
        actor(1).getAsJsonObject("place").addProperty("lat", 91);
        LoadResult result = load(tree);
        assertErrorAt(result, "$.actors[0].name");
        assertErrorAt(result, "$.stances[2].summary");
        assertErrorAt(result, "$.links[0].kind");
        assertErrorAt(result, "$.actors[1].place.lat");
    }

    @Test
    void crossReferenceErrorsAreCollectedInOnePass() {
        stance(0).addProperty("actor", "nobody");
        link(1).addProperty("from", "ghost");
        quote(3, 0).addProperty("text", "not in the article");
        tree.getAsJsonArray("tour").get(3).getAsJsonObject().getAsJsonArray("actors").set(0, new JsonPrimitive("ghost"));
        LoadResult result = load(tree);
        assertErrorAt(result, "$.stances[0].actor");
        assertErrorAt(result, "$.links[1].from");
        assertErrorAt(result, "$.stances[3].quotes[0].text");
        assertErrorAt(result, "$.tour[3].actors[0]");
    }

    @Test
    void contentErrorsCarryTheLineOfTheValue() {
        actor(0).addProperty("name", "");
        byte[] bytes = TestFiles.bytes(tree);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int expectedLine = (int) text.substring(0, text.indexOf("\"name\": \"\"")).chars().filter(c -> c == '\n').count() + 1;
        LoadResult result = new ExplainerLoader().load(bytes, "test.json");
        Problem p = assertErrorAt(result, "$.actors[0].name");
        assertEquals(expectedLine, p.line(), p.format());
        assertTrue(p.format().startsWith("test.json: $.actors[0].name: "), p.format());
    }
}
