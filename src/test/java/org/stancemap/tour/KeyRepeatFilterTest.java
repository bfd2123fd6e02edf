package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyRepeatFilterTest {

    private final KeyRepeatFilter filter = new KeyRepeatFilter();

    @Test
    void aHeldKeyCountsOnceUntilReleased() {
        assertTrue(filter.firstPress("PAGE_DOWN"));
        assertFalse(filter.firstPress("PAGE_DOWN"), "auto-repeat");
        assertFalse(filter.firstPress("PAGE_DOWN"), "auto-repeat");
        filter.released("PAGE_DOWN");
        assertTrue(filter.firstPress("PAGE_DOWN"), "pressed again after release");
    }

    @Test
    void differentKeysAreTrackedSeparately() {
        assertTrue(filter.firstPress("PAGE_DOWN"));
        assertTrue(filter.firstPress("B"));
        assertFalse(filter.firstPress("B"));
        filter.released("B");
        assertFalse(filter.firstPress("PAGE_DOWN"), "still held");
    }

    @Test
    void resetForgetsHeldKeys() {
        filter.firstPress("RIGHT");
        filter.reset();
        assertTrue(filter.firstPress("RIGHT"));
    }

    @Test
    void releasingAKeyThatWasNeverPressedIsHarmless() {
        filter.released("LEFT");
        assertTrue(filter.firstPress("LEFT"));
    }
}
