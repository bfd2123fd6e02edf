package org.stancemap.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stancemap.model.Actor;
import org.stancemap.model.Link;
import org.stancemap.model.TourStep;

/**
 * A first tour in article order: an opening step on the whole map, then one step per run of
 * paragraphs with statements (neighbouring paragraphs merged until there are at most
 * {@link #MAX_STEPS}), focused on their speakers and the links they start. Captions only name
 * the speakers and quote the article's first words exactly.
 */
final class TourDrafts {

    static final int MAX_STEPS = 10;
    private static final int CAPTION_QUOTES = 2;
    private static final int CAPTION_WORDS = 10;

    private TourDrafts() {
    }

    static List<TourStep> of(List<DraftStatement> statements, List<Link> links, List<Actor> actors) {
        Map<String, String> names = actors.stream().collect(Collectors.toMap(Actor::id, Actor::name));
        List<List<DraftStatement>> groups = groups(statements);
        List<TourStep> steps = new ArrayList<>();
        steps.add(new TourStep("The whole picture", "The draft found " + count(actors.size(), "actor")
                + " and " + count(statements.size(), "statement") + " in the article.",
                "Draft tour: check each step against the article before presenting it.", List.of(), List.of(), false));
        for (List<DraftStatement> group : groups) {
            Set<String> speakers = new LinkedHashSet<>();
            group.forEach(s -> speakers.add(s.actorId()));
            Set<String> stanceIds = group.stream().map(s -> s.stance().id()).collect(Collectors.toSet());
            List<String> linkIds = links.stream().filter(l -> stanceIds.contains(l.fromStanceId()))
                    .map(Link::id).toList();
            List<String> speakerNames = speakers.stream().map(names::get).toList();
            steps.add(new TourStep(paragraphs(group) + ": " + joinNames(speakerNames, 3), caption(group, names),
                    "Draft step: rewrite the caption in your words.", List.copyOf(speakers), linkIds, false));
        }
        return steps;
    }

    /** One group per paragraph; past {@link #MAX_STEPS}, neighbouring paragraphs share a step, evenly by statements. */
    private static List<List<DraftStatement>> groups(List<DraftStatement> statements) {
        Map<Integer, List<DraftStatement>> byParagraph = statements.stream().collect(Collectors.groupingBy(
                DraftStatement::paragraph, java.util.TreeMap::new, Collectors.toList()));
        if (byParagraph.size() <= MAX_STEPS) {
            return new ArrayList<>(byParagraph.values());
        }
        List<List<DraftStatement>> groups = new ArrayList<>();
        int before = 0;
        int lastStep = -1;
        for (List<DraftStatement> paragraph : byParagraph.values()) {
            int step = (int) ((long) before * MAX_STEPS / statements.size());
            if (step != lastStep) {
                groups.add(new ArrayList<>());
                lastStep = step;
            }
            groups.get(groups.size() - 1).addAll(paragraph);
            before += paragraph.size();
        }
        return groups;
    }

    private static String paragraphs(List<DraftStatement> group) {
        int first = group.get(0).paragraph();
        int last = group.get(group.size() - 1).paragraph();
        return first == last ? "¶" + first : "¶" + first + "–" + last;
    }

    private static String caption(List<DraftStatement> group, Map<String, String> names) {
        StringBuilder caption = new StringBuilder();
        for (DraftStatement statement : group.subList(0, Math.min(CAPTION_QUOTES, group.size()))) {
            String quote = ActorDrafts.oneLine(statement.stance().quotes().get(0).text());
            String words = ArticleSpans.firstWords(quote, CAPTION_WORDS);
            caption.append(caption.length() == 0 ? "" : " ").append(names.get(statement.actorId())).append(": “")
                    .append(words).append("”").append(words.length() < quote.length() ? " …" : ".");
        }
        int more = group.size() - CAPTION_QUOTES;
        if (more > 0) {
            caption.append(" And ").append(count(more, "more statement")).append('.');
        }
        return caption.toString();
    }

    private static String joinNames(List<String> names, int max) {
        String shown = String.join(", ", names.subList(0, Math.min(max, names.size())));
        return names.size() > max ? shown + " and others" : shown;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
