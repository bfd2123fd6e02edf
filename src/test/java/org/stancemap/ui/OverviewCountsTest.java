package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The side panel's counts read as English for one of a kind, not "1 links". */
class OverviewCountsTest {

    @Test
    void oneOfAKindIsSingular() {
        assertEquals("1 actor, 1 position taken from the article, and 1 link between them.",
                Messages.format("overview.counts", 1, 1, 1));
    }

    @Test
    void severalAreCountedInThePlural() {
        assertEquals("14 actors, 15 positions taken from the article, and 10 links between them.",
                Messages.format("overview.counts", 14, 15, 10));
    }
}
