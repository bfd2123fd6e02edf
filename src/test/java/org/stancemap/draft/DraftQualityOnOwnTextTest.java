package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;

/**
 * What a teacher sees in a draft of a short made-up news story: no fragments or places posing as
 * people, no passive objects as speakers, and candidate links only where the story signals them.
 */
class DraftQualityOnOwnTextTest {

    private static Findings analyse(String text) {
        return SharedAnalyser.get().analyse(text);
    }

    private static Explainer draft(String text) throws DraftException {
        return DraftChecks.assertValid(new DraftAssembler().assemble(new ImportedArticle("T", "", "", "", text),
                analyse(text)));
    }

    private static List<String> names(Findings f) {
        return f.actors().stream().map(FoundActor::name).toList();
    }

    @Test
    void anOrganisationWithAPossessiveInItsNameIsOneOrganisation() {
        Findings f = analyse("According to the Tarvik Fishermen's Association, catches have fallen by a third.");
        assertTrue(names(f).contains("Tarvik Fishermen's Association"), () -> names(f).toString());
        assertTrue(names(f).stream().noneMatch(n -> n.equals("Tarvik Fishermen") || n.equals("Association")),
                () -> names(f).toString());
        assertEquals(ActorKind.GROUP, f.actors().get(f.statements().get(0).speaker()).kind());
    }

    @Test
    void aLoneUnknownNameAfterOfOrInIsNoPerson() {
        Findings f = analyse("The council of Tarvik met on Monday. Mayor Anna Berg said the harbour in Tarvik would grow.");
        assertFalse(names(f).contains("Tarvik"), () -> names(f).toString());
        assertTrue(names(f).contains("Anna Berg"), () -> names(f).toString());
    }

    @Test
    void theWestIsNoPerson() {
        Findings f = analyse("Mayor Anna Berg said the plan played into a narrative against the West.");
        assertFalse(names(f).contains("West"), () -> names(f).toString());
    }

    @Test
    void whatWasRejectedBySomeoneIsNotTheSpeaker() {
        String text = "The council wants a new bridge, a plan rejected by Mayor Anna Berg last week.";
        Findings f = analyse(text);
        assertTrue(f.statements().stream().noneMatch(s -> s.content().of(text).startsWith("by")),
                () -> f.statements().toString());
        assertTrue(names(f).stream().noneMatch(n -> n.contains("plan")), () -> names(f).toString());
    }

    @Test
    void aSecondCueAfterAClosedQuoteKeepsTheSentenceSubject() {
        String text = "The port chief, Tomas Berge, called the figures \"wishful thinking\" and said the dredging "
                + "would ruin the fishing grounds.";
        Findings f = analyse(text);
        assertTrue(f.statements().stream().anyMatch(s -> s.content().of(text).equals("the dredging would ruin the fishing grounds")
                && f.actors().get(s.speaker()).name().equals("Tomas Berge")), () -> f.statements().toString());
    }

    @Test
    void aContrastWithinOneSpeakersSentenceLinksToNobody() throws DraftException {
        Explainer draft = draft("Mayor Anna Berg said the harbour would open in May.\n"
                + "A spokesman for the Port Board said the dredging was safe, but he declined to say what it would cost.");
        assertEquals(List.of(), draft.links(), () -> draft.links().toString());
    }

    @Test
    void anotherStatementsCueIsNoSignalForALink() throws DraftException {
        Explainer draft = draft("Mayor Anna Berg said the harbour would open in May.\n"
                + "Some shop owners said they welcomed the jobs, while other residents feared that traffic would ruin the old town.");
        Stance feared = draft.stances().stream().filter(s -> s.quotes().get(0).text().contains("traffic")).findFirst()
                .orElseThrow(() -> new AssertionError(draft.stances().toString()));
        List<Link> fromFeared = draft.links().stream().filter(l -> l.fromStanceId().equals(feared.id())).toList();
        assertEquals(List.of(), fromFeared);
    }
}
