package org.stancemap.kiosk;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Decides whether the operator may leave kiosk mode. Without a configured PIN it always says no.
 * Wrong PINs are rate-limited: the first {@value #FREE_ATTEMPTS} wrong attempts cost nothing more,
 * the third starts a lockout of {@link #FIRST_LOCKOUT}, and each wrong attempt after that doubles
 * it up to {@link #MAX_LOCKOUT}. While locked out no PIN is checked at all. A right PIN clears the
 * count, and so does {@link #FORGET_AFTER} without a wrong attempt (an attacker gains nothing by
 * it: waiting that long allows no more guesses than waiting out the lockouts).
 *
 * <p>Times come from a monotonic nanosecond clock ({@code System::nanoTime} in the app), so a
 * change of the wall clock neither shortens nor lengthens a lockout. {@link #attempt} hashes the
 * PIN (a fraction of a second): call it off the FX thread.
 */
public final class PinGate {

    public enum Verdict {
        /** The PIN was right: leave kiosk mode. */
        ACCEPTED,
        /** The PIN was wrong; {@link Attempt#lockout()} says how long until the next try, zero if at once. */
        WRONG,
        /** Locked out: the PIN was not checked; {@link Attempt#lockout()} says for how much longer. */
        LOCKED,
        /** No PIN is configured, so the operator exit is disabled. */
        DISABLED
    }

    /** The answer to one attempt. */
    public record Attempt(Verdict verdict, Duration lockout) {
        public boolean accepted() {
            return verdict == Verdict.ACCEPTED;
        }

        /** The lockout in whole seconds, rounded up, for "try again in N s". */
        public long lockoutSeconds() {
            return secondsUp(lockout);
        }
    }

    public static final int FREE_ATTEMPTS = 3;
    public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(5);
    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final Optional<String> pinHash;
    private final LongSupplier nanoTime;
    private final Optional<PinLockoutFile> lockoutFile;
    private int wrongInARow;
    private long lastWrongAt;
    private long lockedUntil;
    private boolean locked;

    /** A gate for the app, on {@code System::nanoTime}. */
    public PinGate(Optional<String> pinHash) {
        this(pinHash, System::nanoTime);
    }

    /**
     * A gate that forgets wrong attempts when the app ends (tests).
     *
     * @throws IllegalArgumentException if {@code pinHash} is present but not a hash made by
     *                                  {@link PinHash#create} ({@link KioskConfigLoader} refuses those)
     */
    public PinGate(Optional<String> pinHash, LongSupplier nanoTime) {
        this(pinHash, nanoTime, Optional.empty());
    }

    /**
     * A gate that remembers wrong attempts in {@code lockoutFile} across restarts. A restart during a
     * lockout starts it again in full (the monotonic clock does not survive a restart, and the
     * wall clock cannot be trusted), so restarting never shortens it.
     */
    public PinGate(Optional<String> pinHash, LongSupplier nanoTime, Optional<PinLockoutFile> lockoutFile) {
        pinHash.flatMap(PinHash::problemWith).ifPresent(problem -> {
            throw new IllegalArgumentException("the PIN hash is malformed: " + problem);
        });
        this.pinHash = pinHash;
        this.nanoTime = nanoTime;
        this.lockoutFile = lockoutFile;
        int remembered = pinHash.isPresent() ? lockoutFile.map(PinLockoutFile::load).orElse(0) : 0;
        if (remembered > 0) {
            long now = nanoTime.getAsLong();
            wrongInARow = remembered;
            lastWrongAt = now;
            if (remembered >= FREE_ATTEMPTS) {
                locked = true;
                lockedUntil = now + lockoutAfter(remembered).toNanos();
            }
        }
    }

    /** Whether an operator exit exists at all; without it the UI should not even show a PIN prompt. */
    public boolean enabled() {
        return pinHash.isPresent();
    }

    /** Checks one PIN. The caller should clear {@code pin} afterwards. */
    public synchronized Attempt attempt(char[] pin) {
        if (pinHash.isEmpty()) {
            return new Attempt(Verdict.DISABLED, Duration.ZERO);
        }
        Duration remaining = lockoutRemaining();
        if (!remaining.isZero()) {
            return new Attempt(Verdict.LOCKED, remaining);
        }
        long now = nanoTime.getAsLong();
        if (wrongInARow > 0 && now - lastWrongAt >= FORGET_AFTER.toNanos()) {
            wrongInARow = 0;
        }
        boolean right = PinHash.verify(pin, pinHash.get());
        now = nanoTime.getAsLong(); // the check itself takes time; lockouts start after it
        if (right) {
            wrongInARow = 0;
            locked = false;
            remember();
            return new Attempt(Verdict.ACCEPTED, Duration.ZERO);
        }
        wrongInARow++;
        lastWrongAt = now;
        remember();
        if (wrongInARow < FREE_ATTEMPTS) {
            return new Attempt(Verdict.WRONG, Duration.ZERO);
        }
        Duration lockout = lockoutAfter(wrongInARow);
        locked = true;
        lockedUntil = now + lockout.toNanos();
        return new Attempt(Verdict.WRONG, lockout);
    }

    private void remember() {
        lockoutFile.ifPresent(file -> file.save(wrongInARow));
    }

    /** How long until a PIN will be checked again; zero when it would be checked now. */
    public synchronized Duration lockoutRemaining() {
        if (!locked) {
            return Duration.ZERO;
        }
        long left = lockedUntil - nanoTime.getAsLong();
        if (left <= 0) {
            locked = false;
            return Duration.ZERO;
        }
        return Duration.ofNanos(left);
    }

    /** {@link #lockoutRemaining()} in whole seconds, rounded up. */
    public long lockoutSecondsRemaining() {
        return secondsUp(lockoutRemaining());
    }

    /** The lockout after the {@code wrong}-th wrong attempt in a row (from the third on). */
    static Duration lockoutAfter(int wrong) {
        int doublings = Math.min(wrong - FREE_ATTEMPTS, 20);
        Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << doublings);
        return lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout;
    }

    private static long secondsUp(Duration d) {
        long seconds = d.toSeconds();
        return d.minusSeconds(seconds).isZero() ? seconds : seconds + 1;
    }
}
