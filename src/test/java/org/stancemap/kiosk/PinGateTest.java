package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.kiosk.PinGate.Attempt;
import org.stancemap.kiosk.PinGate.Verdict;

class PinGateTest {

    private static final String HASH = PinHash.create("2468".toCharArray(), PinHash.MIN_ITERATIONS);

    /** A clock that moves only when told. */
    private long now = 1_000_000_000_000L;
    private final PinGate gate = new PinGate(Optional.of(HASH), () -> now);

    private Attempt attempt(String pin) {
        return gate.attempt(pin.toCharArray());
    }

    private void wait(Duration d) {
        now += d.toNanos();
    }

    @Test
    void withoutAPinTheExitIsDisabledWhateverIsTyped() {
        PinGate disabled = new PinGate(Optional.empty(), () -> now);
        assertFalse(disabled.enabled());
        assertEquals(Verdict.DISABLED, disabled.attempt("2468".toCharArray()).verdict());
        assertEquals(Verdict.DISABLED, disabled.attempt("".toCharArray()).verdict());
    }

    @Test
    void theRightPinIsAccepted() {
        assertTrue(gate.enabled());
        assertTrue(attempt("2468").accepted());
    }

    @Test
    void twoWrongPinsCostNothingAndTheThirdLocksForThirtySeconds() {
        assertEquals(new Attempt(Verdict.WRONG, Duration.ZERO), attempt("0000"));
        assertEquals(new Attempt(Verdict.WRONG, Duration.ZERO), attempt("1111"));
        Attempt third = attempt("2222");
        assertEquals(Verdict.WRONG, third.verdict());
        assertEquals(Duration.ofSeconds(30), third.lockout());
        assertEquals(30, gate.lockoutSecondsRemaining());
    }

    @Test
    void duringALockoutEvenTheRightPinIsNotChecked() {
        for (String pin : new String[] {"0000", "1111", "2222"}) {
            attempt(pin);
        }
        wait(Duration.ofSeconds(10));
        Attempt locked = attempt("2468");
        assertEquals(Verdict.LOCKED, locked.verdict());
        assertEquals(Duration.ofSeconds(20), locked.lockout());
        wait(Duration.ofMillis(19_500));
        assertEquals(1, gate.lockoutSecondsRemaining(), "half a second left shows as 1 s");
        wait(Duration.ofMillis(500));
        assertEquals(Duration.ZERO, gate.lockoutRemaining());
        assertTrue(attempt("2468").accepted());
    }

    @Test
    void eachFurtherWrongPinDoublesTheLockoutUpToFiveMinutes() {
        attempt("0000");
        attempt("0000");
        long[] expected = {30, 60, 120, 240, 300, 300};
        for (long seconds : expected) {
            Attempt a = attempt("0000");
            assertEquals(Verdict.WRONG, a.verdict());
            assertEquals(Duration.ofSeconds(seconds), a.lockout());
            wait(a.lockout());
        }
    }

    @Test
    void theRightPinClearsTheCount() {
        attempt("0000");
        attempt("0000");
        assertTrue(attempt("2468").accepted());
        assertEquals(Duration.ZERO, attempt("0000").lockout());
        assertEquals(Duration.ZERO, attempt("0000").lockout());
        assertEquals(Duration.ofSeconds(30), attempt("0000").lockout());
    }

    @Test
    void wrongPinsAreForgottenAfterAQuietQuarterHour() {
        attempt("0000");
        attempt("0000");
        wait(PinGate.FORGET_AFTER);
        assertEquals(Duration.ZERO, attempt("0000").lockout(), "the count should have started again");
        attempt("0000");
        wait(PinGate.FORGET_AFTER.minusSeconds(1));
        assertEquals(Duration.ofSeconds(30), attempt("0000").lockout(), "not quiet long enough to forget");
    }

    @Test
    void theLockoutStartsAfterTheSlowCheckNotBeforeIt() {
        long[] clock = {0};
        PinGate slow = new PinGate(Optional.of(HASH), () -> {
            clock[0] += Duration.ofSeconds(2).toNanos(); // every reading is two seconds later
            return clock[0];
        });
        slow.attempt("0".repeat(4).toCharArray());
        slow.attempt("0".repeat(4).toCharArray());
        Attempt third = slow.attempt("0".repeat(4).toCharArray());
        assertEquals(Duration.ofSeconds(30), third.lockout());
        assertEquals(Duration.ofSeconds(28), slow.lockoutRemaining());
    }

    @Test
    void aMalformedHashIsRefusedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> new PinGate(Optional.of("2468"), () -> 0));
    }

    @Test
    void lockoutsFollowTheDoublingRule() {
        assertEquals(Duration.ofSeconds(30), PinGate.lockoutAfter(3));
        assertEquals(Duration.ofSeconds(60), PinGate.lockoutAfter(4));
        assertEquals(Duration.ofMinutes(5), PinGate.lockoutAfter(1000));
    }
}
