package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** Small helpers the question builders share. */
final class Picking {

    /** How many options a question has when the explainer allows. */
    static final int OPTIONS = 4;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Picking() {
    }

    /**
     * A generator for a round's seed. The seed is scrambled first: {@link Random}'s first draws from small
     * neighbouring seeds (1, 2, 3, ...) are nearly alike, and readers will use such seeds.
     */
    static Random random(long seed) {
        long z = seed + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new Random(z ^ (z >>> 31));
    }

    /** Text compared as a reader would: case, surrounding space and runs of space ignored. */
    static String normal(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The items, best-scored first; equal scores in a random order so rounds vary. */
    static <T> List<T> ranked(List<T> items, ToIntFunction<T> score, Random rng) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, rng);
        List<Scored<T>> scored = new ArrayList<>(shuffled.size());
        shuffled.forEach(item -> scored.add(new Scored<>(item, score.applyAsInt(item))));
        scored.sort(Comparator.comparingInt((Scored<T> s) -> s.score()).reversed());
        return scored.stream().map(Scored::item).toList();
    }

    private record Scored<T>(T item, int score) {
    }

    /** The right option among the distractors at a random place; returns the list and sets the index. */
    static Placed place(Option right, List<Option> distractors, Random rng) {
        List<Option> options = new ArrayList<>(distractors);
        Collections.shuffle(options, rng);
        int index = rng.nextInt(options.size() + 1);
        options.add(index, right);
        return new Placed(options, index);
    }

    record Placed(List<Option> options, int correctIndex) {
    }
}
