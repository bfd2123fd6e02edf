package org.stancemap.quiz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.stancemap.model.Explainer;

/**
 * Makes study rounds from an explainer: "who said it?" questions from its quotes and "who opposes whom?"
 * questions from its opposing links. The same seed gives the same round. An explainer with no quotes or
 * links gives fewer questions, or none, never an error.
 */
public final class QuizGenerator {

    public static final int ROUND_SIZE = 10;

    private final Map<String, Candidate> byKey = new LinkedHashMap<>();
    private final List<Candidate> whoSaid;
    private final List<Candidate> opposes;

    public QuizGenerator(Explainer explainer) {
        whoSaid = new WhoSaidQuestions(explainer).candidates();
        opposes = new OpposesQuestions(explainer).candidates();
        whoSaid.forEach(c -> byKey.put(c.key(), c));
        opposes.forEach(c -> byKey.put(c.key(), c));
    }

    /** How many different questions the explainer can supply (some may not share a round: same quote). */
    public int questionCount() {
        return byKey.size();
    }

    /** Whether a question with this key can still be asked, e.g. after the explainer was edited. */
    public boolean hasQuestion(String key) {
        return byKey.containsKey(key);
    }

    public QuizRound round(long seed) {
        return round(seed, ROUND_SIZE);
    }

    public QuizRound round(long seed, int size) {
        return round(seed, size, List.of());
    }

    /**
     * A round of up to {@code size} distinct questions, as many of each kind as the explainer allows, with
     * the questions under {@code preferredKeys} (earlier misses) taken first.
     *
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public QuizRound round(long seed, int size, Collection<String> preferredKeys) {
        if (size < 0) {
            throw new IllegalArgumentException("negative round size " + size);
        }
        Random rng = Picking.random(seed);
        List<Candidate> chosen = new ArrayList<>();
        Set<String> topics = new HashSet<>();
        List<Candidate> preferred = new ArrayList<>();
        new LinkedHashSet<>(preferredKeys).forEach(k -> {
            if (byKey.containsKey(k)) {
                preferred.add(byKey.get(k));
            }
        });
        Collections.shuffle(preferred, rng);
        for (Candidate c : preferred) {
            if (chosen.size() < size && topics.add(c.topic())) {
                chosen.add(c);
            }
        }
        fillMixed(chosen, topics, size, rng);
        Collections.shuffle(chosen, rng);
        return new QuizRound(chosen.stream().map(c -> c.build(rng)).toList(), false);
    }

    /** Adds questions, always of the kind the round has fewer of while both kinds last. */
    private void fillMixed(List<Candidate> chosen, Set<String> topics, int size, Random rng) {
        Deque<Candidate> who = shuffled(whoSaid, rng);
        Deque<Candidate> opp = shuffled(opposes, rng);
        Set<String> keys = new HashSet<>();
        chosen.forEach(c -> keys.add(c.key()));
        int[] counts = new int[QuestionKind.values().length];
        chosen.forEach(c -> counts[c.kind().ordinal()]++);
        while (chosen.size() < size && !(who.isEmpty() && opp.isEmpty())) {
            int whoCount = counts[QuestionKind.WHO_SAID.ordinal()];
            int oppCount = counts[QuestionKind.WHO_OPPOSES.ordinal()];
            boolean takeWho = opp.isEmpty()
                    || (!who.isEmpty() && (whoCount < oppCount || (whoCount == oppCount && rng.nextBoolean())));
            Candidate c = (takeWho ? who : opp).poll();
            if (!keys.contains(c.key()) && topics.add(c.topic())) {
                keys.add(c.key());
                chosen.add(c);
                counts[c.kind().ordinal()]++;
            }
        }
    }

    private static Deque<Candidate> shuffled(List<Candidate> candidates, Random rng) {
        List<Candidate> copy = new ArrayList<>(candidates);
        Collections.shuffle(copy, rng);
        return new ArrayDeque<>(copy);
    }

    /**
     * A practice round of exactly the questions under {@code keys} that this explainer can still ask, in
     * the given order, options drawn afresh. Unknown keys (from an older version of the file) are skipped.
     */
    public QuizRound practice(List<String> keys, long seed) {
        Random rng = Picking.random(seed);
        List<Question> questions = new ArrayList<>();
        for (String key : new LinkedHashSet<>(keys)) {
            Candidate c = byKey.get(key);
            if (c != null) {
                questions.add(c.build(rng));
            }
        }
        return new QuizRound(questions, true);
    }
}
