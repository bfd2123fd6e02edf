package org.stancemap.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.testdata.ExplainerGenerator;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.state.AppState;

/**
 * Frame times of the main window with the built-in explainer and with a generated large one
 * (1000 actors, 3000 links by default). Meant to run on a real (Xvfb) window, not Monocle; see
 * {@code bench/map-frames} and {@code bench/README.md}.
 *
 * <p>A "frame time" is the time from a state change (made on the FX thread between pulses) until
 * the start of the second pulse after it, measured with an {@link AnimationTimer}: by then the first
 * pulse after the change has done CSS, layout and rendering. Its floor is one or two pulse intervals
 * (about 17–33 ms at JavaFX's 60 Hz), which the bare-window line shows.
 *
 * <p>Options: {@code --actors N --links M --seed S --k K --profile} (the last samples the FX thread
 * while the large explainer opens and while selecting, and prints the busiest methods).
 */
public final class MapFrameBench {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final int WARM_UP = 10;
    private static final long TIMEOUT_SECONDS = 300;

    private final PulseClock clock = new PulseClock();
    private final org.stancemap.ui.BackgroundWork work = new org.stancemap.ui.BackgroundWork();
    private final org.stancemap.ui.StartupLoads loads = org.stancemap.ui.StartupLoads.onDemand();
    private int actorCount = 1000;
    private int linkCount = 3000;
    private long seed = 42;
    private int k = 60;
    private boolean profile;

    public static void main(String[] args) throws Exception {
        MapFrameBench bench = new MapFrameBench();
        bench.parse(args);
        try {
            bench.run();
        } finally {
            bench.work.close();
            Platform.exit();
        }
        System.exit(0);
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--actors" -> actorCount = Integer.parseInt(args[++i]);
                case "--links" -> linkCount = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--k" -> k = Integer.parseInt(args[++i]);
                case "--profile" -> profile = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
    }

    private void run() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        fx(() -> {
            clock.start();
            return null;
        });

        System.out.printf(Locale.ROOT, "MapFrameBench %s: java %s, %s %s, %d cpus, prism.order=%s, glass=%s, K=%d%n",
                LocalDate.now(), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
                System.getProperty("prism.order", "(default)"), fx(MapFrameBench::glassName), k);

        Stats floor = bareWindowFloor();

        LoadResult baselineResult = new ExplainerLoader().loadDefault();
        Explainer baseline = baselineResult.explainer().orElseThrow(() ->
                new IllegalStateException("the built-in explainer does not load: " + baselineResult.errors()));
        long genStart = System.nanoTime();
        byte[] bytes = ExplainerGenerator.generateBytes(actorCount, linkCount, seed);
        long loadStart = System.nanoTime();
        LoadResult largeResult = new ExplainerLoader().load(bytes, "generated.stancemap.json");
        long loadEnd = System.nanoTime();
        Explainer large = largeResult.explainer().orElseThrow(() ->
                new IllegalStateException("the generated explainer does not load: " + largeResult.errors()));
        System.out.printf(Locale.ROOT, "generated %d actors / %d stances / %d links (%.1f MB) in %.0f ms; "
                        + "ExplainerLoader.load took %.0f ms%n", large.actors().size(), large.stances().size(),
                large.links().size(), bytes.length / 1e6, (loadStart - genStart) / 1e6, (loadEnd - loadStart) / 1e6);

        Result base = measure("baseline", baseline, false);
        Result big = measure("large", large, profile);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %8s%n", "metric (" + WIDTH + "x" + HEIGHT + ")",
                "baseline", actorCount + "/" + linkCount, "ratio");
        row("actors / links", base.actors, big.actors, "%.0f");
        row("select actor: frame median (ms)", base.select.median, big.select.median, "%.1f");
        row("select actor: frame p95 (ms)", base.select.p95, big.select.p95, "%.1f");
        row("hover link: frame median (ms)", base.hover.median, big.hover.median, "%.1f");
        row("hover link: frame p95 (ms)", base.hover.p95, big.hover.p95, "%.1f");
        row("open: state.open -> 1st pulse (ms)", base.openToFirstPulse, big.openToFirstPulse, "%.0f");
        row("open: state.open -> 2nd pulse (ms)", base.openToSecondPulse, big.openToSecondPulse, "%.0f");
        row("  of which state.open itself (ms)", base.openCall, big.openCall, "%.0f");
        row("used heap after GC, explainer open (MB)", base.heapMb, big.heapMb, "%.1f");
        System.out.printf(Locale.ROOT, "floor: bare %dx%d window (empty StackPane), pulse interval median %.1f ms, "
                + "p95 %.1f ms (n=%d)%n", WIDTH, HEIGHT, floor.median, floor.p95, floor.n);
    }

    /** The thread that renders pulses (Prism's QuantumRenderer). */
    private static Thread rendererThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no QuantumRenderer thread"));
    }

    /** GtkApplication on a real window, MonocleApplication headless. */
    private static String glassName() {
        try {
            return Class.forName("com.sun.glass.ui.Application").getMethod("GetApplication").invoke(null)
                    .getClass().getSimpleName();
        } catch (ReflectiveOperationException e) {
            return "unknown";
        }
    }

    private static void row(String name, double baseline, double large, String format) {
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %7.1fx%n", name, String.format(Locale.ROOT, format, baseline),
                String.format(Locale.ROOT, format, large), baseline == 0 ? Double.NaN : large / baseline);
    }

    // ---------------------------------------------------------------- the measurements

    private record Stats(double median, double p95, int n) {
        static Stats of(List<Double> millis) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Stats(Double.NaN, Double.NaN, 0);
            }
            double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
            double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.95 * sorted.length) - 1)];
            return new Stats(median, p95, sorted.length);
        }
    }

    private record Result(int actors, Stats select, Stats hover, double openCall, double openToFirstPulse,
                          double openToSecondPulse, double heapMb) {
    }

    private Stats bareWindowFloor() throws Exception {
        Stage stage = fx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new StackPane(), WIDTH, HEIGHT));
            s.setX(0);
            s.setY(0);
            s.show();
            return s;
        });
        clock.pulses(30);
        List<Double> intervals = new ArrayList<>();
        long previous = clock.nextPulse();
        for (int i = 0; i < 120; i++) {
            long now = clock.nextPulse();
            intervals.add((now - previous) / 1e6);
            previous = now;
        }
        fx(() -> {
            stage.close();
            return null;
        });
        return Stats.of(intervals);
    }

    private Result measure(String label, Explainer explainer, boolean sample) throws Exception {
        AppState state = new AppState();
        state.preferences().setReduceMotion(true);
        Stage stage = fx(() -> {
            Stage s = new Stage();
            StancemapApp.createMainView(s, state, work, loads);
            s.setX(0);
            s.setY(0);
            s.setWidth(WIDTH);
            s.setHeight(HEIGHT);
            s.show();
            return s;
        });
        clock.pulses(30);
        String size = fx(() -> stage.getScene().getWidth() + "x" + stage.getScene().getHeight());
        System.out.println(label + ": scene " + size);

        FxSampler sampler = sample ? fx(() -> new FxSampler(Thread.currentThread(), 2)) : null;
        if (sampler != null) {
            sampler.start();
        }
        double[] open = clock.timeChange(() -> state.open(explainer, Optional.empty()));
        if (sampler != null) {
            sampler.stop();
            System.out.println(label + ": profile of opening (state.open until the 2nd pulse after):");
            System.out.print(sampler.report(15));
        }
        clock.pulses(10);

        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>(explainer.actors());
        List<Link> links = new ArrayList<>(explainer.links());
        Collections.shuffle(actors, random);
        Collections.shuffle(links, random);

        FxSampler selectSampler = sample ? fx(() -> new FxSampler(Thread.currentThread(), 2)) : null;
        FxSampler selectRender = sample ? new FxSampler(rendererThread(), 2) : null;
        Stats select = frames(i -> actors.get(i % actors.size()), state::selectActor,
                a -> a.id() + " (" + explainer.stancesOf(a.id()).size() + " stances, "
                        + explainer.stancesOf(a.id()).stream().mapToLong(st -> explainer.linksOf(st.id()).size()).sum()
                        + " links)", selectSampler, selectRender);
        if (selectSampler != null) {
            System.out.println(label + ": profile of selecting actors (" + k + " frames), FX thread:");
            System.out.print(selectSampler.report(15));
            System.out.println(label + ": profile of selecting actors, render thread:");
            System.out.print(selectRender.report(8));
        }
        fx(() -> {
            state.clearSelection();
            return null;
        });
        clock.pulses(5);
        FxSampler hoverSampler = sample ? fx(() -> new FxSampler(Thread.currentThread(), 2)) : null;
        FxSampler hoverRender = sample ? new FxSampler(rendererThread(), 2) : null;
        Stats hover = frames(i -> links.get(i % links.size()), link -> state.selection().hover(link),
                Link::id, hoverSampler, hoverRender);
        if (hoverSampler != null) {
            System.out.println(label + ": profile of hovering links (" + k + " frames), FX thread:");
            System.out.print(hoverSampler.report(15));
            System.out.println(label + ": profile of hovering links, render thread:");
            System.out.print(hoverRender.report(8));
        }
        fx(() -> {
            state.selection().hover(null);
            return null;
        });
        clock.pulses(5);

        double heapMb = usedHeapAfterGcMb();
        System.out.printf(Locale.ROOT, "%s: select median %.1f p95 %.1f, hover median %.1f p95 %.1f, open %.0f ms, "
                        + "heap %.1f MB%n", label, select.median, select.p95, hover.median, hover.p95, open[2],
                heapMb);
        fx(() -> {
            stage.close();
            return null;
        });
        clock.pulses(5);
        return new Result(explainer.actors().size(), select, hover, open[0], open[1], open[2], heapMb);
    }

    /** Warm-up changes first, then K timed ones; item(i) must differ from item(i - 1). */
    private <T> Stats frames(IntFunction<T> item, Consumer<T> change, java.util.function.Function<T, String> name,
                             FxSampler sampler, FxSampler renderSampler) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            T next = item.apply(i);
            clock.timeChange(() -> change.accept(next));
            clock.pulses(1);
        }
        if (sampler != null) {
            sampler.start();
            renderSampler.start();
        }
        List<Double> millis = new ArrayList<>();
        List<String> slowest = new ArrayList<>();
        for (int i = WARM_UP; i < WARM_UP + k; i++) {
            T next = item.apply(i);
            double[] times = clock.timeChange(() -> change.accept(next));
            millis.add(times[2]);
            slowest.add(String.format(Locale.ROOT, "%8.1f ms (change itself %.1f ms)  %s", times[2], times[0],
                    name.apply(next)));
            clock.pulses(1);
        }
        if (sampler != null) {
            sampler.stop();
            renderSampler.stop();
            slowest.sort(Collections.reverseOrder());
            System.out.println("  slowest frames:");
            slowest.stream().limit(5).forEach(line -> System.out.println("  " + line));
        }
        return Stats.of(millis);
    }

    private static double usedHeapAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    // ---------------------------------------------------------------- pulse clock

    /**
     * An always-running AnimationTimer (which also keeps pulses coming) that the bench thread can
     * wait on: for the next pulse, for n pulses, or for the second pulse after a change.
     */
    private static final class PulseClock {

        private final Object lock = new Object();
        private long pulseCount;
        private long lastPulseNanos;
        /** Start of pulse number n at stamps[n % length]. */
        private final long[] stamps = new long[256];

        void start() {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    synchronized (lock) {
                        pulseCount++;
                        lastPulseNanos = t;
                        stamps[(int) (pulseCount % stamps.length)] = t;
                        lock.notifyAll();
                    }
                }
            }.start();
        }

        /** Waits for the next pulse and answers when (System.nanoTime) it started. */
        long nextPulse() throws InterruptedException {
            synchronized (lock) {
                long target = pulseCount + 1;
                waitFor(target);
                return lastPulseNanos;
            }
        }

        void pulses(int n) throws InterruptedException {
            synchronized (lock) {
                waitFor(pulseCount + n);
            }
        }

        private void waitFor(long target) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (pulseCount < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no pulse for " + TIMEOUT_SECONDS + " s");
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }

        /**
         * Makes the change on the FX thread between pulses and answers, in ms: the change itself,
         * change until the first pulse after it starts, and until the second one starts.
         */
        double[] timeChange(Runnable change) throws Exception {
            CompletableFuture<long[]> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                long start = System.nanoTime();
                long count;
                synchronized (lock) {
                    count = pulseCount;
                }
                try {
                    change.run();
                    done.complete(new long[] {count, start, System.nanoTime()});
                } catch (Throwable t) {
                    done.completeExceptionally(t);
                }
            });
            long[] marks = done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            long before = marks[0];
            long start = marks[1];
            long first;
            long second;
            synchronized (lock) {
                waitFor(before + 2);
                first = stamps[(int) ((before + 1) % stamps.length)];
                second = stamps[(int) ((before + 2) % stamps.length)];
            }
            return new double[] {(marks[2] - start) / 1e6, (first - start) / 1e6, (second - start) / 1e6};
        }
    }
}
