package org.stancemap.kiosk;

import java.time.Duration;

/**
 * When a kiosk stops waiting for its visitor. A pure state machine on a monotonic nanosecond
 * clock that the caller passes in ({@code System.nanoTime()} or an {@code AnimationTimer}'s
 * {@code now}):
 * <pre>
 *   ACTIVE ──idle without input──▶ COUNTDOWN ──countdown without input──▶ ATTRACT
 *     ▲                               │                                     │
 *     └───────────── input ───────────┴──────────────── input ──────────────┘
 * </pre>
 * Entering {@link State#ATTRACT} is the moment to reset the kiosk (close the reader, clear the
 * selection, zoom out) and start the attract loop, which shows tour step {@link #attractStepAt}
 * for {@code attractStep} each, round and round. Any input returns to {@link State#ACTIVE}.
 *
 * <p>Nothing here runs by itself: call {@link #onInput} for every touch, click or key and
 * {@link #tick} from a timer; {@link #nanosUntilNextChange} says when the next tick can matter, so
 * an idle kiosk need not wake up sixty times a second. Not thread-safe: use it from the FX thread.
 */
public final class IdleSchedule {

    public enum State { ACTIVE, COUNTDOWN, ATTRACT }

    /**
     * What a call found.
     *
     * @param state        the state now
     * @param previous     the state before the call; differs from {@code state} when it changed
     * @param secondsLeft  in COUNTDOWN, the whole seconds left, rounded up (15, 14, … 1); otherwise 0
     * @param attractTicks in ATTRACT, how many steps have been shown so far (0 for the first); otherwise -1
     */
    public record Status(State state, State previous, int secondsLeft, long attractTicks) {

        public boolean changed() {
            return state != previous;
        }

        /** Whether this call moved into {@code target}, e.g. {@code entered(ATTRACT)}: time to reset. */
        public boolean entered(State target) {
            return state == target && previous != target;
        }

        /** The tour step to show in ATTRACT for a tour of {@code tourSize} steps; -1 outside it or for no steps. */
        public int attractStep(int tourSize) {
            return attractTicks < 0 || tourSize <= 0 ? -1 : (int) (attractTicks % tourSize);
        }
    }

    private static final long SECOND = 1_000_000_000L;

    private final long idle;
    private final long countdown;
    private final long attractStep;
    private State state = State.ACTIVE;
    private long lastInput;

    /** Starts ACTIVE, as if the last input was at {@code nowNanos}. */
    public IdleSchedule(Duration idle, Duration countdown, Duration attractStep, long nowNanos) {
        if (idle.isNegative() || idle.isZero() || countdown.isNegative() || attractStep.isNegative()
                || attractStep.isZero()) {
            throw new IllegalArgumentException("idle and attract step must be positive, countdown not negative");
        }
        this.idle = idle.toNanos();
        this.countdown = countdown.toNanos();
        this.attractStep = attractStep.toNanos();
        this.lastInput = nowNanos;
    }

    public static IdleSchedule of(KioskConfig config, long nowNanos) {
        return new IdleSchedule(config.idle(), config.countdown(), config.attractStep(), nowNanos);
    }

    public State state() {
        return state;
    }

    /** A touch, click, key or wheel: the visitor is there. */
    public Status onInput(long nowNanos) {
        State before = state;
        lastInput = nowNanos;
        state = State.ACTIVE;
        return status(before, nowNanos);
    }

    /** Moves on if enough time has passed without input. */
    public Status tick(long nowNanos) {
        State before = state;
        long quiet = sinceLastInput(nowNanos);
        if (quiet >= idle + countdown) {
            state = State.ATTRACT;
        } else if (quiet >= idle) {
            state = State.COUNTDOWN;
        }
        return status(before, nowNanos);
    }

    /**
     * The tour step the attract loop shows at {@code nowNanos}, for a tour of {@code tourSize}
     * steps; -1 outside ATTRACT or for an empty tour. Does not move the state on: call
     * {@link #tick} first.
     */
    public int attractStepAt(long nowNanos, int tourSize) {
        return status(state, nowNanos).attractStep(tourSize);
    }

    /**
     * How long, from {@code nowNanos}, until a {@link #tick} could report something new: the start
     * of the countdown, its next second, the attract loop, or its next step. Never negative.
     */
    public long nanosUntilNextChange(long nowNanos) {
        long quiet = sinceLastInput(nowNanos);
        long next = switch (state) {
            case ACTIVE -> quiet < idle ? idle - quiet : 0;
            case COUNTDOWN -> {
                long left = idle + countdown - quiet;
                long toNextSecond = left % SECOND;
                yield left <= 0 ? 0 : toNextSecond == 0 ? Math.min(SECOND, left) : toNextSecond;
            }
            case ATTRACT -> {
                long inAttract = quiet - idle - countdown;
                yield inAttract < 0 ? 0 : attractStep - inAttract % attractStep;
            }
        };
        return Math.max(0, next);
    }

    /** Nanosecond clocks may be compared only by difference; a clock that went back counts as no time. */
    private long sinceLastInput(long nowNanos) {
        return Math.max(0, nowNanos - lastInput);
    }

    private Status status(State before, long nowNanos) {
        long quiet = sinceLastInput(nowNanos);
        int secondsLeft = 0;
        long ticks = -1;
        if (state == State.COUNTDOWN) {
            long left = Math.max(0, idle + countdown - quiet);
            secondsLeft = (int) Math.max(1, (left + SECOND - 1) / SECOND);
        } else if (state == State.ATTRACT) {
            // Steps are counted from when the countdown ran out, not from when a late tick noticed it.
            ticks = Math.max(0, quiet - idle - countdown) / attractStep;
        }
        return new Status(state, before, secondsLeft, ticks);
    }
}
