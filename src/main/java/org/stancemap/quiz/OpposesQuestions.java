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
import java.util.stream.Stream;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/**
 * "Who opposes whom?" questions: one per opposing link. One end is shown; the other is the right answer
 * among up to three positions the shown one is not set against.
 *
 * <p>Opposition is read both ways, whatever the link's direction. So that only one option can be defended,
 * no distractor comes from an actor any of whose positions is set against (or responds to) any position of
 * the shown actor, nor from the shown actor, the answer's actor or the answer's bloc or members; no two
 * options share an actor; and no
 * position is worded like one the shown position opposes.
 */
final class OpposesQuestions {

    private final Explainer explainer;
    private final Map<String, Set<String>> opposed = new HashMap<>();
    private final Map<String, Set<String>> respondedTo = new HashMap<>();
    private final Map<String, Set<String>> supported = new HashMap<>();
    private final Map<String, String> normalSummaries = new HashMap<>();
    /** Actors any of whose positions is set against, or responds to, a position of the key actor. */
    private final Map<String, Set<String>> actorsAgainst = new HashMap<>();
    private final Map<String, Link> linkById = new HashMap<>();

    OpposesQuestions(Explainer explainer) {
        this.explainer = explainer;
        explainer.stances().forEach(s -> normalSummaries.put(s.id(), Picking.normal(s.summary())));
        for (Link link : explainer.links()) {
            if (!joinsTwoStances(link)) {
                continue;
            }
            Map<String, Set<String>> relation = switch (link.kind()) {
                case OPPOSES -> opposed;
                case RESPONDS_TO -> respondedTo;
                case SUPPORTS -> supported;
            };
            relation.computeIfAbsent(link.fromStanceId(), s -> new HashSet<>()).add(link.toStanceId());
            relation.computeIfAbsent(link.toStanceId(), s -> new HashSet<>()).add(link.fromStanceId());
            if (link.kind() != LinkKind.SUPPORTS) {
                String from = explainer.stance(link.fromStanceId()).orElseThrow().actorId();
                String to = explainer.stance(link.toStanceId()).orElseThrow().actorId();
                actorsAgainst.computeIfAbsent(from, a -> new HashSet<>()).add(to);
                actorsAgainst.computeIfAbsent(to, a -> new HashSet<>()).add(from);
            }
        }
    }

    private boolean joinsTwoStances(Link link) {
        return link.kind() != null && link.fromStanceId() != null && link.toStanceId() != null
                && !link.fromStanceId().equals(link.toStanceId())
                && explainer.stance(link.fromStanceId()).isPresent()
                && explainer.stance(link.toStanceId()).isPresent();
    }

    List<Candidate> candidates() {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        for (Link link : explainer.links()) {
            if (link.kind() != LinkKind.OPPOSES || !joinsTwoStances(link)) {
                continue;
            }
            Stance from = explainer.stance(link.fromStanceId()).orElseThrow();
            Stance to = explainer.stance(link.toStanceId()).orElseThrow();
            List<Direction> directions = new ArrayList<>();
            for (Direction d : List.of(new Direction(from, to), new Direction(to, from))) {
                if (distractors(d).findAny().isPresent()) {
                    directions.add(d);
                }
            }
            if (!directions.isEmpty()) {
                String pair = from.id().compareTo(to.id()) < 0 ? from.id() + "|" + to.id() : to.id() + "|" + from.id();
                byKey.putIfAbsent(key(link), new Opposes(key(link), "pair:" + pair, directions,
                        link.explanation() == null ? "" : link.explanation()));
            }
        }
        return List.copyOf(byKey.values());
    }

    static String key(Link link) {
        return "opposes:" + link.id();
    }

    private Set<String> neighbours(Map<String, Set<String>> relation, String stanceId) {
        return relation.getOrDefault(stanceId, Set.of());
    }

    /** Positions the shown one is not set against and that cannot be mistaken for the right answer. */
    private Stream<Stance> distractors(Direction d) {
        Set<String> shownOpposes = neighbours(opposed, d.shown().id());
        Set<String> shownResponds = neighbours(respondedTo, d.shown().id());
        Set<String> lookalikes = new HashSet<>();
        lookalikes.add(normalSummaries.get(d.shown().id()));
        shownOpposes.forEach(id -> lookalikes.add(normalSummaries.get(id)));
        Set<String> against = actorsAgainst.getOrDefault(d.shown().actorId(), Set.of());
        return explainer.stances().stream()
                .filter(s -> !s.id().equals(d.shown().id()) && !s.id().equals(d.answer().id()))
                .filter(s -> !shownOpposes.contains(s.id()) && !shownResponds.contains(s.id()))
                .filter(s -> !s.actorId().equals(d.shown().actorId()) && !s.actorId().equals(d.answer().actorId()))
                .filter(s -> !against.contains(s.actorId()))
                .filter(s -> !sameCamp(s.actorId(), d.answer().actorId()))
                .filter(s -> !normalSummaries.get(s.id()).isEmpty())
                .filter(s -> !lookalikes.contains(normalSummaries.get(s.id())));
    }

    /** One actor is the other's bloc, or a member of it: Russia speaks for Putin's side, Putin for Russia's. */
    private boolean sameCamp(String one, String other) {
        return explainer.actor(one).map(a -> a.blocs().contains(other)).orElse(false)
                || explainer.actor(other).map(a -> a.blocs().contains(one)).orElse(false);
    }

    private String holderName(Stance stance) {
        return explainer.actor(stance.actorId()).map(Actor::name).orElse(stance.actorId());
    }

    private Option option(Stance stance) {
        return new Option(holderName(stance), stance.summary(), stance.actorId(), Optional.of(stance.id()));
    }

    /** Which end is shown and which is the answer. */
    private record Direction(Stance shown, Stance answer) {
    }

    private final class Opposes implements Candidate {
        private final String key;
        private final String topic;
        private final List<Direction> directions;
        private final String explanation;

        Opposes(String key, String topic, List<Direction> directions, String explanation) {
            this.key = key;
            this.topic = topic;
            this.directions = List.copyOf(directions);
            this.explanation = explanation;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public QuestionKind kind() {
            return QuestionKind.WHO_OPPOSES;
        }

        @Override
        public String topic() {
            return topic;
        }

        @Override
        public Question build(Random rng) {
            Direction d = directions.get(rng.nextInt(directions.size()));
            String shown = d.shown().id();
            String answer = d.answer().id();
            // Positions on the shown one's side of the quarrel first: they belong to the same debate yet are
            // plainly not opposed. Then positions in some other quarrel, then the rest.
            List<Stance> ranked = Picking.ranked(distractors(d).toList(), s ->
                    neighbours(supported, shown).contains(s.id()) || neighbours(opposed, answer).contains(s.id()) ? 2
                            : neighbours(opposed, s.id()).isEmpty() ? 0 : 1, rng);
            List<Option> picked = new ArrayList<>();
            Set<String> seenActors = new HashSet<>();
            Set<String> seenNames = new HashSet<>();
            seenNames.add(Picking.normal(holderName(d.answer())));
            for (Stance s : ranked) {
                if (picked.size() == Picking.OPTIONS - 1) {
                    break;
                }
                if (seenActors.add(s.actorId()) && seenNames.add(Picking.normal(holderName(s)))) {
                    picked.add(option(s));
                }
            }
            Picking.Placed placed = Picking.place(option(d.answer()), picked, rng);
            Optional<Quote> quote = d.shown().quotes().stream().filter(q -> q != null && q.span() != null).findFirst();
            int paragraph = quote.isEmpty() || explainer.article() == null ? 0
                    : explainer.article().paragraphNumberAt(quote.get().span().start());
            return new Question(key, kind(), Prompts.whoOpposes(),
                    Prompts.position(holderName(d.shown()), d.shown().summary()), shown,
                    quote.map(Quote::span), paragraph, placed.options(), placed.correctIndex(), explanation);
        }
    }
}
