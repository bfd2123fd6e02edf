package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated text never makes the analyser throw or hang, and every range it returns lies
 * inside the text. The timeout is only a guard against hangs, not a speed check.
 */
class AnalyserFuzzTest {

    private static final String SEED = "Russian President Vladimir Putin said: “We will not accept it,” adding that "
            + "troops would stay.\n\"It is over,\" said NATO Chief Mark Rutte. According to officials, he left.\n"
            + "Kyiv's allies, who believe the plan fails, warned ''never'' — she insisted (again).";

    private static final String ALPHABET = "aAzZ .,;:!?\"“”‘’'()-—\n\t0123456789éñ中\uD83D\uDE00";

    @Test
    void randomAndMutatedTextIsHandled() {
        AttributionAnalyser analyser = SharedAnalyser.get();
        Random random = new Random(20261206);
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int round = 0; round < 300; round++) {
                String text = round % 3 == 0 ? randomText(random) : mutate(SEED, random);
                check(text, analyser.analyse(text));
            }
            for (String edge : new String[] {"", " ", "\n\n\n", "“", "\"", "''", "said", "He said.", "“”", "'s",
                    "According to", "according to ,", "— said —"}) {
                check(edge, analyser.analyse(edge));
            }
        });
    }

    private static void check(String text, Findings findings) {
        for (FoundActor actor : findings.actors()) {
            actor.mentions().forEach(r -> inside(text, r));
            actor.blocs().forEach(b -> assertTrue(b >= 0 && b < findings.actors().size(), "bloc index " + b));
        }
        for (FoundStatement s : findings.statements()) {
            assertTrue(s.speaker() >= 0 && s.speaker() < findings.actors().size(), "speaker index " + s.speaker());
            inside(text, s.content());
            inside(text, s.cue());
            s.source().ifPresent(r -> inside(text, r));
            assertTrue(s.content().end() > s.content().start(), "empty content in " + text);
        }
    }

    private static void inside(String text, TextRange range) {
        assertTrue(range.end() <= text.length(), () -> range + " is outside a text of " + text.length() + ": " + text);
        for (int edge : new int[] {range.start(), range.end()}) {
            boolean splitsPair = edge > 0 && edge < text.length()
                    && Character.isHighSurrogate(text.charAt(edge - 1)) && Character.isLowSurrogate(text.charAt(edge));
            assertTrue(!splitsPair, () -> range + " cuts a character in two in " + text);
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(400);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(4) == 0 ? " said " : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
        }
        return b.toString();
    }

    private static String mutate(String seed, Random random) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + random.nextInt(12);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> {
                    int from = random.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + 30)));
                }
                default -> b.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
