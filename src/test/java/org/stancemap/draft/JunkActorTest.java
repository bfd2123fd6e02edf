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
}
