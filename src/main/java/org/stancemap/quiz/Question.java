package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.stancemap.model.Span;

/**
 * A multiple-choice question with exactly one right option.
 *
 * @param key stable across runs, so a reader's missed questions can be remembered and asked again
 * @param prompt the question line in plain English (see {@link Prompts})
 * @param subject what the question is about: the quote's text, or the position being asked about
 * @param stanceId the stance the question is about: the quote's stance, or the position in the prompt
 * @param quote the quote to show in the article: the asked-about quote, or the position's first quote
 * @param paragraph the article paragraph (from 1) holding {@code quote}, or 0 when unknown
 * @param explanation why the right answer is right in the explainer's words (an opposing link's
 *                    explanation), or "" when the quote itself is the reason
 */
public record Question(String key, QuestionKind kind, String prompt, String subject, String stanceId,
                       Optional<Span> quote, int paragraph, List<Option> options, int correctIndex,
                       String explanation) {

    public Question(String key, QuestionKind kind, String prompt, String subject, String stanceId,
                    Optional<Span> quote, int paragraph, List<Option> options, int correctIndex) {
        this(key, kind, prompt, subject, stanceId, quote, paragraph, options, correctIndex, "");
    }

    public Question {
        explanation = explanation == null ? "" : explanation;
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new IllegalArgumentException("a question needs at least two options: " + key);
        }
        if (correctIndex < 0 || correctIndex >= options.size()) {
            throw new IllegalArgumentException("right answer " + correctIndex + " is not an option of " + key);
        }
    }

    public Option correctOption() {
        return options.get(correctIndex);
    }

    public boolean isCorrect(int optionIndex) {
        return optionIndex == correctIndex;
    }

    /** The same question with its options in another order, the right answer moved wherever possible. */
    Question reshuffled(Random rng) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, rng);
        int newCorrect = order.indexOf(correctIndex);
        if (newCorrect == correctIndex) {
            int other = (newCorrect + 1 + rng.nextInt(options.size() - 1)) % options.size();
            Collections.swap(order, newCorrect, other);
            newCorrect = other;
        }
        List<Option> shuffled = order.stream().map(options::get).toList();
        return new Question(key, kind, prompt, subject, stanceId, quote, paragraph, shuffled, newCorrect, explanation);
    }
}
