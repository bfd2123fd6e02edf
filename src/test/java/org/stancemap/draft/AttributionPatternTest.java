package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each attribution pattern the engine covers, on short texts written for these tests. */
class AttributionPatternTest {

    static Stream<Pattern> patterns() {
        return Stream.of(
                new Pattern("S cue that C", "Mayor Anna Berg said that the new bridge would open in spring.",
                        "the new bridge would open in spring", "Anna Berg")
                        .cueLemma("say").cue("said").reported().source("Mayor Anna Berg"),
                new Pattern("S cue C without that", "Governor Paul Lind warned the budget could collapse by winter.",
                        "the budget could collapse by winter", "Paul Lind"),
                new Pattern("C, S cue", "The harbour will stay closed until Friday, Captain Eva Holm said.",
                        "The harbour will stay closed until Friday", "Eva Holm").reported(),
                new Pattern("“C,” cue S (curly quotes)", "“We will not sign this deal,” said Minister Karl Dahl.",
                        "We will not sign this deal", "Karl Dahl").direct().content("“We will not sign this deal,”"),
                new Pattern("\"C,\" S cue (straight quotes)", "\"The talks are over,\" Senator Ruth Ames said on Monday.",
                        "The talks are over", "Ruth Ames").direct(),
                new Pattern("S cue: “C”", "Chancellor Otto Kern declared: “This border stays open.”",
                        "This border stays open", "Otto Kern").direct().cueLemma("declare"),
                new Pattern("according to S, C", "According to Professor Lena Voss, the river has never been this low.",
                        "the river has never been this low", "Lena Voss").cueLemma("according to").cue("According to"),
                new Pattern("C, according to S", "The factory will close next year, according to Director Ivo Marsh.",
                        "The factory will close next year", "Ivo Marsh"),
                new Pattern("S, who believes C", "The plan was mocked by Nora Quist, who believes the tax will hurt farmers.",
                        "the tax will hurt farmers", "Nora Quist").cueLemma("believe").noSpeakerNamed("plan"),
                new Pattern("cue with auxiliary and adverb", "Premier Jon Falk has repeatedly said that the mine is safe.",
                        "the mine is safe", "Jon Falk").cue("said"),
                new Pattern("reiterated is a cue", "Admiral Sven Roth reiterated that the fleet will stay in port.",
                        "the fleet will stay in port", "Sven Roth").cueLemma("reiterate"),
                new Pattern("passive: was quoted as saying", "Minister Petra Lund was quoted as saying that prices will fall.",
                        "prices will fall", "Petra Lund"),
                new Pattern("nominal cue with possessive source", "Officials dismissed Kurt Brandt's warning that the dam could fail.",
                        "the dam could fail", "Kurt Brandt").cue("warning"),
                new Pattern("pronoun speaker is the last person named",
                        "Mayor Anna Berg visited the port on Tuesday.\nShe said the docks need new cranes.",
                        "the docks need new cranes", "Anna Berg").source("She"),
                new Pattern("quote going on in the next sentence keeps its speaker",
                        "“We are ready,” Coach Mia Sand said. “The team has trained all year.”",
                        "The team has trained all year", "Mia Sand"),
                new Pattern("quote going on in the next paragraph keeps its speaker",
                        "“We are ready,” Coach Mia Sand said.\n“The team has trained all year and wants the cup.”",
                        "The team has trained all year", "Mia Sand").direct(),
                new Pattern("participle cue takes the clause subject",
                        "Senator Ola Strand condemned the vote, warning that the law would divide the country.",
                        "the law would divide the country", "Ola Strand"),
                new Pattern("groups speak too", "Western leaders said the offer was not serious.",
                        "the offer was not serious", "Western leaders"),
                new Pattern("cues inside a quote are not the quoting speaker's own",
                        "“He said nothing about the plan,” Mayor Anna Berg said.",
                        "He said nothing about the plan", "Anna Berg").statements(1),
                new Pattern("a title's abbreviation does not end the sentence",
                        "“The vote was rushed,” Sen. Ida Brandt said on Monday.", "The vote was rushed", "Ida Brandt")
                        .direct(),
                new Pattern("a lower-case cue after an exclamation stays in its sentence",
                        "“This is a disgrace!” said council member Ruth Okafor, who had opposed the plan.",
                        "This is a disgrace", "Ruth Okafor"),
                new Pattern("a surname that is also a verb is still a name",
                        "Frank Dodge toured the plant in May. Dodge said the line would close within a year.",
                        "the line would close within a year", "Dodge"),
                new Pattern("according to a document names the document as source",
                        "According to county records, the firm paid no rent for six years.",
                        "the firm paid no rent for six years", "county records"),
                new Pattern("a name and a colon open a statement",
                        "Greta Lund: The harbour plan is a mistake\n\nThe mayor defended it on Friday.",
                        "The harbour plan is a mistake", "Greta Lund"),
                new Pattern("a quote in the sentence after a long source goes on",
                        "“We were not consulted,” said Omar Reyes, a farmer who has worked the valley for thirty years "
                                + "and sits on the water board. “Nobody asked us what the dam would do to the river.”",
                        "Nobody asked us what the dam would do", "Omar Reyes").contentHolds("We were not consulted"),
                new Pattern("a subject with modifiers before the cue",
                        "Farmers in three valleys hit by the drought last summer said they cannot plant this year.",
                        "they cannot plant this year", "Farmers"),
                new Pattern("a subject before an insertion between dashes",
                        "Mayor Lena Voss - who had promised a new school - said on Friday that the budget left no room for it.",
                        "the budget left no room for it", "Lena Voss"),
                new Pattern("a second predicate takes the sentence subject",
                        "Pilar Ortiz, 64, had farmed the land for decades and said she was sure the river would flood again.",
                        "she was sure the river would flood again", "Pilar Ortiz"),
                new Pattern("a pronoun subject makes a clause whatever the tagger",
                        "After the vote, local officials said they welcome the inquiry.",
                        "they welcome the inquiry", "officials"),
                new Pattern("a content ends where a second speaker's attribution is joined to it",
                        "Mayor Anna Berg said the bridge would open in May, and Governor Paul Lind said it would cost too much.",
                        "the bridge would open in May", "Anna Berg").content("the bridge would open in May"),
                new Pattern("a content ends before a second cue of the same speaker",
                        "Senator Ola Strand praised the new budget and said the tax cuts would help farmers.",
                        "the tax cuts would help farmers", "Ola Strand").content("the tax cuts would help farmers"),
                new Pattern("contractions with curly apostrophes leave the clause's verb visible",
                        "Senator Ruth Ames says the new rules for the sale of fishing licences in most northern "
                                + "counties aren’t worth the paper they’re printed on.",
                        "the new rules for the sale of fishing licences", "Ruth Ames"),
                new Pattern("a speaker after an opening phrase is the subject of a second predicate",
                        "Walking to the next house, Pilar Ortiz talked about her years on the farm with her brother, "
                                + "and said the river had changed the whole valley.",
                        "the river had changed the whole valley", "Pilar Ortiz"),
                new Pattern("a circumstance between cue and that: the content follows it",
                        "The count is still unclear, but Mayor Lena Voss said at a press briefing on Monday that she "
                                + "would stay in office.",
                        "she would stay in office", "Lena Voss").content("she would stay in office"),
                new Pattern("a participle cue after while takes the clause subject",
                        "Senator Ola Strand praised the budget, while saying that the tax cuts went too far.",
                        "the tax cuts went too far", "Ola Strand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void attributionIsFoundWithItsSpeaker(Pattern pattern) {
        Findings findings = SharedAnalyser.get().analyse(pattern.text);
        pattern.check(findings);
    }

    @Test
    void aSentenceWithoutACueHasNoStatement() {
        String text = "The bridge over the river opened in 1990 and carries two lanes.";
        assertEquals(List.of(), SharedAnalyser.get().analyse(text).statements());
    }

    /**
     * One pattern: a text, words that some statement's content must hold and the speaker it must be
     * given to, and what else must hold of that statement (each check is optional).
     */
    static final class Pattern {
        private final String name;
        final String text;
        private final String words;
        private final String speaker;
        private String cueLemma;
        private String cue;
        private Boolean direct;
        private String source;
        private String content;
        private String contentHolds;
        private String noSpeakerNamed;
        private int statements = -1;

        Pattern(String name, String text, String words, String speaker) {
            this.name = name;
            this.text = text;
            this.words = words;
            this.speaker = speaker;
        }

        Pattern cueLemma(String lemma) {
            this.cueLemma = lemma;
            return this;
        }

        Pattern cue(String words) {
            this.cue = words;
            return this;
        }

        Pattern direct() {
            this.direct = true;
            return this;
        }

        Pattern reported() {
            this.direct = false;
            return this;
        }

        Pattern source(String words) {
            this.source = words;
            return this;
        }

        /** The statement's content is exactly these characters. */
        Pattern content(String exact) {
            this.content = exact;
            return this;
        }

        /** The statement's content also holds these words. */
        Pattern contentHolds(String more) {
            this.contentHolds = more;
            return this;
        }

        /** No statement at all is given to an actor whose name holds this word. */
        Pattern noSpeakerNamed(String word) {
            this.noSpeakerNamed = word;
            return this;
        }

        /** The text has exactly this many statements. */
        Pattern statements(int count) {
            this.statements = count;
            return this;
        }

        void check(Findings findings) {
            FoundStatement s = statement(findings);
            if (cueLemma != null) {
                assertEquals(cueLemma, s.cueLemma());
            }
            if (cue != null) {
                assertEquals(cue, s.cue().of(text));
            }
            if (direct != null) {
                assertEquals(direct, s.direct(), () -> "direct speech?" + describe(findings));
            }
            if (source != null) {
                assertEquals(Optional.of(source), s.source().map(r -> r.of(text)));
            }
            if (content != null) {
                assertEquals(content, s.content().of(text));
            }
            if (contentHolds != null) {
                assertTrue(s.content().of(text).contains(contentHolds), () -> "content is " + s.content().of(text));
            }
            if (noSpeakerNamed != null) {
                assertTrue(findings.statements().stream()
                        .noneMatch(st -> findings.actors().get(st.speaker()).name().contains(noSpeakerNamed)),
                        () -> "'" + noSpeakerNamed + "' is no speaker:" + describe(findings));
            }
            if (statements >= 0) {
                assertEquals(statements, findings.statements().size(), () -> describe(findings));
            }
        }

        /** The statement whose content holds the words, checked to be given to the speaker. */
        private FoundStatement statement(Findings findings) {
            List<FoundStatement> holding = findings.statements().stream()
                    .filter(s -> s.content().of(text).contains(words)).toList();
            assertFalse(holding.isEmpty(), () -> "no statement holds '" + words + "' in " + describe(findings));
            Optional<FoundStatement> found = holding.stream()
                    .filter(s -> findings.actors().get(s.speaker()).name().contains(speaker)).findFirst();
            assertTrue(found.isPresent(), () -> "'" + words + "' is not given to " + speaker + " in " + describe(findings));
            return found.get();
        }

        private String describe(Findings findings) {
            StringBuilder b = new StringBuilder();
            for (FoundStatement s : findings.statements()) {
                b.append("\n  ").append(findings.actors().get(s.speaker()).name()).append(": ").append(s.content().of(text));
            }
            return b.toString();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
