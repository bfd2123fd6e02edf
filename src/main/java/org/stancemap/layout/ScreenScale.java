package org.stancemap.layout;

/**
 * How large the interface and the map's marks are drawn for the screen in front of the audience,
 * as a percentage of the normal size. The stylesheet holds one font size per step ({@link #STEPS}),
 * so every size stays in ems and the map's geometry ({@link MapMetrics#screen}) uses the same factor.
 *
 * <ul>
 *   <li>A presentation is read from the back of a room: on a 1024×768 projector the marks are
 *       1.75 times their desk size and names a further 7/6 (24 pixels), and on a larger screen
 *       proportionally more.</li>
 *   <li>A kiosk is read from a step away: one and a quarter times the desk size on 1024×768,
 *       proportionally more on a larger screen.</li>
 *   <li>The main window on a screen larger than full HD at 100 % system scaling is drawn larger by
 *       the screen's size over full HD (×2 on 3840×2160). A screen that the system already scales
 *       reports its size in scaled pixels, so it gets no second enlargement.</li>
 * </ul>
 */
public final class ScreenScale {

    /** The sizes the stylesheet has a step for, in percent. */
    public static final int[] STEPS = {100, 125, 150, 175, 200, 225, 250, 275, 300, 350, 400, 450, 500, 600};

    private static final double PROJECTOR_WIDTH = 1024;
    private static final double PROJECTOR_HEIGHT = 768;
    private static final double PRESENTING = 1.75;
    /** While presenting, names are this much larger than at the desk beside discs of the same size. */
    public static final double PRESENTING_NAMES = 7 / 6.0;
    private static final double KIOSK = 1.25;
    private static final double DESK_WIDTH = 1920;
    private static final double DESK_HEIGHT = 1080;

    private ScreenScale() {
    }

    /** The factor for the marks of a tour presented on a {@code width}×{@code height} screen. */
    public static double presenting(double width, double height) {
        return Math.max(1, PRESENTING * fit(width, height, PROJECTOR_WIDTH, PROJECTOR_HEIGHT));
    }

    /** The factor for the marks of a kiosk on a {@code width}×{@code height} screen. */
    public static double kiosk(double width, double height) {
        return Math.max(1, KIOSK * fit(width, height, PROJECTOR_WIDTH, PROJECTOR_HEIGHT));
    }

    /** The factor for the main window on a screen of {@code width}×{@code height} (system-scaled) pixels. */
    public static double window(double width, double height) {
        return Math.max(1, fit(width, height, DESK_WIDTH, DESK_HEIGHT));
    }

    /**
     * The largest step not above {@code factor} (so a minimum size such as 24 pixels on a projector
     * is never undercut), within the steps there are.
     */
    public static int step(double factor) {
        double percent = factor * 100 + 1e-6;
        int chosen = STEPS[0];
        for (int step : STEPS) {
            if (step <= percent) {
                chosen = step;
            }
        }
        return chosen;
    }

    private static double fit(double width, double height, double baseWidth, double baseHeight) {
        if (width <= 0 || height <= 0) {
            return 0; // not known yet: the normal size
        }
        return Math.min(width / baseWidth, height / baseHeight);
    }
}
