package org.stancemap.explainer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.stancemap.io.Wording;
import org.stancemap.model.Actor;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;

/**
 * The checks that compare entries with each other and with the article: unique ids, known
 * references, quotes that are the article's exact characters, sound links and bloc memberships.
 */
final class ExplainerChecks {

    private final ProblemCollector problems;

    ExplainerChecks(ProblemCollector problems) {
        this.problems = problems;
    }

    Optional<Explainer> check(ExplainerDraft draft) {
        Map<String, Located<Actor>> actors = unique(draft.actors(), Actor::id, Wording.get("explainer.kind.actor"));
        Map<String, Located<Stance>> stances = unique(draft.stances(), Stance::id, Wording.get("explainer.kind.stance"));
        Map<String, Located<Link>> links = unique(draft.links(), Link::id, Wording.get("explainer.kind.link"));
        ArticleText article = new ArticleText(draft.article().text());

        checkBlocs(actors);
        checkStances(draft.stances(), actors, article);
        checkLinks(draft.links(), stances, article);
        checkTour(draft.tour(), actors, links);
        checkGlossary(draft);
        warnAboutIdleActors(draft);

        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Explainer(draft.id(), draft.article(), values(draft.actors()),
                values(draft.stances()), values(draft.links()), values(draft.tour()), values(draft.glossary())));
    }

    private static <T> List<T> values(List<Located<T>> located) {
        return located.stream().map(Located::value).toList();
    }

    private <T> Map<String, Located<T>> unique(List<Located<T>> items, Function<T, String> id, String what) {
        Map<String, Located<T>> byId = new HashMap<>();
        for (Located<T> item : items) {
            String key = id.apply(item.value());
            Located<T> first = byId.putIfAbsent(key, item);
            if (first != null) {
                problems.error(item.path() + ".id", Wording.format("explainer.id.twice", what, Fields.abbreviate(key), first.path()));
            }
        }
        return byId;
    }

    private void checkBlocs(Map<String, Located<Actor>> actors) {
        for (Located<Actor> located : actors.values()) {
            List<String> blocs = located.value().blocs();
            for (int i = 0; i < blocs.size(); i++) {
                String path = located.path() + ".blocs[" + i + "]";
                Located<Actor> bloc = actors.get(blocs.get(i));
                if (bloc == null) {
                    problems.error(path, Wording.format("explainer.noSuchActor", Fields.abbreviate(blocs.get(i))));
                } else if (!bloc.value().kind().isBloc()) {
                    problems.error(path, Wording.format("explainer.bloc.notBloc", bloc.value().name(),
                            bloc.value().kind().jsonName()));
                } else if (bloc == located) {
                    problems.error(path, Wording.get("explainer.bloc.self"));
                }
            }
        }
        findMembershipCycle(actors);
    }

    /** Depth-first search over "is a member of", without recursion so a hostile file cannot overflow the stack. */
    private void findMembershipCycle(Map<String, Located<Actor>> actors) {
        Set<String> finished = new HashSet<>();
        for (String startId : actors.keySet()) {
            if (finished.contains(startId)) {
                continue;
            }
            Set<String> onPath = new HashSet<>();
            Deque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
            stack.push(Map.entry(startId, 0));
            onPath.add(startId);
            while (!stack.isEmpty()) {
                Map.Entry<String, Integer> top = stack.pop();
                List<String> blocs = actors.get(top.getKey()).value().blocs();
                int next = top.getValue();
                if (next >= blocs.size()) {
                    onPath.remove(top.getKey());
                    finished.add(top.getKey());
                    continue;
                }
                stack.push(Map.entry(top.getKey(), next + 1));
                String bloc = blocs.get(next);
                if (!actors.containsKey(bloc) || finished.contains(bloc) || bloc.equals(top.getKey())) {
                    continue;
                }
                if (onPath.contains(bloc)) {
                    Located<Actor> where = actors.get(top.getKey());
                    problems.error(where.path() + ".blocs[" + next + "]", Wording.format("explainer.bloc.circle",
                            where.value().name(), actors.get(bloc).value().name()));
                    continue;
                }
                onPath.add(bloc);
                stack.push(Map.entry(bloc, 0));
            }
        }
    }

    private void checkStances(List<Located<Stance>> stances, Map<String, Located<Actor>> actors, ArticleText article) {
        for (Located<Stance> located : stances) {
            Stance stance = located.value();
            if (!actors.containsKey(stance.actorId())) {
                problems.error(located.path() + ".actor", Wording.format("explainer.noSuchActor",
                        Fields.abbreviate(stance.actorId())));
            }
            stance.context().ifPresent(context -> {
                Located<Actor> event = actors.get(context);
                if (event == null) {
                    problems.error(located.path() + ".context", Wording.format("explainer.noSuchActor", Fields.abbreviate(context)));
                } else if (event.value().kind() != ActorKind.EVENT) {
                    problems.error(located.path() + ".context", Wording.format("explainer.context.notEvent",
                            event.value().name(), event.value().kind().jsonName()));
                }
            });
            List<Quote> quotes = stance.quotes();
            for (int i = 0; i < quotes.size(); i++) {
                checkSpan(quotes.get(i).span(), located.path() + ".quotes[" + i + "]", article, Wording.get("explainer.kind.quote"));
            }
        }
    }

    private void checkSpan(Span span, String path, ArticleText article, String what) {
        if (span.start() < 0 || span.start() > article.length()) {
            problems.error(path + ".start", Wording.format("explainer.span.startOutside", what, span.start(),
                    article.length()) + utf16Hint(span, article));
            return;
        }
        if (span.end() < 0 || span.end() > article.length()) {
            problems.error(path + ".end", Wording.format("explainer.span.endOutside", what, span.end(),
                    article.length()) + utf16Hint(span, article));
            return;
        }
        if (span.end() == span.start()) {
            problems.error(path + ".end", Wording.format("explainer.span.empty", what, span.start()));
            return;
        }
        if (span.end() < span.start()) {
            problems.error(path + ".end", Wording.format("explainer.span.backwards", what, span.end(), span.start()));
            return;
        }
        String actual = article.slice(span);
        if (!actual.equals(span.text())) {
            problems.error(path + ".text", Wording.format("explainer.span.notVerbatim", what, span.start(), span.end(),
                    Fields.abbreviate(actual)) + utf16Hint(span, article));
        }
    }

    /**
     * Offsets counted in UTF-16 units (JavaScript's string indexes, Java's {@code String.length}) drift
     * from code points after every emoji; when they would match in UTF-16, say so and give the right ones.
     */
    private static String utf16Hint(Span span, ArticleText article) {
        CodePointIndex index = article.index();
        String text = index.text();
        if (index.isSimple() || span.start() < 0 || span.end() > text.length() || span.start() >= span.end()
                || !text.startsWith(span.text(), span.start()) || span.text().length() != span.end() - span.start()) {
            return "";
        }
        return Wording.format("explainer.span.utf16", index.codePointOffset(span.start()),
                index.codePointOffset(span.end()));
    }

    private void checkLinks(List<Located<Link>> links, Map<String, Located<Stance>> stances, ArticleText article) {
        Map<String, String> seen = new HashMap<>();
        for (Located<Link> located : links) {
            Link link = located.value();
            boolean known = true;
            for (String end : List.of("from", "to")) {
                String stanceId = end.equals("from") ? link.fromStanceId() : link.toStanceId();
                if (!stances.containsKey(stanceId)) {
                    problems.error(located.path() + "." + end, Wording.format("explainer.noSuchStance", Fields.abbreviate(stanceId)));
                    known = false;
                }
            }
            if (link.fromStanceId().equals(link.toStanceId())) {
                problems.error(located.path() + ".to", Wording.get("explainer.link.self"));
            } else if (known) {
                String key = relationKey(link);
                String first = seen.putIfAbsent(key, located.path());
                if (first != null) {
                    problems.error(located.path(), Wording.format("explainer.link.repeats", link.kind().jsonName(), first));
                }
            }
            for (int i = 0; i < link.evidence().size(); i++) {
                checkSpan(link.evidence().get(i), located.path() + ".evidence[" + i + "]", article, Wording.get("explainer.kind.evidence"));
            }
        }
    }

    /** Opposing and supporting go both ways, so A–B and B–A are the same link; responding has a direction. */
    private static String relationKey(Link link) {
        String a = link.fromStanceId();
        String b = link.toStanceId();
        if (link.kind() != LinkKind.RESPONDS_TO && a.compareTo(b) > 0) {
            String swap = a;
            a = b;
            b = swap;
        }
        return link.kind().jsonName() + "\u0000" + a + "\u0000" + b;
    }

    private void checkTour(List<Located<TourStep>> tour, Map<String, Located<Actor>> actors,
                           Map<String, Located<Link>> links) {
        for (Located<TourStep> located : tour) {
            List<String> actorIds = located.value().actorIds();
            for (int i = 0; i < actorIds.size(); i++) {
                if (!actors.containsKey(actorIds.get(i))) {
                    problems.error(located.path() + ".actors[" + i + "]", Wording.format("explainer.tour.unknownActor",
                            Fields.abbreviate(actorIds.get(i))));
                }
            }
            List<String> linkIds = located.value().linkIds();
            for (int i = 0; i < linkIds.size(); i++) {
                if (!links.containsKey(linkIds.get(i))) {
                    problems.error(located.path() + ".links[" + i + "]", Wording.format("explainer.tour.unknownLink",
                            Fields.abbreviate(linkIds.get(i))));
                }
            }
        }
    }

    private void checkGlossary(ExplainerDraft draft) {
        Set<String> terms = new HashSet<>();
        for (var entry : draft.glossary()) {
            if (!terms.add(entry.value().term().toLowerCase())) {
                problems.warning(entry.path() + ".term", Wording.format("explainer.glossary.twice",
                        Fields.abbreviate(entry.value().term())));
            }
        }
    }

    /** An actor with no stance, no members and no position tied to it is probably a leftover. */
    private void warnAboutIdleActors(ExplainerDraft draft) {
        Set<String> used = new HashSet<>();
        draft.stances().forEach(s -> {
            used.add(s.value().actorId());
            s.value().context().ifPresent(used::add);
        });
        draft.actors().forEach(a -> used.addAll(a.value().blocs()));
        for (Located<Actor> actor : draft.actors()) {
            if (!used.contains(actor.value().id())) {
                problems.warning(actor.path(), Wording.format("explainer.actor.idle", actor.value().name()));
            }
        }
    }
}
