package org.stancemap.tour;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.model.TourStep;
import org.stancemap.io.Wording;

/** What the presenter console shows, computed without any screen so it can be tested. */
public final class PresenterConsole {

    private final TourPlayer player;
    private final Clock clock;
    private Instant started;

    public PresenterConsole(TourPlayer player, Clock clock) {
        this.player = player;
        this.clock = clock;
        this.started = clock.instant();
    }

    public TourPlayer player() {
        return player;
    }

    public String currentTitle() {
        return player.isEmpty() ? "" : orEmpty(player.current().title());
    }

    public String currentNotes() {
        return player.isEmpty() ? "" : orEmpty(player.current().notes());
    }

    public Optional<String> upcomingTitle() {
        return player.upcoming().map(s -> orEmpty(s.title()));
    }

    /** Every step's title, numbered from 1: "3. Putin says no". */
    public List<String> stepTitles() {
        List<String> out = new ArrayList<>();
        List<TourStep> steps = player.steps();
        for (int i = 0; i < steps.size(); i++) {
            out.add((i + 1) + ". " + orEmpty(steps.get(i).title()));
        }
        return List.copyOf(out);
    }

    /** "Step 3 of 10", or "No steps" for an empty tour. */
    public String counter() {
        return player.isEmpty() ? Wording.get("console.noSteps")
                : Wording.format("console.step", player.index() + 1, player.size());
    }

    public void restartTimer() {
        started = clock.instant();
    }

    /** Time since the console was made or the timer restarted; never negative. */
    public Duration elapsed() {
        Duration d = Duration.between(started, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** The elapsed time as "m:ss", or "h:mm:ss" from one hour on. */
    public String elapsedText() {
        long total = elapsed().getSeconds();
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
                : String.format(Locale.ROOT, "%d:%02d", minutes, seconds);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
