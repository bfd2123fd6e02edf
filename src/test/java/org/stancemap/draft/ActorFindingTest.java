package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.model.ActorKind;

/** Actors: names with titles, merged aliases, pronouns, states from names, capitals and demonyms, groups. */
class ActorFindingTest {

    private static Optional<FoundActor> actor(Findings f, String name) {
        return f.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static FoundActor only(Findings f, String name) {
        List<FoundActor> named = f.actors().stream().filter(a -> a.name().equals(name)).toList();
        assertEquals(1, named.size(), () -> "actors named " + name + ": " + f.actors());
        return named.get(0);
    }

    @Test
    void titleBecomesTheRoleAndTheDemonymTiesThePersonToAState() {
        String text = "Russian President Vladimir Putin rejected the offer.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor putin = only(f, "Vladimir Putin");
        assertEquals(ActorKind.PERSON, putin.kind());
        assertEquals("Russian President", putin.role());
        assertEquals("Moscow", putin.place().orElseThrow().name());
        FoundActor russia = only(f, "Russia");
        assertEquals(ActorKind.STATE, russia.kind());
        assertEquals(List.of(f.actors().indexOf(russia)), putin.blocs());
    }

    @Test
    void anOrganisationBeforeATitleIsTheBloc() {
        String text = "NATO Chief Mark Rutte spoke in Brussels.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor rutte = only(f, "Mark Rutte");
        assertEquals("NATO Chief", rutte.role());
        FoundActor nato = only(f, "NATO");
        assertEquals(ActorKind.ALLIANCE, nato.kind());
        assertEquals(List.of(f.actors().indexOf(nato)), rutte.blocs());
    }

    @Test
    void noTitleMeansNoRole() {
        Findings f = SharedAnalyser.get().analyse("Anna Berg opened the meeting.");
        assertEquals("", only(f, "Anna Berg").role());
        assertTrue(only(f, "Anna Berg").place().isEmpty());
    }

    @Test
    void surnameAloneAndPronounsJoinThePerson() {
        String text = "President Barack Obama arrived late.\nObama thanked the hosts. He left at noon.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor obama = only(f, "Barack Obama");
        assertEquals("President", obama.role());
        List<String> mentions = obama.mentions().stream().map(r -> r.of(text)).toList();
        assertEquals(List.of("President Barack Obama", "Obama", "He"), mentions);
    }

    @Test
    void aFirstNameBeforeTheFullNameIsThatPerson() {
        String text = "Supporters cheered Hillary at the rally.\nHillary Clinton thanked them. Clinton said the race was close.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor clinton = only(f, "Hillary Clinton");
        assertTrue(actor(f, "Hillary").isEmpty(), () -> "no second actor for her first name: " + f.actors());
        List<String> mentions = clinton.mentions().stream().map(r -> r.of(text)).toList();
        assertEquals(List.of("Hillary", "Hillary Clinton", "Clinton"), mentions);
    }

    @Test
    void aFirstNameSharedByTwoPeopleGoesToTheLastOneOnly() {
        String text = "Jim spoke first.\nJim Brady and Sarah Brady arrived later. Sarah thanked the staff.";
        Findings f = SharedAnalyser.get().analyse(text);
        only(f, "Jim Brady");
        only(f, "Sarah Brady");
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        Findings f = SharedAnalyser.get().analyse("Tom Wilson met Ann Wilson in the hall.");
        only(f, "Tom Wilson");
        only(f, "Ann Wilson");
    }

    @Test
    void aDescriptionJoinsThePersonWhoseTitleFits() {
        String text = "French President Emmanuel Macron met the press.\nThe French president said the summit went well.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor macron = only(f, "Emmanuel Macron");
        assertTrue(macron.mentions().stream().anyMatch(r -> r.of(text).equals("The French president")),
                () -> "mentions: " + macron.mentions().stream().map(r -> r.of(text)).toList());
    }

    @Test
    void statesFromNamesCapitalsAndDemonymsAreOneActor() {
        String text = "Ukraine asked for help. The request from Kyiv was clear, and Ukrainian troops waited.";
        Findings f = SharedAnalyser.get().analyse(text);
        FoundActor ukraine = only(f, "Ukraine");
        assertEquals(ActorKind.STATE, ukraine.kind());
        assertEquals("Kyiv", ukraine.place().orElseThrow().name());
        List<String> mentions = ukraine.mentions().stream().map(r -> r.of(text)).toList();
        assertTrue(mentions.containsAll(List.of("Ukraine", "Kyiv")), () -> "mentions: " + mentions);
    }

    @Test
    void shortFormsOfCountriesAreKnown() {
        Findings f = SharedAnalyser.get().analyse("UK Prime Minister Keir Starmer met U.S. officials.");
        assertEquals("UK Prime Minister", only(f, "Keir Starmer").role());
        assertTrue(actor(f, "United Kingdom").isPresent(), () -> "actors: " + f.actors());
    }

    @Test
    void looseGroupsAndCoalitions() {
        String text = "Western leaders met Ukraine's allies while Republican lawmakers and officials waited.";
        Findings f = SharedAnalyser.get().analyse(text);
        assertEquals(ActorKind.GROUP, only(f, "Western leaders").kind());
        assertEquals(ActorKind.COALITION, only(f, "Ukraine's allies").kind());
        assertEquals(ActorKind.GROUP, only(f, "Republican lawmakers").kind());
        assertTrue(actor(f, "officials").isEmpty(), () -> "a silent bare plural is no actor: " + f.actors());
    }

    @Test
    void theEuropeanUnionIsAnAlliance() {
        Findings f = SharedAnalyser.get().analyse("The European Union imposed new tariffs.");
        assertEquals(ActorKind.ALLIANCE, only(f, "European Union").kind());
    }

    @Test
    void everyMentionPointsAtTheActorsOwnWords() {
        String text = "German Chancellor Olaf Scholz said Berlin would help. Scholz repeated it.";
        Findings f = SharedAnalyser.get().analyse(text);
        List<String> mentions = only(f, "Olaf Scholz").mentions().stream().map(r -> r.of(text)).toList();
        assertEquals(List.of("German Chancellor Olaf Scholz", "Scholz"), mentions);
    }
}
