package org.stancemap.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ScreenPlanTest {

    private static final ScreenArea LAPTOP = new ScreenArea(0, 0, 1440, 900, true);
    private static final ScreenArea PROJECTOR = new ScreenArea(1440, 0, 1920, 1080, false);
    private static final ScreenArea MONITOR = new ScreenArea(-2560, 0, 2560, 1440, false);

    @Test
    void oneScreenShowsThePresentationAndNoConsole() {
        ScreenPlan plan = ScreenPlan.choose(List.of(LAPTOP), OptionalInt.empty());
        assertEquals(0, plan.projector());
        assertEquals(OptionalInt.empty(), plan.console());
        assertEquals(OptionalInt.empty(), ScreenPlan.choose(List.of(LAPTOP), OptionalInt.of(3)).console());
    }

    @Test
    void withThePrimaryFirstTheOtherScreenIsTheProjector() {
        ScreenPlan plan = ScreenPlan.choose(List.of(LAPTOP, PROJECTOR), OptionalInt.empty());
        assertEquals(1, plan.projector());
        assertEquals(OptionalInt.of(0), plan.console());
    }

    @Test
    void withThePrimarySecondTheFirstScreenIsTheProjector() {
        ScreenPlan plan = ScreenPlan.choose(List.of(PROJECTOR, LAPTOP), OptionalInt.empty());
        assertEquals(0, plan.projector());
        assertEquals(OptionalInt.of(1), plan.console());
    }

    @Test
    void aRememberedScreenThatStillExistsIsUsed() {
        ScreenPlan plan = ScreenPlan.choose(List.of(LAPTOP, PROJECTOR), OptionalInt.of(0));
        assertEquals(0, plan.projector());
        assertEquals(OptionalInt.of(1), plan.console(), "the console moves off the primary screen");
    }

    @Test
    void aRememberedScreenThatIsGoneIsIgnored() {
        ScreenPlan plan = ScreenPlan.choose(List.of(LAPTOP, PROJECTOR), OptionalInt.of(2));
        assertEquals(1, plan.projector());
        assertEquals(OptionalInt.of(0), plan.console());
        assertEquals(1, ScreenPlan.choose(List.of(LAPTOP, PROJECTOR), OptionalInt.of(-1)).projector());
    }

    @Test
    void withThreeScreensTheFirstNonPrimaryProjectsAndThePrimaryIsTheConsole() {
        ScreenPlan plan = ScreenPlan.choose(List.of(MONITOR, LAPTOP, PROJECTOR), OptionalInt.empty());
        assertEquals(0, plan.projector());
        assertEquals(OptionalInt.of(1), plan.console());
        ScreenPlan remembered = ScreenPlan.choose(List.of(MONITOR, LAPTOP, PROJECTOR), OptionalInt.of(2));
        assertEquals(2, remembered.projector());
        assertEquals(OptionalInt.of(1), remembered.console());
        ScreenPlan onPrimary = ScreenPlan.choose(List.of(MONITOR, LAPTOP, PROJECTOR), OptionalInt.of(1));
        assertEquals(1, onPrimary.projector());
        assertEquals(OptionalInt.of(0), onPrimary.console(), "the first other screen");
    }

    @Test
    void noScreensIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ScreenPlan.choose(List.of(), OptionalInt.empty()));
    }

    @Test
    void describesAScreenForAMenu() {
        assertEquals("Display 2 — 1920×1080", ScreenPlan.describe(PROJECTOR, 1));
        assertEquals("Display 1 — 1440×900", ScreenPlan.describe(LAPTOP, 0));
    }
}
