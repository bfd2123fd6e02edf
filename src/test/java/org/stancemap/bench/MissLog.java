package org.stancemap.bench;

import java.io.PrintWriter;
import java.util.BitSet;
import java.util.List;
import org.stancemap.draft.Findings;
import org.stancemap.draft.TextRange;

/** Writes what the engine got wrong on one article, for tuning on the training split only. */
final class MissLog {

    private MissLog() {
    }

    static void write(PrintWriter out, GoldArticle article, List<QuoteScorer.DraftQuote> draft,
                      List<GoldAttribution> gold, List<QuoteScorer.Match> matches, Findings findings) {
        BitSet matchedDraft = new BitSet();
        BitSet matchedGold = new BitSet();
        matches.forEach(m -> {
            matchedDraft.set(m.draft());
            matchedGold.set(m.gold());
        });
        String text = article.text();
        QuoteScorer scorer = new QuoteScorer(text);
        for (int d = 0; d < draft.size(); d++) {
            if (matchedDraft.get(d) && findings != null) {
                out.printf("MATCHED %s | %s%n", article.name(), findings.statements().get(d).cueLemma());
            }
            if (!matchedDraft.get(d)) {
                String cue = findings == null ? "" : findings.statements().get(d).cueLemma();
                out.printf("FALSE %s | %s | %s | %s%n", article.name(), cue, draft.get(d).speakerName(),
                        DraftQualityBench.excerpt(text, draft.get(d).content()));
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!matchedGold.get(g)) {
                GoldAttribution a = gold.get(g);
                String near = "";
                for (int d = 0; d < draft.size(); d++) {
                    TextRange dc = draft.get(d).content();
                    if (a.content().stream().anyMatch(dc::overlaps)) {
                        near = (matchedDraft.get(d) ? "[taken" : "[free") + overlap(scorer, dc, a) + "] "
                                + DraftQualityBench.excerpt(text, dc);
                    }
                }
                out.printf("MISSED %s | %s | %s | %s | @%d | near %s%n", article.name(), a.sourceText(), join(text, a.cue()),
                        join(text, a.content()), a.cue().isEmpty() ? a.content().get(0).start() : a.cue().get(0).start(), near);
            }
        }
    }

    /** How much of the gold content the draft covers, and how much of the draft lies in the attribution. */
    private static String overlap(QuoteScorer scorer, TextRange draft, GoldAttribution gold) {
        BitSet own = scorer.words(List.of(draft));
        BitSet content = scorer.words(gold.content());
        java.util.List<TextRange> all = new java.util.ArrayList<>(gold.source());
        all.addAll(gold.cue());
        all.addAll(gold.content());
        BitSet inside = scorer.words(all);
        BitSet covered = (BitSet) own.clone();
        covered.and(content);
        inside.and(own);
        return String.format(java.util.Locale.ROOT, " cover %.2f inside %.2f",
                covered.cardinality() / (double) Math.max(1, content.cardinality()),
                inside.cardinality() / (double) Math.max(1, own.cardinality()));
    }

    private static String join(String text, List<TextRange> ranges) {
        StringBuilder b = new StringBuilder();
        for (TextRange r : ranges) {
            b.append(b.length() > 0 ? " … " : "").append(DraftQualityBench.excerpt(text, r));
        }
        return b.toString();
    }
}
