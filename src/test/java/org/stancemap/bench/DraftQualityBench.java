package org.stancemap.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.stancemap.draft.AttributionAnalyser;
import org.stancemap.draft.Findings;
import org.stancemap.draft.FoundStatement;
import org.stancemap.draft.text.LanguageModels;
import org.stancemap.draft.text.SentenceReader;

/**
 * Drafts every article of a split of an attribution corpus (brat standoff) and prints quote
 * precision, recall and F1, speaker accuracy, actor precision and actors per article, and speed,
 * beside a naive baseline; then checks the
 * draft of the built-in explainer's article against that explainer. See bench/README.md.
 *
 * <p>Arguments: {@code [--split dev|train] [--corpus DIR] [--misses FILE] [--limit N] [--quick]}; --quick
 * skips the warm-up pass and the naive baseline (for tuning).
 */
public final class DraftQualityBench {

    private DraftQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        String split = "dev";
        Path corpus = Path.of("../shared/corpora/polnear");
        Path misses = null;
        String cold = "";
        int limit = Integer.MAX_VALUE;
        boolean quick = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--misses" -> misses = Path.of(args[++i]);
                case "--cold" -> cold = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--quick" -> quick = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        AttributionAnalyser analyser = AttributionAnalyser.load();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf(Locale.ROOT, "model and gazetteer load (cold, in this JVM): %.0f ms%n", loadMs);

        SeedCheck.run(analyser, Path.of("../shared/seed/article.txt"),
                Path.of("assets/explainers/paris-summit.stancemap.json"));

        Path dir = corpus.resolve(split);
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("ann"))) {
            System.out.println("draft-quality: no corpus at " + dir.toAbsolutePath().normalize()
                    + " (text/ and ann/ expected); quote figures skipped");
            return;
        }
        List<GoldArticle> articles = readSplit(dir);
        articles = articles.subList(0, Math.min(limit, articles.size()));
        Tally draft = new Tally();
        Tally naive = new Tally();
        ActorScorer actorFigure = new ActorScorer();
        NaiveDrafter naiveDrafter = new NaiveDrafter(new SentenceReader(LanguageModels.load()));
        for (GoldArticle article : quick ? List.<GoldArticle>of() : articles) {
            analyser.analyse(article.text());
        }
        List<Double> times = new ArrayList<>();
        List<Double> perThousandWords = new ArrayList<>();
        List<Double> cpuTimes = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (PrintWriter missLog = misses == null ? null : new PrintWriter(Files.newBufferedWriter(misses))) {
            for (GoldArticle article : articles) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                Findings findings = analyser.analyse(article.text());
                double ms = (System.nanoTime() - start) / 1e6;
                cpuTimes.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                times.add(ms);
                perThousandWords.add(ms * 1000.0 / Math.max(1, article.text().split("\\s+").length));
                List<QuoteScorer.DraftQuote> quotes = new ArrayList<>();
                for (FoundStatement s : findings.statements()) {
                    quotes.add(new QuoteScorer.DraftQuote(s.content(), findings.actors().get(s.speaker()).name()));
                }
                draft.add(article, quotes, missLog, findings);
                actorFigure.add(article, findings.actors(), missLog);
                if (!quick) {
                    naive.add(article, naiveDrafter.draft(article.text()), null, null);
                }
            }
        }
        printTable(split, articles.size(), draft, naive);
        System.out.printf(Locale.ROOT, "actors: %d drafted, %.1f per article; actor precision %.3f "
                        + "(%d named as a source in the gold attributions)%n",
                actorFigure.actors, actorFigure.perArticle(), actorFigure.precision(), actorFigure.matched);
        times.sort(null);
        perThousandWords.sort(null);
        double median = times.get(times.size() / 2);
        double max = times.get(times.size() - 1);
        double medianPerK = perThousandWords.get(perThousandWords.size() / 2);
        cpuTimes.sort(null);
        System.out.printf(Locale.ROOT, "CPU time of the analysing thread: median %.1f ms, max %.1f ms per article%n",
                cpuTimes.get(cpuTimes.size() / 2), cpuTimes.get(cpuTimes.size() - 1));
        System.out.printf(Locale.ROOT, "speed (warm, one thread): median %.1f ms, max %.1f ms per article; "
                + "median %.1f ms per 1,000 words%n", median, max, medianPerK);
        if (!cold.isEmpty()) {
            System.out.println("cold process: " + cold);
        }
        System.out.printf(Locale.ROOT, "draft-quality %s: quotes P %.3f R %.3f F1 %.3f | speaker %.3f | "
                        + "actors P %.3f, %.1f per article | naive F1 %.3f speaker %.3f | warm median %.1f ms max %.1f ms | load %.0f ms%n",
                split, draft.precision(), draft.recall(), draft.f1(), draft.speaker(), actorFigure.precision(),
                actorFigure.perArticle(), naive.f1(), naive.speaker(),
                median, max, loadMs);
    }

    private static List<GoldArticle> readSplit(Path dir) throws IOException {
        List<GoldArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("text"))) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path ann = dir.resolve("ann").resolve(text.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
                if (Files.exists(ann)) {
                    articles.add(GoldArticle.read(text, ann));
                }
            }
        }
        return articles;
    }

    private static void printTable(String split, int count, Tally draft, Tally naive) {
        System.out.printf(Locale.ROOT, "%nsplit %s: %d articles, %d gold attributions%n", split, count, draft.gold);
        System.out.printf(Locale.ROOT, "%-10s %8s %8s %7s %7s %7s %9s%n", "drafter", "quotes", "matched",
                "P", "R", "F1", "speaker");
        for (var row : List.of(new Object[] {"engine", draft}, new Object[] {"naive", naive})) {
            Tally t = (Tally) row[1];
            System.out.printf(Locale.ROOT, "%-10s %8d %8d %7.3f %7.3f %7.3f %9s%n", row[0], t.quotes, t.matched,
                    t.precision(), t.recall(), t.f1(),
                    String.format(Locale.ROOT, "%.3f (%d)", t.speaker(), t.named));
        }
        if (naive.quotes > 0) {
            System.out.printf(Locale.ROOT, "engine / naive: F1 %.2fx, speaker %.2fx%n",
                    draft.f1() / naive.f1(), draft.speaker() / Math.max(1e-9, naive.speaker()));
        }
    }

    /** Running counts for one drafter. */
    private static final class Tally {
        int gold;
        int quotes;
        int matched;
        int named;
        int namedRight;

        void add(GoldArticle article, List<QuoteScorer.DraftQuote> draft, PrintWriter missLog, Findings findings) {
            QuoteScorer scorer = new QuoteScorer(article.text());
            List<GoldAttribution> gold = article.attributions().stream()
                    .filter(g -> !scorer.words(g.content()).isEmpty()).toList();
            List<QuoteScorer.Match> matches = scorer.match(draft, gold);
            this.gold += gold.size();
            quotes += draft.size();
            matched += matches.size();
            for (QuoteScorer.Match m : matches) {
                GoldAttribution g = gold.get(m.gold());
                if (QuoteScorer.namesSomeone(g.sourceText())) {
                    named++;
                    boolean right = QuoteScorer.shareWord(g.sourceText(), draft.get(m.draft()).speakerName());
                    if (right) {
                        namedRight++;
                    } else if (missLog != null) {
                        missLog.printf("SPEAKER %s | gold '%s' draft '%s' | %s%n", article.name(), g.sourceText(),
                                draft.get(m.draft()).speakerName(), excerpt(article.text(), draft.get(m.draft()).content()));
                    }
                }
            }
            if (missLog != null) {
                MissLog.write(missLog, article, draft, gold, matches, findings);
            }
        }

        double precision() {
            return quotes == 0 ? 0 : (double) matched / quotes;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speaker() {
            return named == 0 ? 0 : (double) namedRight / named;
        }
    }

    static String excerpt(String text, org.stancemap.draft.TextRange r) {
        String s = text.substring(r.start(), r.end()).replace('\n', ' ');
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
