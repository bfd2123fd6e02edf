package org.stancemap.bench;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;

/**
 * How long checking an explainer takes as its article and its number of quotes grow, with and
 * without one emoji at the start of the article (an emoji is one code point but two string
 * indexes, which is what once made every quote count from the start of the article). Prints a
 * table and the ratios that show whether the time grows linearly. See bench/README.md.
 *
 * <p>Arguments: {@code --runs N} (timed loads per case, the best counts; default 3),
 * {@code --sizes 1000000,4000000} (article lengths in code points), {@code --quotes 1000,4000,16000}.
 */
public final class ValidationBench {

    private static final String[] WORDS = {
        "the", "minister", "said", "talks", "would", "continue", "without", "preconditions", "and", "that",
        "sanctions", "hurt", "families", "across", "region", "a", "ceasefire", "is", "only", "first", "step",
    };
    private static final int QUOTE_LENGTH = 60;

    private ValidationBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = 3;
        int[] sizes = {1_000_000, 4_000_000};
        int[] quoteCounts = {1_000, 4_000, 16_000};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--sizes" -> sizes = ints(args[++i]);
                case "--quotes" -> quoteCounts = ints(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "Validation of generated explainers (best of %d loads after a warm-up; ms)%n", runs);
        System.out.printf(Locale.ROOT, "%12s %8s %10s %12s %12s %8s%n", "characters", "quotes", "MB", "plain",
                "emoji first", "ratio");
        // Warm up the JIT on the smallest case first, so the first rows are not the compiler's.
        byte[] warm = generate(sizes[0], quoteCounts[0], true);
        best(warm, 5);
        List<double[]> rows = new ArrayList<>();
        for (int size : sizes) {
            for (int quotes : quoteCounts) {
                byte[] plain = generate(size, quotes, false);
                byte[] emoji = generate(size, quotes, true);
                double plainMs = best(plain, runs);
                double emojiMs = best(emoji, runs);
                rows.add(new double[] {size, quotes, plainMs, emojiMs});
                System.out.printf(Locale.ROOT, "%12d %8d %10.1f %12.0f %12.0f %8.2f%n", size, quotes,
                        emoji.length / 1e6, plainMs, emojiMs, emojiMs / plainMs);
            }
        }
        System.out.println();
        System.out.println("Growth (emoji first): time ratio when the input grows; linear is about the input ratio");
        for (double[] a : rows) {
            for (double[] b : rows) {
                boolean moreQuotes = a[0] == b[0] && b[1] == a[1] * 4;
                boolean longer = a[1] == b[1] && b[0] == a[0] * 4;
                if (moreQuotes || longer) {
                    System.out.printf(Locale.ROOT, "  %s x4 (%d chars, %d quotes -> %d chars, %d quotes): time x%.1f%n",
                            moreQuotes ? "quotes" : "characters", (long) a[0], (long) a[1], (long) b[0], (long) b[1],
                            b[3] / a[3]);
                }
            }
        }
    }

    private static int[] ints(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToInt(s -> Integer.parseInt(s.strip())).toArray();
    }

    private static double best(byte[] bytes, int runs) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run <= runs; run++) { // the first is a warm-up
            long t0 = System.nanoTime();
            LoadResult result = new ExplainerLoader().load(bytes, "generated.stancemap.json");
            double ms = (System.nanoTime() - t0) / 1e6;
            if (!result.isValid()) {
                throw new IllegalStateException("the generated explainer is not valid: "
                        + result.problems().get(0).format());
            }
            if (run > 0) {
                best = Math.min(best, ms);
            }
        }
        return best;
    }

    /** An article of {@code size} code points and one actor whose stances quote it {@code quotes} times, evenly. */
    static byte[] generate(int size, int quotes, boolean emojiFirst) throws IOException {
        StringBuilder article = new StringBuilder(size + 16);
        int codePoints = 0;
        if (emojiFirst) {
            article.append("\uD83D\uDE42 ");
            codePoints = 2;
        }
        int word = 0;
        int sinceBreak = 0;
        while (codePoints < size) {
            String next = WORDS[word++ % WORDS.length];
            String piece = sinceBreak > 400 ? "\n" + next : (codePoints == 0 ? next : " " + next);
            sinceBreak = piece.startsWith("\n") ? 0 : sinceBreak + piece.length();
            article.append(piece);
            codePoints += piece.length();
        }
        String text = article.toString();
        int length = text.codePointCount(0, text.length());
        int prefix = emojiFirst ? 1 : 0; // the extra string index the emoji takes
        int step = (length - QUOTE_LENGTH) / quotes;

        StringWriter out = new StringWriter(text.length() + quotes * 120);
        try (JsonWriter w = new JsonWriter(out)) {
            w.beginObject();
            w.name("format").value(1);
            w.name("id").value("bench-" + size + "-" + quotes + (emojiFirst ? "-emoji" : ""));
            w.name("article").beginObject();
            w.name("title").value("Generated article");
            w.name("text").value(text);
            w.endObject();
            w.name("actors").beginArray();
            w.beginObject().name("id").value("speaker").name("name").value("The Speaker").name("kind").value("person")
                    .endObject();
            w.endArray();
            w.name("stances").beginArray();
            int perStance = 100;
            for (int first = 0; first < quotes; first += perStance) {
                w.beginObject();
                w.name("id").value("stance-" + first);
                w.name("actor").value("speaker");
                w.name("summary").value("A position");
                w.name("quotes").beginArray();
                for (int q = first; q < Math.min(quotes, first + perStance); q++) {
                    int start = (emojiFirst ? 2 : 0) + q * step;
                    int end = start + QUOTE_LENGTH;
                    // Past the emoji every character is one string index, so the slice is simple here.
                    String quoted = text.substring(start + prefix, end + prefix);
                    w.beginObject().name("start").value(start).name("end").value(end).name("text").value(quoted)
                            .name("delivery").value("reported").endObject();
                }
                w.endArray();
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
