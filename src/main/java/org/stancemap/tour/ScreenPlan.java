package org.stancemap.tour;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Which screen shows the presentation and which, if any, shows the presenter console. */
public final class ScreenPlan {

    private final int projector;
    private final OptionalInt console;

    private ScreenPlan(int projector, OptionalInt console) {
        this.projector = projector;
        this.console = console;
    }

    /**
     * With one screen the presentation takes it and there is no console screen. With more, the
     * projector is the remembered screen if that index still exists, otherwise the first screen that
     * is not the primary one; the console goes on the primary screen unless that is the projector,
     * in which case it goes on the first other screen.
     *
     * @throws IllegalArgumentException when there are no screens
     */
    public static ScreenPlan choose(List<ScreenArea> screens, OptionalInt rememberedProjector) {
        if (screens == null || screens.isEmpty()) {
            throw new IllegalArgumentException("there are no screens to present on");
        }
        if (screens.size() == 1) {
            return new ScreenPlan(0, OptionalInt.empty());
        }
        int projector;
        if (rememberedProjector != null && rememberedProjector.isPresent()
                && rememberedProjector.getAsInt() >= 0 && rememberedProjector.getAsInt() < screens.size()) {
            projector = rememberedProjector.getAsInt();
        } else {
            projector = firstIndex(screens, false, -1);
            if (projector < 0) {
                projector = 0; // every screen claims to be primary: take the first
            }
        }
        int console = firstIndex(screens, true, projector);
        if (console < 0) {
            console = projector == 0 ? 1 : 0;
        }
        return new ScreenPlan(projector, OptionalInt.of(console));
    }

    private static int firstIndex(List<ScreenArea> screens, boolean primary, int except) {
        for (int i = 0; i < screens.size(); i++) {
            if (i != except && screens.get(i).primary() == primary) {
                return i;
            }
        }
        return -1;
    }

    /** A label for a chooser menu, e.g. "Display 2 — 1920×1080"; {@code index} is 0-based. */
    public static String describe(ScreenArea s, int index) {
        return "Display " + (index + 1) + " — " + Math.round(s.width()) + "×" + Math.round(s.height());
    }

    /** Index into the screen list of the screen that shows the presentation. */
    public int projector() {
        return projector;
    }

    /** Index of the screen for the presenter console; empty when there is only one screen. */
    public OptionalInt console() {
        return console;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreenPlan p && p.projector == projector && p.console.equals(console);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projector, console);
    }

    @Override
    public String toString() {
        return "ScreenPlan[projector=" + projector + ", console=" + console + "]";
    }
}
