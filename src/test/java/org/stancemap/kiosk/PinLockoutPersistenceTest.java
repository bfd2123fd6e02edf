package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.kiosk.PinGate.Verdict;

/** A visitor who restarts the kiosk gains no PIN tries. */
class PinLockoutPersistenceTest {

    private static final String HASH = PinHash.create("2468".toCharArray());

    @TempDir
    Path dir;

    private final List<String> reports = new ArrayList<>();
    private long now = 5_000_000_000L;

    /** A gate as a freshly started kiosk makes it: a new monotonic clock, the same state folder. */
    private PinGate startKiosk() {
        return new PinGate(Optional.of(HASH), () -> now, Optional.of(PinLockoutFile.in(dir, reports::add)));
    }

    @Test
    void aRestartDuringALockoutIsStillLocked() {
        PinGate gate = startKiosk();
        for (String pin : new String[] {"0000", "1111", "2222"}) {
            gate.attempt(pin.toCharArray());
        }
        assertEquals(Verdict.LOCKED, gate.attempt("2468".toCharArray()).verdict());

        now = 17; // the process restarted: its clock starts anywhere
        PinGate restarted = startKiosk();
        PinGate.Attempt attempt = restarted.attempt("2468".toCharArray());
        assertEquals(Verdict.LOCKED, attempt.verdict(), "the restart unlocked the gate");
        assertEquals(PinGate.FIRST_LOCKOUT, attempt.lockout());
    }

    @Test
    void wrongAttemptsBeforeARestartStillCountAfterIt() {
        PinGate gate = startKiosk();
        gate.attempt("0000".toCharArray());
        gate.attempt("1111".toCharArray());
        PinGate restarted = startKiosk();
        PinGate.Attempt third = restarted.attempt("2222".toCharArray());
        assertEquals(Verdict.WRONG, third.verdict());
        assertEquals(PinGate.FIRST_LOCKOUT, third.lockout(), "the third wrong PIN in a row locks, restart or not");
    }

    @Test
    void theRightPinClearsTheRememberedCount() {
        PinGate gate = startKiosk();
        gate.attempt("0000".toCharArray());
        assertTrue(gate.attempt("2468".toCharArray()).accepted());
        PinGate restarted = startKiosk();
        assertEquals(Duration.ZERO, restarted.lockoutRemaining());
        assertEquals(Verdict.WRONG, restarted.attempt("0000".toCharArray()).verdict());
        assertEquals(Duration.ZERO, restarted.lockoutRemaining(), "one wrong PIN after a right one does not lock");
    }

    @Test
    void aDamagedStateFileLocksRatherThanUnlocks() throws IOException {
        Files.writeString(dir.resolve(PinLockoutFile.FILE_NAME), "{\"wrongInARow\": ");
        PinGate gate = startKiosk();
        assertEquals(Verdict.LOCKED, gate.attempt("2468".toCharArray()).verdict());
        assertTrue(reports.stream().anyMatch(r -> r.contains("cannot be used") && r.contains("locked")), reports.toString());
    }

    @Test
    void theStateIsWrittenAtomicallyAsOneSmallObject() throws IOException {
        PinGate gate = startKiosk();
        gate.attempt("0000".toCharArray());
        assertEquals("{\"wrongInARow\": 1}\n", Files.readString(dir.resolve(PinLockoutFile.FILE_NAME)));
    }

    @Test
    void hashesBelowSixHundredThousandIterationsAreRefused() {
        String weak = "pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        String problem = PinHash.problemWith(weak).orElseThrow();
        assertTrue(problem.contains("iteration count 100000 is below 600,000"), problem);
        assertTrue(problem.contains("stancemap --kiosk-pin"), problem);
    }
}
