package org.stancemap.bench;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.draft.TextRange;

/**
 * Scores draft quotes against gold attributions: a quote matches an attribution when it covers at
 * least half of the gold content's words and at least half of its own words lie in the attribution
 * (source, cue or content); matched one-to-one, best overlap first.
 */
final class QuoteScorer {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "they", "we", "it", "you", "his", "her",
            "their", "its", "our", "my", "your", "him", "them", "us", "me", "who", "which", "that", "this",
            "these", "those", "some", "many", "others", "one");

    private final List<Integer> wordStarts = new ArrayList<>();

    /** A draft quote: its content and the name of the actor it is given to. */
    record DraftQuote(TextRange content, String speakerName) {
    }

    /** One matched pair. */
    record Match(int draft, int gold) {
    }

    QuoteScorer(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            wordStarts.add(m.start());
        }
    }

    BitSet words(List<TextRange> ranges) {
        BitSet set = new BitSet(wordStarts.size());
        for (int w = 0; w < wordStarts.size(); w++) {
            int at = wordStarts.get(w);
            for (TextRange r : ranges) {
                if (r.start() <= at && at < r.end()) {
                    set.set(w);
                    break;
                }
            }
        }
        return set;
    }

    List<Match> match(List<DraftQuote> drafts, List<GoldAttribution> gold) {
        record Candidate(int draft, int gold, int overlap) {
        }
        List<BitSet> draftWords = drafts.stream().map(d -> words(List.of(d.content()))).toList();
        List<BitSet> contentWords = gold.stream().map(g -> words(g.content())).toList();
        List<BitSet> allWords = new ArrayList<>();
        for (GoldAttribution g : gold) {
            List<TextRange> all = new ArrayList<>(g.source());
            all.addAll(g.cue());
            all.addAll(g.content());
            allWords.add(words(all));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int d = 0; d < drafts.size(); d++) {
            BitSet dw = draftWords.get(d);
            if (dw.isEmpty()) {
                continue;
            }
            for (int g = 0; g < gold.size(); g++) {
                BitSet cw = contentWords.get(g);
                if (cw.isEmpty()) {
                    continue;
                }
                int coveredContent = intersect(dw, cw);
                int ownInside = intersect(dw, allWords.get(g));
                if (coveredContent * 2 >= cw.cardinality() && ownInside * 2 >= dw.cardinality()) {
                    candidates.add(new Candidate(d, g, intersect(dw, cw)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed());
        BitSet usedDraft = new BitSet();
        BitSet usedGold = new BitSet();
        List<Match> matches = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedDraft.get(c.draft()) && !usedGold.get(c.gold())) {
                usedDraft.set(c.draft());
                usedGold.set(c.gold());
                matches.add(new Match(c.draft(), c.gold()));
            }
        }
        return matches;
    }

    private static int intersect(BitSet a, BitSet b) {
        BitSet x = (BitSet) a.clone();
        x.and(b);
        return x.cardinality();
    }

    /** Whether the gold source names someone: a capitalised word that is not a pronoun. */
    static boolean namesSomeone(String source) {
        Matcher m = WORD.matcher(source);
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0)) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two names share a word (case-insensitive). */
    static boolean shareWord(String a, String b) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(a.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        m = WORD.matcher(b.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (words.contains(m.group()) && !PRONOUNS.contains(m.group()) && !m.group().equals("the")) {
                return true;
            }
        }
        return false;
    }
}
