package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Place;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.model.TourStep;

class DraftAssemblerTest {

    private static final String HARBOUR = String.join("\n",
            "Ines Varga said that the old harbour would close to fishing boats next spring.",
            "“The pier is no longer safe,” Ines Varga said.",
            "Tomas Reed rejected the closure as a decision made about us without us.",
            "Port Alder Union welcomed the plan, which would bring the boats to its quay.");

    private static Explainer draft(String title, String text) throws DraftException {
        return draft(title, text, new PatternAnalyser());
    }

    private static Explainer draft(String title, String text, ArticleAnalyser analyser) throws DraftException {
        return new DraftAssembler().assemble(new ImportedArticle(title, "", "", "", text), analyser.analyse(text));
    }

    @Test
    void everythingIsSuggestedAndTheDraftValidates() throws DraftException {
        Explainer draft = DraftChecks.assertValid(draft("Harbour to close", HARBOUR));
        assertEquals(List.of("ines-varga", "tomas-reed", "port-alder-union"),
                draft.actors().stream().map(Actor::id).toList());
        assertTrue(draft.actors().stream().allMatch(a -> a.status() == Status.SUGGESTED));
        assertTrue(draft.stances().stream().allMatch(s -> s.status() == Status.SUGGESTED));
        assertTrue(draft.links().stream().allMatch(l -> l.status() == Status.SUGGESTED));
        assertTrue(draft.glossary().isEmpty(), "no invented glossary");
        assertEquals("harbour-to-close", draft.id());
        assertFalse(draft.article().titleIsEditorial());
    }

    @Test
    void quotesAreTheAttributedWordsWithDeliveryAndADraftSummary() throws DraftException {
        Explainer draft = draft("Harbour", HARBOUR);
        Stance direct = draft.stances().stream().filter(s -> s.quotes().get(0).delivery() == Delivery.DIRECT)
                .findFirst().orElseThrow();
        assertEquals("The pier is no longer safe", direct.quotes().get(0).text(), "no quotation marks or comma");
        assertEquals("ines-varga", direct.actorId());
        Stance first = draft.stances().get(0);
        assertEquals("the old harbour would close to fishing boats next spring", first.quotes().get(0).text());
        assertEquals(Delivery.REPORTED, first.quotes().get(0).delivery());
        assertEquals("Draft: “the old harbour would close to fishing boats next spring”", first.summary());
        assertEquals(List.of("ines-varga-1", "ines-varga-2", "tomas-reed-1", "port-alder-union-1"),
                draft.stances().stream().map(Stance::id).toList(), "article order, one per attribution");
    }

    @Test
    void longContentGivesASummaryOfItsFirstWordsMarkedAsCut() {
        assertEquals("Draft: “one two three four five six seven eight nine ten eleven twelve” …",
                StanceDrafts.summary("one two three four five six seven eight nine ten eleven twelve thirteen"));
    }

    @Test
    void offsetsAreCodePointsAcrossEmojiAndAstralCharacters() throws DraftException {
        String text = "Fans 😀😀 cheered 𝄞 again.\nAna Lima said that the 𝄞 band 😀 must play on.\n"
                + "“We will not stop 😀,” Bo Reyes said.";
        Explainer draft = DraftChecks.assertValid(draft("Band", text));
        Stance ana = draft.stancesOf("ana-lima").get(0);
        assertEquals("the 𝄞 band 😀 must play on", ana.quotes().get(0).text());
        int start = text.codePointCount(0, text.indexOf("the 𝄞 band"));
        assertEquals(start, ana.quotes().get(0).span().start());
        String quote = "the 𝄞 band 😀 must play on";
        assertEquals(start + quote.codePointCount(0, quote.length()), ana.quotes().get(0).span().end());
        assertEquals(quote.length() - 2, ana.quotes().get(0).span().end() - start, "two astral characters");
        assertEquals("We will not stop 😀", draft.stancesOf("bo-reyes").get(0).quotes().get(0).text());
    }

    @Test
    void idsAreUniqueEvenForNamesThatSlugAlike() throws DraftException {
        Findings findings = new Findings(List.of(
                new FoundActor("Ana Lima", ActorKind.PERSON, "", Optional.empty(), List.of(), List.of()),
                new FoundActor("Ána  Lima!", ActorKind.PERSON, "", Optional.empty(), List.of(), List.of()),
                new FoundActor("ANA-LIMA", ActorKind.PERSON, "", Optional.empty(), List.of(), List.of()),
                new FoundActor("???", ActorKind.GROUP, "", Optional.empty(), List.of(), List.of())),
                List.of(new FoundStatement(0, new TextRange(0, 5), new TextRange(6, 10), "say", false, Optional.empty()),
                        new FoundStatement(0, new TextRange(11, 16), new TextRange(6, 10), "say", false, Optional.empty()),
                        new FoundStatement(1, new TextRange(11, 16), new TextRange(6, 10), "say", false, Optional.empty())));
        Explainer draft = DraftChecks.assertValid(new DraftAssembler().assemble(
                new ImportedArticle("T", "", "", "", "Hello said world again."), findings));
        assertEquals(List.of("ana-lima", "ana-lima-2", "ana-lima-3", "actor"),
                draft.actors().stream().map(Actor::id).toList());
        assertEquals(draft.stances().size(), new HashSet<>(draft.stances().stream().map(Stance::id).toList()).size());
    }

    @Test
    void linksFollowTheArticlesSignalsAndPointToTheParagraph() throws DraftException {
        Explainer draft = DraftChecks.assertValid(draft("Harbour", HARBOUR));
        Link rejects = draft.links().stream().filter(l -> l.fromStanceId().equals("tomas-reed-1")).findFirst()
                .orElseThrow();
        assertEquals(LinkKind.OPPOSES, rejects.kind());
        assertEquals("ines-varga-2", rejects.toStanceId(), "the nearest earlier statement of another actor");
        assertTrue(rejects.explanation().startsWith("Low confidence: ¶3: Tomas Reed may oppose what Ines Varga says"
                + " in ¶2 (the article has “rejected”)"), rejects.explanation());
        assertEquals("Tomas Reed rejected the closure as a decision made about us without us.",
                rejects.evidence().get(0).text());
        Link welcomes = draft.links().stream().filter(l -> l.fromStanceId().equals("port-alder-union-1"))
                .findFirst().orElseThrow();
        assertEquals(LinkKind.SUPPORTS, welcomes.kind());
        for (Link link : draft.links()) {
            assertTrue(link.explanation().matches("Low confidence: ¶\\d+: .*"), link.explanation());
            assertFalse(draft.holderOf(link.fromStanceId()).equals(draft.holderOf(link.toStanceId())));
        }
    }

    @Test
    void plainSayingGivesNoLinkButAContrastOpeningTheSentenceDoes() throws DraftException {
        String text = "Ana Lima said the bridge must close.\nBo Reyes said the bridge is fine.\n"
                + "However, Cy Park said the bridge needs a survey.";
        Explainer draft = DraftChecks.assertValid(draft("Bridge", text));
        assertEquals(1, draft.links().size(), draft.links().toString());
        Link contrast = draft.links().get(0);
        assertEquals("cy-park-1", contrast.fromStanceId());
        assertEquals("bo-reyes-1", contrast.toStanceId());
        assertTrue(contrast.explanation().contains("(the article has “However”)"), contrast.explanation());
    }

    @Test
    void actorNamedInTheSentenceIsPreferredAsTheOtherEnd() throws DraftException {
        String text = "Ana Lima said the bridge must close.\nBo Reyes said the bridge is fine.\n"
                + "Cy Park rejected what Ana Lima wants, calling it rushed.";
        Explainer draft = DraftChecks.assertValid(draft("Bridge", text));
        Link link = draft.links().stream().filter(l -> l.fromStanceId().equals("cy-park-1")).findFirst().orElseThrow();
        assertEquals("ana-lima-1", link.toStanceId());
    }

    /** Findings for "Ana Lima offered talks but has faced ridicule from Bo Reyes, who believes they are a trap." */
    private static Explainer ridicule(String text, String agent) throws DraftException {
        int ana = text.indexOf("Ana Lima");
        int bo = text.indexOf(agent);
        TextRange talks = new TextRange(text.indexOf("talks"), text.indexOf("talks") + 5);
        TextRange trap = new TextRange(text.indexOf("they are"), text.indexOf(" trap") + 5);
        Findings findings = new Findings(List.of(
                new FoundActor("Ana Lima", ActorKind.PERSON, "", Optional.empty(), List.of(new TextRange(ana, ana + 8)),
                        List.of()),
                new FoundActor(agent, ActorKind.PERSON, "", Optional.empty(),
                        List.of(new TextRange(bo, bo + agent.length())), List.of()),
                new FoundActor("Cy Park", ActorKind.PERSON, "", Optional.empty(), text.contains("Cy Park")
                        ? List.of(new TextRange(text.indexOf("Cy Park"), text.indexOf("Cy Park") + 7)) : List.of(),
                        List.of())),
                List.of(new FoundStatement(0, talks, new TextRange(ana + 9, ana + 16), "offer", false, Optional.empty()),
                        new FoundStatement(1, trap, new TextRange(text.indexOf("believes"), text.indexOf("believes") + 8),
                                "believe", false, Optional.empty())));
        return DraftChecks.assertValid(new DraftAssembler().assemble(new ImportedArticle("T", "", "", "", text),
                findings));
    }

    @Test
    void signalWordElsewhereInTheSentenceLinksTheSpeakerNamedAfterIt() throws DraftException {
        Explainer draft = ridicule("Ana Lima offered talks but has faced ridicule from Bo Reyes, who believes they"
                + " are a trap.", "Bo Reyes");
        assertEquals(1, draft.links().size(), draft.links().toString());
        Link link = draft.links().get(0);
        assertEquals("bo-reyes-1", link.fromStanceId());
        assertEquals("ana-lima-1", link.toStanceId());
        assertTrue(link.explanation().contains("(the article has “ridicule”)"), link.explanation());
    }

    @Test
    void passiveSignalNamingSomeoneElseGivesNoLink() throws DraftException {
        Explainer draft = ridicule("Ana Lima offered talks, a plan rejected by Cy Park; Bo Reyes believes they are a"
                + " trap.", "Bo Reyes");
        assertEquals(List.of(), draft.links().stream().filter(l -> l.fromStanceId().equals("bo-reyes-1")).toList());
    }

    @Test
    void ledeRejectionLooksAheadToWhatItRejects() throws DraftException {
        String text = "Ana Lima rejected the western plan for the valley.\nBo Reyes said that the plan is ready.";
        Explainer draft = DraftChecks.assertValid(draft("Plan", text));
        assertEquals(1, draft.links().size());
        assertEquals("ana-lima-1", draft.links().get(0).fromStanceId());
        assertEquals("bo-reyes-1", draft.links().get(0).toStanceId());
        assertTrue(draft.links().get(0).explanation().startsWith("Low confidence: ¶1: Ana Lima may oppose what Bo"
                + " Reyes says in ¶2"), draft.links().get(0).explanation());
    }

    @Test
    void tourFollowsTheArticleWithOneStepPerParagraphGroup() throws DraftException {
        Explainer draft = DraftChecks.assertValid(draft("Harbour", HARBOUR));
        List<TourStep> tour = draft.tour();
        assertEquals(5, tour.size(), "an opening step and one for each of the four paragraphs");
        assertTrue(tour.get(0).actorIds().isEmpty());
        assertEquals("¶1: Ines Varga", tour.get(1).title());
        assertEquals(List.of("tomas-reed"), tour.get(3).actorIds());
        assertEquals(1, tour.get(3).linkIds().size());
        assertTrue(tour.get(2).caption().contains("Ines Varga: “The pier is no longer safe”."), tour.get(2).caption());
    }

    @Test
    void longArticlesGetAtMostTenTourSteps() throws DraftException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("Speaker Number").append((char) ('A' + i % 26)).append(" said the plan ").append(i)
                    .append(" works.\n");
        }
        Explainer draft = DraftChecks.assertValid(draft("Many", text.toString().strip()));
        assertEquals(TourDrafts.MAX_STEPS + 1, draft.tour().size());
    }

    @Test
    void blocsAreKeptOnlyForBlocKindsWithoutCircles() throws DraftException {
        Findings findings = new Findings(List.of(
                new FoundActor("Ana Lima", ActorKind.PERSON, "Mayor", Optional.of(new Place("Eldham", 54.5, -3.6)),
                        List.of(), List.of(1, 2, 0, 7)),
                new FoundActor("Coast Union", ActorKind.ALLIANCE, "", Optional.empty(), List.of(), List.of(3)),
                new FoundActor("Bo Reyes", ActorKind.PERSON, "", Optional.empty(), List.of(), List.of()),
                new FoundActor("North Group", ActorKind.GROUP, "", Optional.empty(), List.of(), List.of(1)),
                new FoundActor("Harbour vote", ActorKind.EVENT, "", Optional.of(new Place("", 95, 0)), List.of(),
                        List.of())),
                List.of(new FoundStatement(0, new TextRange(0, 5), new TextRange(6, 10), "say", false, Optional.empty())));
        Explainer draft = DraftChecks.assertValid(new DraftAssembler().assemble(
                new ImportedArticle("T", "", "", "", "Hello said world."), findings));
        assertEquals(List.of("coast-union"), draft.actor("ana-lima").orElseThrow().blocs(),
                "no person, no itself, no unknown index");
        assertEquals("Mayor", draft.actor("ana-lima").get().role());
        assertEquals(Optional.of(new Place("Eldham", 54.5, -3.6)), draft.actor("ana-lima").get().place());
        assertEquals(List.of("north-group"), draft.actor("coast-union").get().blocs());
        assertEquals(List.of(), draft.actor("north-group").get().blocs(), "the circle is broken");
        assertEquals(Optional.empty(), draft.actor("harbour-vote").get().place(), "no place off the globe");
    }

    @Test
    void withoutAHeadlineTheTitleIsTheArticlesFirstWordsMarkedEditorial() throws DraftException {
        Explainer draft = draft("", "Ana Lima said that the long bridge over the wide river must close next year.");
        assertTrue(draft.article().titleIsEditorial());
        assertEquals("Ana Lima said that the long bridge over the wide …", draft.article().title());
        assertEquals("ana-lima-said-that-the-long-bridge-over-the-wide", draft.id());
    }

    @Test
    void statementGetsTheEventItsSentenceNamesAsContext() throws DraftException {
        String text = "At the Harbour Vote, Ana Lima said the pier must close.\nBo Reyes said it can stay open.";
        int vote = text.indexOf("Harbour Vote");
        Findings found = new PatternAnalyser().analyse(text);
        List<FoundActor> actors = new java.util.ArrayList<>(found.actors());
        actors.add(new FoundActor("Harbour Vote", ActorKind.EVENT, "", Optional.empty(),
                List.of(new TextRange(vote, vote + 12)), List.of()));
        Explainer draft = DraftChecks.assertValid(new DraftAssembler().assemble(
                new ImportedArticle("Vote", "", "", "", text), new Findings(actors, found.statements())));
        assertEquals(Optional.of("harbour-vote"), draft.stancesOf("ana-lima").get(0).context());
        assertEquals(Optional.empty(), draft.stancesOf("bo-reyes").get(0).context());
    }

    @Test
    void analyserFindingNobodyGivesNoDraft() {
        DraftException e = assertThrows(DraftException.class, () -> draft("T", "Nothing is said here."));
        assertTrue(e.getMessage().contains("no actors were found"), e.getMessage());
    }

    @Test
    void placesFromTheAnalyserReachTheMap() throws DraftException {
        Explainer draft = DraftChecks.assertValid(draft("Harbour", HARBOUR,
                new PatternAnalyser(Map.of("Tomas Reed", new Place("Port Alder", 54.0, -3.0)))));
        assertEquals("Port Alder", draft.actor("tomas-reed").orElseThrow().place().orElseThrow().name());
    }
}
