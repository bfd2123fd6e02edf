package org.stancemap.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.GlossaryEntry;

class GlossaryMatcherTest {

    private static final GlossaryMatcher MATCHER = new GlossaryMatcher(List.of(
            new GlossaryEntry("security", "safety"),
            new GlossaryEntry("security guarantees", "promises"),
            new GlossaryEntry("NATO", "an alliance")));

    private static List<String> found(String text) {
        return MATCHER.find(text).stream().map(o -> text.substring(o.start(), o.end())).toList();
    }

    @Test
    void longestTermWinsAndCaseIsIgnored() {
        assertEquals(List.of("Security guarantees", "security"), found("Security guarantees, and security."));
    }

    @Test
    void onlyWholeWordsAreMarked() {
        assertEquals(List.of("NATO"), found("NATO’s members, not NATOs or ANATOLIA"));
    }

    @Test
    void accentedCapitalsMatchAndPlacesStayExact() {
        GlossaryMatcher matcher = new GlossaryMatcher(List.of(new GlossaryEntry("Élysée", "the palace")));
        // "İ" lower-cases to two chars in a whole-string lower-casing, which would shift every later place.
        String text = "İstanbul heard the ÉLYSÉE, then the élysée again";
        assertEquals(List.of("ÉLYSÉE", "élysée"),
                matcher.find(text).stream().map(o -> text.substring(o.start(), o.end())).toList());
    }

    @Test
    void everyAppearanceIsMarkedOnce() {
        assertEquals(List.of("security", "Security", "security"), found("security Security security"));
    }

    @Test
    void noGlossaryMarksNothing() {
        assertEquals(List.of(), new GlossaryMatcher(List.of()).find("security"));
    }
}
