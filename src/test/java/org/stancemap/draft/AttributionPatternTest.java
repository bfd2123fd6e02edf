package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each attribution pattern the engine covers, on short texts written for these tests. */
class AttributionPatternTest {

    private static Findings analyse(String text) {
        return SharedAnalyser.get().analyse(text);
    }

    /** The statement whose content holds {@code words}, checked to be given to an actor named {@code speaker}. */
    private static FoundStatement statement(String text, Findings findings, String words, String speaker) {
        List<FoundStatement> holding = findings.statements().stream()
                .filter(s -> s.content().of(text).contains(words)).toList();
        assertFalse(holding.isEmpty(), () -> "no statement holds '" + words + "' in " + describe(text, findings));
        Optional<FoundStatement> found = holding.stream()
                .filter(s -> findings.actors().get(s.speaker()).name().contains(speaker)).findFirst();
        assertTrue(found.isPresent(), () -> "'" + words + "' is not given to " + speaker + " in " + describe(text, findings));
        return found.get();
    }

    private static String describe(String text, Findings findings) {
        StringBuilder b = new StringBuilder();
        for (FoundStatement s : findings.statements()) {
            b.append("\n  ").append(findings.actors().get(s.speaker()).name()).append(": ").append(s.content().of(text));
        }
        return b.toString();
    }

    @Test
    void speakerCueThatContent() {
        String text = "Mayor Anna Berg said that the new bridge would open in spring.";
        Findings f = analyse(text);
        FoundStatement s = statement(text, f, "the new bridge would open in spring", "Anna Berg");
        assertEquals("say", s.cueLemma());
        assertEquals("said", s.cue().of(text));
        assertFalse(s.direct());
        assertEquals(Optional.of("Mayor Anna Berg"), s.source().map(r -> r.of(text)));
    }

    @Test
    void speakerCueContentWithoutThat() {
        String text = "Governor Paul Lind warned the budget could collapse by winter.";
        statement(text, analyse(text), "the budget could collapse by winter", "Paul Lind");
    }

    @Test
    void contentThenSpeakerAndCue() {
        String text = "The harbour will stay closed until Friday, Captain Eva Holm said.";
        FoundStatement s = statement(text, analyse(text), "The harbour will stay closed until Friday", "Eva Holm");
        assertFalse(s.direct());
    }

    @Test
    void quoteThenCueThenSpeakerWithCurlyQuotes() {
        String text = "“We will not sign this deal,” said Minister Karl Dahl.";
        FoundStatement s = statement(text, analyse(text), "We will not sign this deal", "Karl Dahl");
        assertTrue(s.direct());
        assertEquals("“We will not sign this deal,”", s.content().of(text));
    }

    @Test
    void quoteThenSpeakerThenCueWithStraightQuotes() {
        String text = "\"The talks are over,\" Senator Ruth Ames said on Monday.";
        FoundStatement s = statement(text, analyse(text), "The talks are over", "Ruth Ames");
        assertTrue(s.direct());
    }

    @Test
    void speakerCueColonQuote() {
        String text = "Chancellor Otto Kern declared: “This border stays open.”";
        FoundStatement s = statement(text, analyse(text), "This border stays open", "Otto Kern");
        assertTrue(s.direct());
        assertEquals("declare", s.cueLemma());
    }

    @Test
    void accordingToSpeakerContent() {
        String text = "According to Professor Lena Voss, the river has never been this low.";
        FoundStatement s = statement(text, analyse(text), "the river has never been this low", "Lena Voss");
        assertEquals("according to", s.cueLemma());
        assertEquals("According to", s.cue().of(text));
    }

    @Test
    void contentAccordingToSpeaker() {
        String text = "The factory will close next year, according to Director Ivo Marsh.";
        statement(text, analyse(text), "The factory will close next year", "Ivo Marsh");
    }

    @Test
    void relativeClauseWithBelief() {
        String text = "The plan was mocked by Nora Quist, who believes the tax will hurt farmers.";
        Findings f = analyse(text);
        FoundStatement s = statement(text, f, "the tax will hurt farmers", "Nora Quist");
        assertEquals("believe", s.cueLemma());
        assertTrue(f.statements().stream().noneMatch(st -> f.actors().get(st.speaker()).name().contains("plan")),
                () -> "the thing mocked is no speaker:" + describe(text, f));
    }

    @Test
    void cueWithAuxiliaryAndAdverb() {
        String text = "Premier Jon Falk has repeatedly said that the mine is safe.";
        FoundStatement s = statement(text, analyse(text), "the mine is safe", "Jon Falk");
        assertEquals("said", s.cue().of(text));
    }

    @Test
    void reiteratedIsACue() {
        String text = "Admiral Sven Roth reiterated that the fleet will stay in port.";
        assertEquals("reiterate", statement(text, analyse(text), "the fleet will stay in port", "Sven Roth").cueLemma());
    }

    @Test
    void passiveQuotedAsSaying() {
        String text = "Minister Petra Lund was quoted as saying that prices will fall.";
        statement(text, analyse(text), "prices will fall", "Petra Lund");
    }

    @Test
    void nominalCueWithPossessiveSource() {
        String text = "Officials dismissed Kurt Brandt's warning that the dam could fail.";
        FoundStatement s = statement(text, analyse(text), "the dam could fail", "Kurt Brandt");
        assertEquals("warning", s.cue().of(text));
    }

    @Test
    void pronounSpeakerIsTheLastPersonNamed() {
        String text = "Mayor Anna Berg visited the port on Tuesday.\nShe said the docks need new cranes.";
        FoundStatement s = statement(text, analyse(text), "the docks need new cranes", "Anna Berg");
        assertEquals(Optional.of("She"), s.source().map(r -> r.of(text)));
    }

    @Test
    void quoteContinuingInTheNextSentenceKeepsItsSpeaker() {
        String text = "“We are ready,” Coach Mia Sand said. “The team has trained all year.”";
        Findings f = analyse(text);
        statement(text, f, "The team has trained all year", "Mia Sand");
    }

    @Test
    void quoteContinuingInTheNextParagraphKeepsItsSpeaker() {
        String text = "“We are ready,” Coach Mia Sand said.\n“The team has trained all year and wants the cup.”";
        Findings f = analyse(text);
        FoundStatement s = statement(text, f, "The team has trained all year", "Mia Sand");
        assertTrue(s.direct());
    }

    @Test
    void participleCueTakesTheClauseSubject() {
        String text = "Senator Ola Strand condemned the vote, warning that the law would divide the country.";
        statement(text, analyse(text), "the law would divide the country", "Ola Strand");
    }

    @Test
    void groupsSpeakToo() {
        String text = "Western leaders said the offer was not serious.";
        statement(text, analyse(text), "the offer was not serious", "Western leaders");
    }

    @Test
    void aSentenceWithoutACueHasNoStatement() {
        String text = "The bridge over the river opened in 1990 and carries two lanes.";
        assertEquals(List.of(), analyse(text).statements());
    }

    @Test
    void cuesInsideAQuoteAreNotTheQuotingSpeakersOwn() {
        String text = "“He said nothing about the plan,” Mayor Anna Berg said.";
        Findings f = analyse(text);
        assertEquals(1, f.statements().size(), () -> describe(text, f));
        statement(text, f, "He said nothing about the plan", "Anna Berg");
    }
    @Test
    void titleAbbreviationDoesNotEndTheSentence() {
        String text = "“The vote was rushed,” Sen. Ida Brandt said on Monday.";
        FoundStatement s = statement(text, analyse(text), "The vote was rushed", "Ida Brandt");
        assertTrue(s.direct());
    }

    @Test
    void lowerCaseCueAfterAnExclamationStaysInItsSentence() {
        String text = "“This is a disgrace!” said council member Ruth Okafor, who had opposed the plan.";
        statement(text, analyse(text), "This is a disgrace", "Ruth Okafor");
    }

    @Test
    void surnameThatIsAlsoAVerbIsStillAName() {
        String text = "Frank Dodge toured the plant in May. Dodge said the line would close within a year.";
        statement(text, analyse(text), "the line would close within a year", "Dodge");
    }

    @Test
    void accordingToADocumentNamesTheDocumentAsSource() {
        String text = "According to county records, the firm paid no rent for six years.";
        statement(text, analyse(text), "the firm paid no rent for six years", "county records");
    }

    @Test
    void nameAndColonOpenAStatement() {
        String text = "Greta Lund: The harbour plan is a mistake\n\nThe mayor defended it on Friday.";
        statement(text, analyse(text), "The harbour plan is a mistake", "Greta Lund");
    }

    @Test
    void quoteInTheSentenceAfterALongSourceGoesOn() {
        String text = "“We were not consulted,” said Omar Reyes, a farmer who has worked the valley for thirty years "
                + "and sits on the water board. “Nobody asked us what the dam would do to the river.”";
        FoundStatement s = statement(text, analyse(text), "Nobody asked us what the dam would do", "Omar Reyes");
        assertTrue(s.content().of(text).contains("We were not consulted"));
    }
    @Test
    void subjectWithModifiersBeforeTheCue() {
        String text = "Farmers in three valleys hit by the drought last summer said they cannot plant this year.";
        statement(text, analyse(text), "they cannot plant this year", "Farmers");
    }

    @Test
    void subjectBeforeAnInsertionBetweenDashes() {
        String text = "Mayor Lena Voss - who had promised a new school - said on Friday that the budget left no room for it.";
        statement(text, analyse(text), "the budget left no room for it", "Lena Voss");
    }

    @Test
    void secondPredicateTakesTheSentenceSubject() {
        String text = "Pilar Ortiz, 64, had farmed the land for decades and said she was sure the river would flood again.";
        statement(text, analyse(text), "she was sure the river would flood again", "Pilar Ortiz");
    }

    @Test
    void pronounSubjectMakesAClauseWhateverTheTagger() {
        String text = "After the vote, local officials said they welcome the inquiry.";
        statement(text, analyse(text), "they welcome the inquiry", "officials");
    }
}
