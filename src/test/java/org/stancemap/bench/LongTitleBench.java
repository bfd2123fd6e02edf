package org.stancemap.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.stancemap.export.HandoutOptions;
import org.stancemap.export.HandoutWriter;
import org.stancemap.export.PaperSize;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Explainer;

/**
 * How long the handout takes to export when the explainer's title is very long: the built-in explainer
 * with its title replaced by N characters of words (10,000, 20,000 and 40,000 by default). Prints one
 * line per size; see {@code bench/long-titles} and {@code bench/README.md}.
 *
 * <p>Options: sizes as arguments ({@code 10000 20000 40000}), {@code --runs R} (best of R, default 3).
 */
public final class LongTitleBench {

    private LongTitleBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = java.util.List.of(10_000, 20_000, 40_000);
        }
        HandoutWriter writer = new HandoutWriter(new WorldOutlineLoader().loadDefault());
        // Warm up the fonts, the map and the JIT on the explainer as it ships.
        writer.render(withTitle(null), HandoutOptions.of(PaperSize.A4), p -> { });
        System.out.printf(Locale.ROOT, "%-12s %-10s %-8s%n", "title chars", "best ms", "pages");
        for (int size : sizes) {
            Explainer explainer = withTitle(title(size));
            long best = Long.MAX_VALUE;
            int pages = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                pages = writer.render(explainer, HandoutOptions.of(PaperSize.A4), p -> { }).pages();
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf(Locale.ROOT, "%-12d %-10d %-8d%n", size, best, pages);
        }
    }

    /** Words of varying length, as a long headline pasted by mistake would have. */
    static String title(int chars) {
        String[] words = {"Summit", "leaders", "reassurance", "force", "ceasefire", "guarantees", "talks", "a",
                "Ukraine’s", "security", "of", "the"};
        StringBuilder out = new StringBuilder(chars + 16);
        for (int i = 0; out.length() < chars; i++) {
            out.append(words[i % words.length]).append(' ');
        }
        return out.substring(0, chars);
    }

    private static Explainer withTitle(String title) throws IOException {
        JsonObject tree;
        try (InputStream in = ExplainerLoader.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IOException("the built-in explainer is not on the class path");
            }
            tree = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
        }
        if (title != null) {
            tree.getAsJsonObject("article").addProperty("title", title);
        }
        LoadResult result = new ExplainerLoader().load(tree.toString().getBytes(StandardCharsets.UTF_8), "bench.stancemap.json");
        return result.explainer().orElseThrow(() -> new IOException("the explainer does not load: " + result.problems()));
    }
}
