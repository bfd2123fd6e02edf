package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Words that look like names but name no one never become actors a teacher must reject: dates,
 * words capitalised only by opening a sentence, silent bare plurals, party tags, titles without a
 * name, datelines. The real actors around them stay.
 */
class JunkActorTest {

    private static List<String> names(Findings f) {
        return f.actors().stream().map(FoundActor::name).toList();
    }

    private static void assertNoActorWith(Findings f, String word) {
        assertFalse(names(f).stream().anyMatch(n -> n.contains(word)), () -> "no actor with " + word + ": " + names(f));
    }

    private static void assertActor(Findings f, String name) {
        assertTrue(names(f).contains(name), () -> "actor " + name + " expected: " + names(f));
    }

    @Test
    void weekdaysInThePluralAreNoOne() {
        Findings f = SharedAnalyser.get().analyse(
                "The ferry to Kelby Island stops on Mondays. Mayor Tilda Brenner said the timetable would stay.");
        assertNoActorWith(f, "Mondays");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void abbreviatedMonthsAreNoOne() {
        Findings f = SharedAnalyser.get().analyse(
                "On Nov. 12 Councillor Oskar Lind said the depot would close. Lind repeated it on Aug. 3.");
        assertNoActorWith(f, "Nov");
        assertNoActorWith(f, "Aug");
        assertActor(f, "Oskar Lind");
    }

    @Test
    void aShortMonthBeforeADayIsNoOne() {
        Findings f = SharedAnalyser.get().analyse("Oct 14 (Wire) - Mayor Oskar Lind said the depot would close.");
        assertNoActorWith(f, "Oct");
        assertActor(f, "Oskar Lind");
    }

    @Test
    void aFunctionWordOpeningASentenceIsNoName() {
        Findings f = SharedAnalyser.get().analyse(
                "Councillor Oskar Lind will not wait. Nor will the union. Afterward, Lind said the depot would close.");
        assertNoActorWith(f, "Nor");
        assertNoActorWith(f, "Afterward");
        assertActor(f, "Oskar Lind");
    }

    @Test
    void aCommonWordCapitalisedOnlyByOpeningTheSentenceIsNoName() {
        String text = "Rather, the fishermen want a longer season. Orla Veng, who leads the fishermen, said she "
                + "would rather wait. Head teachers were not asked. The head of the port, Piet Marr, said "
                + "nothing had been decided.";
        Findings f = SharedAnalyser.get().analyse(text);
        assertNoActorWith(f, "Rather");
        assertNoActorWith(f, "Head");
        assertActor(f, "Orla Veng");
        assertActor(f, "Piet Marr");
    }

    @Test
    void aNameOpeningASentenceStaysANameWhenTheArticleNeverWritesItInLowerCase() {
        Findings f = SharedAnalyser.get().analyse("Brenner opened the session. The mayor, Tilda Brenner, spoke first.");
        assertActor(f, "Tilda Brenner");
        assertEquals(1, names(f).stream().filter(n -> n.contains("Brenner")).count(), () -> "one Brenner: " + names(f));
    }

    @Test
    void anEditorsNoteAndALetsAreNoOne() {
        Findings f = SharedAnalyser.get().analyse(
                "Editor’s note: this piece was updated. “Let’s build it,” Mayor Tilda Brenner said.");
        assertNoActorWith(f, "Editor");
        assertNoActorWith(f, "Let");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void aSilentBarePluralIsNoActorButASpeakingOneIs() {
        Findings silent = SharedAnalyser.get().analyse("Mayor Tilda Brenner told reporters the bridge would open in spring.");
        assertNoActorWith(silent, "reporters");
        assertActor(silent, "Tilda Brenner");

        Findings speaking = SharedAnalyser.get().analyse("Officials said the bridge would open in spring.");
        assertActor(speaking, "Officials");
        assertEquals(1, speaking.statements().size(), () -> "statements: " + speaking.statements());
    }

    @Test
    void aGroupNamedWithAProperNounStaysEvenWhenSilent() {
        Findings f = SharedAnalyser.get().analyse(
                "Danish officials and senior officials met in the hall, and Democrats waited outside.");
        assertActor(f, "Danish officials");
        assertActor(f, "Democrats");
        assertNoActorWith(f, "senior officials");
    }

    @Test
    void aPartyAndStateTagAfterANameIsNoOne() {
        Findings f = SharedAnalyser.get().analyse("Sen. Ada Morrow (D-Ore.) said the bill was unfair to farmers.");
        assertActor(f, "Ada Morrow");
        assertNoActorWith(f, "D-Ore");
    }

    @Test
    void aPartyTagSplitFromItsStateIsNoOneEither() {
        Findings f = SharedAnalyser.get().analyse("Sen. Ada Morrow (R- Ore.) said the bill was unfair to farmers.");
        assertActor(f, "Ada Morrow");
        assertNoActorWith(f, "R-");
    }

    @Test
    void partsOfTheWorldAreNoActors() {
        Findings f = SharedAnalyser.get().analyse("Minister Kari Dahl said trade across Europe and the Middle East had slowed.");
        assertActor(f, "Kari Dahl");
        assertNoActorWith(f, "Europe");
        assertNoActorWith(f, "Middle East");
    }

    @Test
    void aPartyConventionIsNoPerson() {
        Findings f = SharedAnalyser.get().analyse("Delegates to the Republican National Convention cheered Sen. Ada Morrow.");
        assertFalse(names(f).contains("Convention"), () -> "no person called Convention: " + names(f));
        assertActor(f, "Ada Morrow");
    }

    @Test
    void aTitleWithoutANameIsNoPerson() {
        Findings f = SharedAnalyser.get().analyse(
                "Two Republican contenders met in a school gym. Sen. Ada Morrow was one, and a Democrat came too.");
        assertFalse(names(f).contains("Republican"), () -> "no person called Republican: " + names(f));
        assertFalse(names(f).contains("Democrat"), () -> "no person called Democrat: " + names(f));
        assertActor(f, "Ada Morrow");
    }

    @Test
    void aHeadlineInCapitalsIsNoActor() {
        Findings f = SharedAnalyser.get().analyse(
                "3. HOW FERRY FARES ARE RISING. Mayor Tilda Brenner said the ferry would cost more.");
        assertEquals(List.of("Tilda Brenner"), names(f));
    }

    @Test
    void aDatelineInCapitalsIsNoActor() {
        Findings f = SharedAnalyser.get().analyse("BRUSSELS — Minister Kari Dahl said the talks had failed.");
        assertNoActorWith(f, "BRUSSELS");
        assertFalse(names(f).contains("Belgium"), () -> "a dateline ties no state in: " + names(f));
        assertActor(f, "Kari Dahl");
    }

    @Test
    void aDatelineOfAnUnknownTownIsNoActor() {
        Findings f = SharedAnalyser.get().analyse("KELBY, Norland — Minister Kari Dahl said the talks had failed.");
        assertNoActorWith(f, "KELBY");
        assertActor(f, "Kari Dahl");
    }

    private static FoundActor actorNamed(Findings f, String name) {
        return f.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("actor " + name + " expected: " + names(f)));
    }

    private static boolean speaks(Findings f, String name) {
        int index = f.actors().indexOf(actorNamed(f, name));
        return f.statements().stream().anyMatch(s -> s.speaker() == index);
    }

    @Test
    void anAgencyInADatelineIsNoActor() {
        Findings shouted = SharedAnalyser.get().analyse(
                "KELBY, Norland, May 4 (Reuters) — Mayor Tilda Brenner said the ferry would stop in June.");
        assertNoActorWith(shouted, "Reuters");
        assertNoActorWith(shouted, "Norland");
        assertActor(shouted, "Tilda Brenner");

        Findings mixedCase = SharedAnalyser.get().analyse("Washington (AFP) – Minister Kari Dahl said the talks had failed.");
        assertNoActorWith(mixedCase, "AFP");
        assertNoActorWith(mixedCase, "United States");
        assertActor(mixedCase, "Kari Dahl");

        Findings withState = SharedAnalyser.get().analyse("KELBY, N.H. (AP) — Mayor Tilda Brenner said the ferry would stop.");
        assertEquals(List.of("Tilda Brenner"), names(withState));
    }

    @Test
    void aNameWithItsPartyInBracketsBeforeADashIsNoDateline() {
        Findings f = SharedAnalyser.get().analyse("Sen. Ada Morrow (D-Ore.) — the bill’s author — was not asked.");
        assertActor(f, "Ada Morrow");
    }

    @Test
    void anAgencyThatIsOnlyToldSomethingIsNoActor() {
        Findings f = SharedAnalyser.get().analyse(
                "Mayor Tilda Brenner told The Associated Press that the depot would close. A copy of her letter was "
                        + "obtained by AP on Friday.");
        assertNoActorWith(f, "Associated Press");
        assertNoActorWith(f, "AP");
        assertActor(f, "Tilda Brenner");
    }

    /** A teacher wants a claim the article takes from an agency on the map, credited to that agency. */
    @Test
    void anAgencyThatReportsSomethingStaysAsItsSource() {
        Findings f = SharedAnalyser.get().analyse(
                "KELBY (AP) — The depot will close in June. Reuters reported that the council had sold the land.");
        assertActor(f, "Reuters");
        assertTrue(speaks(f, "Reuters"), () -> "Reuters reports: " + f.statements());
        assertNoActorWith(f, "AP");
    }

    @Test
    void anAuthorsPlugIsNoActor() {
        Findings f = SharedAnalyser.get().analyse(
                "Mayor Tilda Brenner said the depot would close. Follow Jon Berg on Twitter @jonberg.");
        assertNoActorWith(f, "Berg");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void reportingAndEditingCreditsAreNoActors() {
        Findings f = SharedAnalyser.get().analyse("Mayor Tilda Brenner said the depot would close.\n"
                + "(Reporting by Jon Berg; Editing by Ann Lee.)\n"
                + "Wire writer Piet Marr contributed from Kelby. Orla Veng contributed reporting. (h/t Kelby Post.) "
                + "Ida Holm and Kai Rask contributed.");
        assertEquals(List.of("Tilda Brenner"), names(f));
    }

    @Test
    void aNameThatContributedMoneyStays() {
        Findings f = SharedAnalyser.get().analyse("Mayor Tilda Brenner said the depot would close. "
                + "Jon Berg contributed to the mayor’s campaign, and Berg said the depot should stay.");
        assertActor(f, "Jon Berg");
        assertTrue(speaks(f, "Jon Berg"), () -> "Jon Berg speaks: " + f.statements());
    }

    @Test
    void aSpeakerOnTwitterInTheStoryStays() {
        Findings f = SharedAnalyser.get().analyse(
                "Jon Berg said on Twitter that the depot would close. Follow the money, Orla Veng told the council.");
        assertActor(f, "Jon Berg");
        assertTrue(speaks(f, "Jon Berg"), () -> "Jon Berg speaks: " + f.statements());
        assertActor(f, "Orla Veng");
    }

    @Test
    void aPhotoCreditIsNoActor() {
        Findings f = SharedAnalyser.get().analyse("Mayor Tilda Brenner said the depot would close.\n"
                + "Jon Berg via Getty Images.\n"
                + "Photo: Piet Marr/Kelby Wire\n"
                + "Image caption Protesters gathered outside the town hall on Friday.");
        assertEquals(List.of("Tilda Brenner"), names(f));
    }

    @Test
    void aPeopleNamedInThePluralIsNoPerson() {
        Findings f = SharedAnalyser.get().analyse(
                "Mayor Tilda Brenner said the plan would not single out Muslims, Latinos or Syrians.");
        assertNoActorWith(f, "Muslims");
        assertNoActorWith(f, "Latinos");
        assertNoActorWith(f, "Syrians");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void aPeopleThatSpeaksIsAGroupNotAPerson() {
        Findings f = SharedAnalyser.get().analyse("Muslims in Kelby said the plan singled them out.");
        FoundActor muslims = f.actors().stream().filter(a -> a.name().contains("Muslims")).findFirst()
                .orElseThrow(() -> new AssertionError("a group of Muslims expected: " + names(f)));
        assertEquals(org.stancemap.model.ActorKind.GROUP, muslims.kind());
        assertEquals(1, f.statements().size(), () -> "statements: " + f.statements());
    }

    @Test
    void aFaithOrAPeopleAsAnAdjectiveIsNoOne() {
        Findings f = SharedAnalyser.get().analyse(
                "“I am a proud Muslim,” Orla Veng said. Mayor Tilda Brenner courted the Latino vote and spoke about Islam.");
        assertNoActorWith(f, "Muslim");
        assertNoActorWith(f, "Latino");
        assertNoActorWith(f, "Islam");
        assertActor(f, "Orla Veng");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void aNameEndingInAPeopleOrAGroupIsNoPerson() {
        Findings f = SharedAnalyser.get().analyse(
                "Mayor Tilda Brenner courted Native Americans and Reagan Democrats at the fair in Kelby.");
        assertNoActorWith(f, "Americans");
        assertTrue(f.actors().stream().filter(a -> a.name().contains("Democrats"))
                .allMatch(a -> a.kind() == org.stancemap.model.ActorKind.GROUP), () -> "Democrats as a group: " + f.actors());
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void aStateAbbreviatedAfterATownIsNoActor() {
        Findings f = SharedAnalyser.get().analyse(
                "Mayor Tilda Brenner spoke in Kelby, Calif., on Monday and in Nashua, N.H. on Tuesday. Miss Ada Morrow came too.");
        assertNoActorWith(f, "Calif");
        assertNoActorWith(f, "N.H");
        assertActor(f, "Tilda Brenner");
        assertActor(f, "Ada Morrow");
    }

    @Test
    void aTownOnlyEverNamedAfterInIsNoPerson() {
        Findings f = SharedAnalyser.get().analyse("Mayor Tilda Brenner held a town hall in Cedar Rapids on Monday. "
                + "The crowd in Cedar Rapids was large, Brenner said.");
        assertNoActorWith(f, "Cedar Rapids");
        assertActor(f, "Tilda Brenner");
    }

    @Test
    void aPersonNamedElsewhereOrWithAPossessiveAfterInStays() {
        Findings f = SharedAnalyser.get().analyse("The rule was waived in Oskar Lind's case. "
                + "Residents put their trust in Ada Morrow. Ada Morrow thanked them.");
        assertActor(f, "Oskar Lind");
        assertActor(f, "Ada Morrow");
    }
}
