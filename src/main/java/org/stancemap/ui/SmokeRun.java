package org.stancemap.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.stancemap.cli.RunLimit;
import org.stancemap.ui.state.AppState;

/**
 * {@code --smoke}: prints how long from the start of the process the first frame took (the
 * sketch of the window, when there is one) and when the live window, the explainer laid out in
 * it, was ready for input, then exits 0; exits 1 if nothing is drawn within a minute, whatever is
 * stuck. Lets an installer's checks and the start-up benchmark run the real app.
 */
public final class SmokeRun {

    private static final java.time.Duration LIMIT = java.time.Duration.ofSeconds(60);
    private static final String PREFIX = "stancemap --smoke: ";
    private static boolean firstFrameTold;
    private static RunLimit limit;

    private SmokeRun() {
    }

    /** The sketch of {@code title} is on screen. */
    static void sketchDrawn(String title) {
        firstFrameTold = true;
        System.out.println(PREFIX + "first frame of \"" + title + "\" (the sketch of its map) after " + sinceStart() + " ms"
                + cpuSoFar());
    }

    /**
     * Starts the minute the run may take, before the toolkit starts, on a thread of its own: it
     * fires even when the window's thread is stuck.
     */
    public static synchronized void armLimit() {
        if (limit == null) {
            limit = RunLimit.start(LIMIT, PREFIX + "no explainer on screen after " + LIMIT.toSeconds() + " s",
                    System.err, System::exit);
        }
    }

    static void watch(AppState state) {
        armLimit();
        // The explainer may be open already, in a window built behind the sketch and just put on
        // the stage. The first pulse after that styles it, lays it out and hands it to the
        // renderer; when the next one starts, the window's thread is free to take a click. (The
        // software renderer may still be painting that frame then, for up to a tenth of a second:
        // bench/README.md, "Start-up".)
        StancemapApp.whenOpen(state, () -> {
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    // The explainer may arrive before the window is up; only pulses of a shown window count.
                    if (javafx.stage.Window.getWindows().stream().noneMatch(javafx.stage.Window::isShowing)) {
                        return;
                    }
                    if (++pulses < 2) {
                        return;
                    }
                    stop();
                    long ms = sinceStart();
                    String cpu = cpuSoFar();
                    String title = state.getExplainer().article().title();
                    if (!firstFrameTold) {
                        System.out.println(PREFIX + "first frame of \"" + title + "\" after " + ms + " ms" + cpu);
                    }
                    System.out.println(PREFIX + "window ready with \"" + title + "\" after " + ms + " ms" + cpu);
                    limit.finished();
                    Platform.exit();
                }
            }.start();
        });
    }

    /**
     * The processor time spent so far, in all threads and in this one, which other programs on a busy
     * machine change far less than the wall-clock time; empty where the system does not say.
     */
    private static String cpuSoFar() {
        long process = processCpuMillis();
        long thread = ManagementFactory.getThreadMXBean().isCurrentThreadCpuTimeSupported()
                ? ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 : -1;
        if (process < 0 || thread < 0) {
            return "";
        }
        return " (cpu " + process + " ms in all threads, " + thread + " ms on the FX thread)";
    }

    /** User and system time of the whole process from Linux's /proc (in ticks of 10 ms); -1 elsewhere. */
    private static long processCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // After the command's name in parentheses: state, ppid, … with utime and stime the 12th and 13th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
