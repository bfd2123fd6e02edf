package org.stancemap.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A poor man's sampling profiler for one thread (the FX application thread): every couple of
 * milliseconds it takes the thread's stack and counts, for each method, the samples in which it
 * is on the stack ("inclusive") and those in which it is on top ("self"). Good enough to say which
 * method of ours an operation that takes seconds spends them in.
 */
final class FxSampler {

    private final Thread target;
    private final long intervalMillis;
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private volatile boolean running;
    private Thread sampler;
    private int samples;

    FxSampler(Thread target, long intervalMillis) {
        this.target = target;
        this.intervalMillis = intervalMillis;
    }

    void start() {
        running = true;
        sampler = new Thread(() -> {
            while (running) {
                StackTraceElement[] stack = target.getStackTrace();
                if (stack.length > 0 && !isIdle(stack)) {
                    record(stack);
                }
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    void stop() throws InterruptedException {
        running = false;
        sampler.join();
    }

    /** The FX thread waiting for work (GTK main loop or the Monocle queue) is not interesting. */
    private static boolean isIdle(StackTraceElement[] stack) {
        String top = stack[0].getClassName() + "." + stack[0].getMethodName();
        return top.startsWith("com.sun.glass.ui.gtk.GtkApplication._runLoop")
                || top.equals("java.lang.Object.wait") || top.startsWith("jdk.internal.misc.Unsafe.park");
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        self.merge(name(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (StackTraceElement frame : stack) {
            String name = name(frame);
            if (seen.add(name)) {
                inclusive.merge(name, 1, Integer::sum);
            }
        }
    }

    private static String name(StackTraceElement frame) {
        return frame.getClassName() + "." + frame.getMethodName();
    }

    /** A report of the busiest methods: of ours (org.stancemap) inclusive, and of anyone by self time. */
    synchronized String report(int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("  %d busy samples of thread \"%s\" (every ~%d ms)%n", samples, target.getName(),
                intervalMillis));
        out.append("  inclusive, org.stancemap methods:\n");
        append(out, inclusive.entrySet().stream().filter(e -> e.getKey().startsWith("org.stancemap."))
                .filter(e -> !e.getKey().startsWith("org.stancemap.bench.")).collect(Collectors.toList()), top);
        out.append("  self (top of stack), any method:\n");
        append(out, List.copyOf(self.entrySet()), top);
        return out.toString();
    }

    private void append(StringBuilder out, List<Map.Entry<String, Integer>> entries, int top) {
        entries.stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples),
                        e.getKey())));
    }
}
