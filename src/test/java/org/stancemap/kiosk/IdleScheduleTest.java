package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.kiosk.IdleSchedule.State;
import org.stancemap.kiosk.IdleSchedule.Status;

class IdleScheduleTest {

    private static final long S = 1_000_000_000L;
    /** Any starting point: nanosecond clocks have no meaningful zero, and may be negative. */
    private static final long T0 = -5 * S;

    private final IdleSchedule schedule = new IdleSchedule(Duration.ofSeconds(90), Duration.ofSeconds(15),
            Duration.ofSeconds(12), T0);

    private Status at(double seconds) {
        return schedule.tick(T0 + (long) (seconds * S));
    }

    @Test
    void staysActiveUntilTheIdleTimeHasPassed() {
        Status s = at(89.999);
        assertEquals(State.ACTIVE, s.state());
        assertFalse(s.changed());
        assertEquals(0, s.secondsLeft());
        assertEquals(-1, s.attractTicks());
    }

    @Test
    void afterTheIdleTimeTheCountdownStartsAndCountsDownWholeSeconds() {
        Status start = at(90);
        assertTrue(start.entered(State.COUNTDOWN));
        assertEquals(State.ACTIVE, start.previous());
        assertEquals(15, start.secondsLeft());
        Status next = at(90.5);
        assertFalse(next.changed());
        assertEquals(15, next.secondsLeft());
        assertEquals(14, at(91).secondsLeft());
        assertEquals(1, at(104.9).secondsLeft());
    }

    @Test
    void whenTheCountdownRunsOutTheAttractLoopStartsOnce() {
        at(90);
        Status attract = at(105);
        assertTrue(attract.entered(State.ATTRACT), "entering ATTRACT is the moment to reset");
        assertEquals(State.COUNTDOWN, attract.previous());
        assertEquals(0, attract.attractTicks());
        assertFalse(at(106).entered(State.ATTRACT));
    }

    @Test
    void inputDuringTheCountdownGoesBackToActiveAndRestartsTheIdleTime() {
        at(95);
        Status back = schedule.onInput(T0 + 100 * S);
        assertTrue(back.entered(State.ACTIVE));
        assertEquals(State.COUNTDOWN, back.previous());
        assertEquals(State.ACTIVE, at(189).state());
        assertEquals(State.COUNTDOWN, at(190).state());
    }

    @Test
    void inputDuringTheAttractLoopEndsIt() {
        at(200);
        assertEquals(State.ATTRACT, schedule.state());
        Status touched = schedule.onInput(T0 + 201 * S);
        assertTrue(touched.entered(State.ACTIVE));
        assertEquals(State.ATTRACT, touched.previous());
        assertEquals(-1, touched.attractTicks());
    }

    @Test
    void inputWhileActiveChangesNothingButTheClock() {
        Status s = schedule.onInput(T0 + 80 * S);
        assertFalse(s.changed());
        assertEquals(State.ACTIVE, at(169).state());
    }

    @Test
    void aLateTickAfterALongSilenceGoesStraightToAttract() {
        Status s = at(3600);
        assertEquals(State.ATTRACT, s.state());
        assertEquals(State.ACTIVE, s.previous());
        assertTrue(s.entered(State.ATTRACT));
    }

    @Test
    void theAttractLoopShowsEachStepForItsTimeAndStartsOver() {
        at(105);
        List<Integer> steps = new ArrayList<>();
        for (int second = 105; second < 105 + 12 * 5; second += 6) {
            steps.add(schedule.attractStepAt(T0 + second * S, 4));
        }
        assertEquals(List.of(0, 0, 1, 1, 2, 2, 3, 3, 0, 0), steps);
        assertEquals(1, at(105 + 12 * 5).attractStep(4), "sixty seconds in: the sixth step shows step 1 of 4");
    }

    @Test
    void noTourOrNoAttractMeansNoStep() {
        assertEquals(-1, schedule.attractStepAt(T0 + 10 * S, 4));
        at(200);
        assertEquals(-1, schedule.attractStepAt(T0 + 200 * S, 0));
    }

    @Test
    void theNextChangeIsKnownSoAnIdleKioskCanSleepUntilThen() {
        assertEquals(90 * S, schedule.nanosUntilNextChange(T0));
        assertEquals(30 * S, schedule.nanosUntilNextChange(T0 + 60 * S));
        at(90.25);
        assertEquals(S * 3 / 4, schedule.nanosUntilNextChange(T0 + 90 * S + S / 4), "to the next whole second");
        at(100);
        assertEquals(S, schedule.nanosUntilNextChange(T0 + 100 * S));
        at(105);
        assertEquals(12 * S, schedule.nanosUntilNextChange(T0 + 105 * S));
        assertEquals(7 * S, schedule.nanosUntilNextChange(T0 + 110 * S));
    }

    @Test
    void followingTheNextChangeVisitsEverySecondOfTheCountdown() {
        long now = T0;
        List<Integer> shown = new ArrayList<>();
        while (schedule.state() != State.ATTRACT) {
            now += schedule.nanosUntilNextChange(now);
            Status s = schedule.tick(now);
            if (s.state() == State.COUNTDOWN) {
                shown.add(s.secondsLeft());
            }
        }
        assertEquals(List.of(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1), shown);
        assertEquals(T0 + 105 * S, now);
    }

    @Test
    void aClockThatGoesBackCountsAsNoTime() {
        assertEquals(State.ACTIVE, schedule.tick(T0 - 1000 * S).state());
        assertEquals(90 * S, schedule.nanosUntilNextChange(T0 - 1000 * S));
    }

    @Test
    void theConfigsTimesAreUsed() {
        KioskConfig config = KioskConfig.defaults(new KioskDirs(Path.of("/d"), Optional.empty()));
        IdleSchedule fromConfig = IdleSchedule.of(config, 0);
        assertEquals(State.ACTIVE, fromConfig.tick(89 * S).state());
        assertEquals(State.COUNTDOWN, fromConfig.tick(90 * S).state());
    }

    @Test
    void nonsenseDurationsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new IdleSchedule(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new IdleSchedule(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, 0));
    }
}
