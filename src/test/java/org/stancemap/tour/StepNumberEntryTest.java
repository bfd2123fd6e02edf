package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StepNumberEntryTest {

    private final StepNumberEntry entry = new StepNumberEntry();

    private void type(int... digits) {
        for (int d : digits) {
            entry.digit(d);
        }
    }

    @Test
    void aTypedNumberGivesTheZeroBasedIndexAndClears() {
        type(3);
        assertEquals("3", entry.typed());
        assertFalse(entry.isEmpty());
        assertEquals(OptionalInt.of(2), entry.commit(10));
        assertTrue(entry.isEmpty());
        assertEquals("", entry.typed());
    }

    @Test
    void twoDigitNumbersWork() {
        type(1, 0);
        assertEquals(OptionalInt.of(9), entry.commit(10));
    }

    @Test
    void numbersOutsideTheTourGiveNothingAndClear() {
        type(1, 1);
        assertEquals(OptionalInt.empty(), entry.commit(10));
        assertTrue(entry.isEmpty());
        type(0);
        assertEquals(OptionalInt.empty(), entry.commit(10));
        assertEquals(OptionalInt.empty(), entry.commit(10), "nothing typed");
        type(1);
        assertEquals(OptionalInt.empty(), entry.commit(0), "an empty tour");
    }

    @Test
    void keepsAtMostThreeDigits() {
        type(1, 2, 3, 4, 5);
        assertEquals("123", entry.typed());
        assertEquals(OptionalInt.of(122), entry.commit(500));
    }

    @Test
    void leadingZerosAreIgnored() {
        type(0, 0, 7);
        assertEquals(OptionalInt.of(6), entry.commit(10));
    }

    @Test
    void clearDropsWhatWasTyped() {
        type(4);
        entry.clear();
        assertTrue(entry.isEmpty());
        assertEquals(OptionalInt.empty(), entry.commit(10));
    }

    @Test
    void rejectsSomethingThatIsNotADigit() {
        assertThrows(IllegalArgumentException.class, () -> entry.digit(10));
        assertThrows(IllegalArgumentException.class, () -> entry.digit(-1));
        assertTrue(entry.isEmpty());
    }
}
