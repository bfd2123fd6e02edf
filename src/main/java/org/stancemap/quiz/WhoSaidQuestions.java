package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/**
 * "Who said it?" questions: one per quote, the quote's stance holder against up to three other actors.
 *
 * <p>An actor is left out as a distractor when it could also be called right: it holds a quote with the
 * same words, or it is the speaker's own bloc or a direct member of it (Moscow's words are arguably
 * Putin's). Events are never offered unless the speaker is one, since events do not speak. An actor the
 * quote names is not offered (the quote gives it away), nor one whose own quote holds these words or overlaps
 * them ("Macron stated that 26 of Ukraine's allies had formally committed …": the allies' words are Macron's
 * too). A quote that names its own speaker is the article's narration about them ("has faced ridicule from
 * Zelensky"), not their words, and is not asked at all.
 */
final class WhoSaidQuestions {

    private final Explainer explainer;
    /** Who holds a quote with these (normalised) words. */
    private final Map<String, Set<String>> speakersByWords = new HashMap<>();
    private final Set<String> actorsWithStances = new HashSet<>();
    private final Map<String, String> normalNames = new HashMap<>();
    private final Map<String, List<Pattern>> mentions = new HashMap<>();
    /** Every quote's span with its holder, to find who else says the asked words. */
    private final List<Held> held = new ArrayList<>();

    private record Held(String actorId, Span span) {
    }

    WhoSaidQuestions(Explainer explainer) {
        this.explainer = explainer;
        explainer.actors().forEach(a -> {
            normalNames.put(a.id(), Picking.normal(a.name()));
            mentions.put(a.id(), ActorMentions.patterns(a));
        });
        for (Stance stance : explainer.stances()) {
            actorsWithStances.add(stance.actorId());
            for (Quote quote : stance.quotes()) {
                if (quote == null || quote.span() == null) {
                    continue;
                }
                speakersByWords.computeIfAbsent(Picking.normal(quote.text()), w -> new HashSet<>())
                        .add(stance.actorId());
                held.add(new Held(stance.actorId(), quote.span()));
            }
        }
    }

    List<Candidate> candidates() {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (Stance stance : explainer.stances()) {
            Optional<Actor> speaker = explainer.actor(stance.actorId());
            if (speaker.isEmpty()) {
                continue;
            }
            for (Quote quote : stance.quotes()) {
                String words = quote == null || quote.span() == null ? "" : Picking.normal(quote.text());
                if (words.isEmpty() || names(quote.text(), speaker.get())) {
                    continue;
                }
                if (explainer.actors().stream().anyMatch(a -> couldBeMistakenFor(a, speaker.get(), quote))) {
                    WhoSaid candidate = new WhoSaid(stance, quote, speaker.get());
                    byKey.putIfAbsent(candidate.key(), candidate);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private boolean names(String text, Actor actor) {
        return mentions.getOrDefault(actor.id(), List.of()).stream().anyMatch(p -> p.matcher(text).find());
    }

    private boolean alsoSays(Actor other, Span span) {
        return held.stream().anyMatch(h -> h.actorId().equals(other.id())
                && h.span().start() < span.end() && span.start() < h.span().end());
    }

    private boolean couldBeMistakenFor(Actor other, Actor speaker, Quote quote) {
        String words = Picking.normal(quote.text());
        return !other.id().equals(speaker.id())
                && !names(quote.text(), other)
                && !alsoSays(other, quote.span())
                && (other.kind() != ActorKind.EVENT || speaker.kind() == ActorKind.EVENT)
                && !speakersByWords.getOrDefault(words, Set.of()).contains(other.id())
                && !other.blocs().contains(speaker.id())
                && !speaker.blocs().contains(other.id())
                && !normalNames.get(other.id()).equals(normalNames.get(speaker.id()));
    }

    static String key(Stance stance, Quote quote) {
        return "who-said:" + stance.id() + ":" + quote.span().start() + "-" + quote.span().end();
    }

    private static Option option(Actor actor, Optional<String> stanceId) {
        return new Option(actor.name(), actor.role() == null ? "" : actor.role(), actor.id(), stanceId);
    }

    private final class WhoSaid implements Candidate {
        private final Stance stance;
        private final Quote quote;
        private final Actor speaker;

        WhoSaid(Stance stance, Quote quote, Actor speaker) {
            this.stance = stance;
            this.quote = quote;
            this.speaker = speaker;
        }

        @Override
        public String key() {
            return WhoSaidQuestions.key(stance, quote);
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.WHO_SAID;
        }

        @Override
        public String topic() {
            return "words:" + Picking.normal(quote.text());
        }

        /** Same kind first (a person among persons), then the same camp, then actors who say anything at all. */
        private int plausibility(Actor other) {
            boolean sameKind = other.kind() == speaker.kind();
            boolean sameCamp = other.blocs().stream().anyMatch(speaker.blocs()::contains);
            return (sameKind ? 4 : 0) + (sameCamp ? 2 : 0) + (actorsWithStances.contains(other.id()) ? 1 : 0);
        }

        @Override
        public Question build(Random rng) {
            List<Actor> distractors = explainer.actors().stream()
                    .filter(a -> couldBeMistakenFor(a, speaker, quote)).toList();
            List<Option> picked = new ArrayList<>();
            Set<String> names = new HashSet<>();
            names.add(normalNames.get(speaker.id()));
            for (Actor other : Picking.ranked(distractors, this::plausibility, rng)) {
                if (picked.size() == Picking.OPTIONS - 1) {
                    break;
                }
                if (names.add(normalNames.get(other.id()))) {
                    picked.add(option(other, Optional.empty()));
                }
            }
            Picking.Placed placed = Picking.place(option(speaker, Optional.of(stance.id())), picked, rng);
            int paragraph = explainer.article() == null ? 0
                    : explainer.article().paragraphNumberAt(quote.span().start());
            return new Question(key(), kind(), Prompts.whoSaid(quote.delivery()), quote.text(), stance.id(),
                    Optional.of(quote.span()), paragraph, placed.options(), placed.correctIndex());
        }
    }
}
