package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stancemap.tour.TourPlayerTest.step;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.TourStep;

class PresenterConsoleTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final List<TourStep> tour = new ExplainerLoader().loadDefault().explainer().orElseThrow().tour();

    @Test
    void showsTheCurrentStepItsNotesAndWhatComesNext() {
        TourPlayer player = new TourPlayer(tour);
        PresenterConsole console = new PresenterConsole(player, clock);
        player.goTo(2);
        assertEquals(tour.get(2).title(), console.currentTitle());
        assertEquals(tour.get(2).notes(), console.currentNotes());
        assertEquals(Optional.of(tour.get(3).title()), console.upcomingTitle());
        assertEquals("Step 3 of " + tour.size(), console.counter());
        player.last();
        assertEquals(Optional.empty(), console.upcomingTitle());
        assertEquals("Step " + tour.size() + " of " + tour.size(), console.counter());
    }

    @Test
    void numbersEveryStepTitleFromOne() {
        PresenterConsole console = new PresenterConsole(new TourPlayer(tour), clock);
        List<String> titles = console.stepTitles();
        assertEquals(tour.size(), titles.size());
        for (int i = 0; i < tour.size(); i++) {
            assertEquals((i + 1) + ". " + tour.get(i).title(), titles.get(i));
        }
        assertEquals("3. Putin says no", titles.get(2));
    }

    @Test
    void timesTheTalkInMinutesAndSeconds() {
        PresenterConsole console = new PresenterConsole(new TourPlayer(tour), clock);
        assertEquals("0:00", console.elapsedText());
        clock.advance(Duration.ofSeconds(65));
        assertEquals(Duration.ofSeconds(65), console.elapsed());
        assertEquals("1:05", console.elapsedText());
        clock.advance(Duration.ofMinutes(10).plusMillis(999));
        assertEquals("11:05", console.elapsedText());
    }

    @Test
    void showsHoursPastAnHour() {
        PresenterConsole console = new PresenterConsole(new TourPlayer(tour), clock);
        clock.advance(Duration.ofHours(1).plusMinutes(2).plusSeconds(3));
        assertEquals("1:02:03", console.elapsedText());
    }

    @Test
    void restartingTheTimerStartsFromZero() {
        PresenterConsole console = new PresenterConsole(new TourPlayer(tour), clock);
        clock.advance(Duration.ofMinutes(5));
        console.restartTimer();
        assertEquals("0:00", console.elapsedText());
        clock.advance(Duration.ofSeconds(7));
        assertEquals("0:07", console.elapsedText());
    }

    @Test
    void aClockThatGoesBackwardsShowsZero() {
        PresenterConsole console = new PresenterConsole(new TourPlayer(tour), clock);
        clock.advance(Duration.ofSeconds(-30));
        assertEquals(Duration.ZERO, console.elapsed());
    }

    @Test
    void copesWithAnEmptyTourAndMissingNotes() {
        PresenterConsole empty = new PresenterConsole(new TourPlayer(List.of()), clock);
        assertEquals("", empty.currentTitle());
        assertEquals("", empty.currentNotes());
        assertEquals(Optional.empty(), empty.upcomingTitle());
        assertEquals(List.of(), empty.stepTitles());
        assertEquals("No steps", empty.counter());
        TourStep noNotes = new TourStep("Only", "caption", null, List.of(), List.of(), false);
        assertEquals("", new PresenterConsole(new TourPlayer(List.of(noNotes)), clock).currentNotes());
        assertEquals("Step 1 of 1", new PresenterConsole(new TourPlayer(List.of(step("x", List.of(), List.of(),
                false))), clock).counter());
    }
}
