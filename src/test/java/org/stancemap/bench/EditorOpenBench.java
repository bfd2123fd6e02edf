package org.stancemap.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.stancemap.draft.AnalyserLoader;
import org.stancemap.draft.ArticleAnalyser;
import org.stancemap.draft.DraftAssembler;
import org.stancemap.draft.importer.ArticleCleanup;
import org.stancemap.draft.importer.ImportedArticle;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.ui.BackgroundWork;
import org.stancemap.ui.MainView;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.StartupLoads;
import org.stancemap.ui.editor.DraftReviewPane;
import org.stancemap.ui.state.AppState;

/**
 * How long the editor takes to open on a 1,000-word draft: the import step on the article, the
 * review (with its problems panel, the draft on the map and in the article) on the draft, and the
 * hand editor (Ctrl+E, with its six forms) on the draft open on the map, each timed
 * from the call on the FX thread to the start of the second pulse after it (by then the first has
 * done CSS, layout and drawing). The article is made up here, sentences of attributed statements by
 * invented people, so the draft has as many suggestions as a busy news article. Prints the median and
 * the slowest of K runs; see {@code bench/editor-open} and {@code bench/README.md}.
 *
 * <p>Options: {@code --words N} (default 1000), {@code --k K} (default 9).
 */
public final class EditorOpenBench {

    private static final String[] FIRST = {"Ana", "Bo", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines",
        "Jonas", "Kemal", "Lena", "Marek", "Nadia", "Omar", "Petra"};
    private static final String[] LAST = {"Lima", "Reyes", "Varga", "Quint", "Holt", "Moor", "Sato", "Brandt"};
    private static final String[] SAID = {"said", "warned", "argued", "rejected the idea, saying", "welcomed the plan and said"};
    private static final String[] WHAT = {"the bridge must close for repairs before the winter storms arrive",
        "the council had not asked the people who cross the river every day",
        "the ferry could carry the traffic while the work goes on",
        "the cost would fall on the small shops near the old market",
        "a second crossing upstream would be cheaper in the long run",
        "the repairs could wait until the engineers report in spring"};

    private EditorOpenBench() {
    }

    public static void main(String[] args) throws Exception {
        int words = 1000;
        int k = 9;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--words" -> words = Integer.parseInt(args[++i]);
                case "--k" -> k = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String text = article(words);
        ImportedArticle imported = new ImportedArticle("Bridge plan splits the valley", "", "", "", text);
        long analyseStart = System.nanoTime();
        ArticleAnalyser analyser = AnalyserLoader.load();
        Explainer draft = new DraftAssembler().assemble(imported, analyser.analyse(text));
        long draftMillis = (System.nanoTime() - analyseStart) / 1_000_000;

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        BackgroundWork work = new BackgroundWork();
        AppState state = new AppState();
        state.preferences().setReduceMotion(true);
        MainView view = onFx(() -> {
            Stage stage = new Stage();
            MainView made = StancemapApp.createMainView(stage, state, work, StartupLoads.onDemand());
            stage.setWidth(1366);
            stage.setHeight(768);
            stage.show();
            state.open(new ExplainerLoader().loadDefault().explainer().orElseThrow(), Optional.empty());
            return made;
        });
        Pulses pulses = new Pulses();
        onFx(() -> {
            pulses.start();
            return null;
        });
        pulses.waitFor(10);

        List<Long> step = new ArrayList<>();
        List<Long> review = new ArrayList<>();
        List<Long> stepCpu = new ArrayList<>();
        List<Long> reviewCpu = new ArrayList<>();
        for (int run = 0; run < k + 2; run++) {
            org.stancemap.ui.editor.ImportStepView[] step1 = new org.stancemap.ui.editor.ImportStepView[1];
            long stepMillis = timeToSecondPulse(pulses, () -> step1[0] = view.drafting().prepare(
                    ArticleCleanup.of(imported), "bench.txt"));
            long stepCpuMillis = lastCpuMillis;
            onFx(() -> {
                step1[0].close();
                return null;
            });
            DraftReviewPane[] pane = new DraftReviewPane[1];
            long reviewMillis = timeToSecondPulse(pulses, () -> pane[0] = view.drafting().review(draft, Optional.empty()));
            long reviewCpuMillis = lastCpuMillis;
            onFx(() -> {
                pane[0].close();
                return null;
            });
            pulses.waitFor(3);
            if (run >= 2) {
                step.add(stepMillis);
                review.add(reviewMillis);
                stepCpu.add(stepCpuMillis);
                reviewCpu.add(reviewCpuMillis);
            }
        }
        // The hand editor (Ctrl+E) on the same draft, opened on the map as a file would be.
        onFx(() -> {
            state.open(draft, Optional.empty());
            return null;
        });
        pulses.waitFor(3);
        List<Long> hand = new ArrayList<>();
        List<Long> handCpu = new ArrayList<>();
        List<Long> handProcessCpu = new ArrayList<>();
        for (int run = 0; run < k + 2; run++) {
            long handMillis = timeToSecondPulse(pulses, () -> javafx.event.Event.fireEvent(view,
                    new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            javafx.scene.input.KeyCode.E, false, true, false, false)));
            onFx(() -> {
                if (!(view.lookup("#explainer-editor") instanceof org.stancemap.ui.editor.ExplainerEditor editor)) {
                    throw new IllegalStateException("Ctrl+E did not open the editor");
                }
                editor.close();
                return null;
            });
            pulses.waitFor(3);
            if (run >= 2) {
                hand.add(handMillis);
                handCpu.add(lastCpuMillis);
                handProcessCpu.add(lastProcessCpuMillis);
            }
        }
        System.out.printf(Locale.ROOT, "article: %d words, %d paragraphs; draft: %d actors, %d stances, %d links"
                        + " (drafted in %d ms, models loaded cold)%n", text.split("\\s+").length,
                text.split("\n").length, draft.actors().size(), draft.stances().size(), draft.links().size(),
                draftMillis);
        System.out.printf(Locale.ROOT, "%-34s %8s %8s %10s %8s%n", "open (ms, to the 2nd pulse)", "median", "max",
                "FX CPU med", "max");
        System.out.printf(Locale.ROOT, "%-34s %8d %8d %10d %8d%n", "import step on the article", median(step), max(step),
                median(stepCpu), max(stepCpu));
        System.out.printf(Locale.ROOT, "%-34s %8d %8d %10d %8d%n", "review on the draft", median(review), max(review),
                median(reviewCpu), max(reviewCpu));
        System.out.printf(Locale.ROOT, "%-34s %8d %8d %10d %8d%n", "hand editor (Ctrl+E) on the draft", median(hand),
                max(hand), median(handCpu), max(handCpu));
        System.out.printf(Locale.ROOT, "hand editor, CPU of the whole process (all threads) to the 2nd pulse: median %d ms, max %d ms%n",
                median(handProcessCpu), max(handProcessCpu));
        System.out.printf(Locale.ROOT, "load average (1, 5, 15 min): %s%n", loadAverage());
        work.close();
        Platform.exit();
    }

    /** Made-up paragraphs of two or three attributed sentences each, about {@code words} words in all. */
    static String article(int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        int n = 0;
        while (count < words) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 2 + n % 2; s++, n++) {
                String sentence = FIRST[n % FIRST.length] + " " + LAST[(n / 3) % LAST.length] + " "
                        + SAID[n % SAID.length] + " that " + WHAT[(n / 2) % WHAT.length] + ". ";
                paragraph.append(sentence);
                count += sentence.split("\\s+").length;
            }
            text.append(paragraph.toString().strip()).append('\n');
        }
        return text.toString().strip();
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the FX thread (ms) over the last {@link #timeToSecondPulse}: the work itself, whatever the load. */
    private static long lastCpuMillis;
    /** CPU time of the whole process (ms, every thread: rendering, GC …) over the same span. */
    private static long lastProcessCpuMillis;

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long timeToSecondPulse(Pulses pulses, Runnable action) throws Exception {
        long[] started = new long[3];
        long before = pulses.count();
        onFx(() -> {
            started[0] = System.nanoTime();
            started[1] = THREADS.getCurrentThreadCpuTime();
            started[2] = processCpuNanos();
            action.run();
            return null;
        });
        long at = pulses.stampAfter(before + 2);
        lastCpuMillis = (pulses.cpuAt(before + 2) - started[1]) / 1_000_000;
        lastProcessCpuMillis = (processCpuNanos() - started[2]) / 1_000_000;
        return (at - started[0]) / 1_000_000;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }

    /** The machine's load while measuring, from /proc/loadavg where there is one: the figures mean little without it. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f (1 min, from the JVM)",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return Collections.max(values);
    }

    /** Counts pulses and remembers when each started. */
    private static final class Pulses {
        private final Object lock = new Object();
        private final List<Long> stamps = new ArrayList<>();
        /** The FX thread's CPU time (ns) at the start of each pulse. */
        private final List<Long> cpu = new ArrayList<>();

        void start() {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long used = THREADS.getCurrentThreadCpuTime();
                    synchronized (lock) {
                        cpu.add(used);
                        stamps.add(System.nanoTime());
                        lock.notifyAll();
                    }
                }
            }.start();
        }

        long count() {
            synchronized (lock) {
                return stamps.size();
            }
        }

        void waitFor(int more) throws InterruptedException {
            stampAfter(count() + more);
        }

        /** The start of pulse number {@code n} (counting from 1), waiting for it. */
        long stampAfter(long n) throws InterruptedException {
            synchronized (lock) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (stamps.size() < n) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException("the FX thread stopped pulsing");
                    }
                    lock.wait(Math.max(1, left / 1_000_000));
                }
                return stamps.get((int) n - 1);
            }
        }

        /** The FX thread's CPU time at the start of pulse number {@code n}, once it has started. */
        long cpuAt(long n) throws InterruptedException {
            stampAfter(n);
            synchronized (lock) {
                return cpu.get((int) n - 1);
            }
        }
    }
}
