package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.io.Wording;

/**
 * What {@code --validate} would report for the explainer being edited, each problem tied to the
 * part it is about: the actor, stance or link (and the quote or evidence in the article), the tour
 * step, the glossary entry or the article. The explainer is checked exactly as its saved file
 * would be, so the list and the command line never disagree.
 */
public final class Checkup {

    /** The part of the explainer a problem is about. */
    public enum Part { ARTICLE, ACTOR, STANCE, LINK, TOUR, GLOSSARY, OTHER }

    /**
     * One problem: whether it is an error (the file would not open) or a warning, the checker's
     * words, the JSON path as {@code --validate} prints it, the part with its position (from 0),
     * the item when it is an actor, stance or link, and the article's span it points at, if any.
     */
    public record Finding(boolean error, String message, String path, Part part, int index,
                          Optional<ItemRef> item, Optional<Span> span) {
    }

    private static final Pattern ENTRY = Pattern.compile("^\\$\\.(actors|stances|links|tour|glossary)\\[(\\d+)](.*)$");
    private static final Pattern QUOTE = Pattern.compile("^\\.quotes\\[(\\d+)].*");
    private static final Pattern EVIDENCE = Pattern.compile("^\\.evidence\\[(\\d+)].*");

    private Checkup() {
    }

    public static List<Finding> of(Explainer explainer) {
        LoadResult result = new ExplainerLoader().load(new ExplainerEncoder().encodeBytes(explainer), Wording.get("edit.checkup.name"));
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : result.problems()) {
            findings.add(locate(explainer, problem));
        }
        return findings;
    }

    static Finding locate(Explainer explainer, Problem problem) {
        String path = problem.jsonPath() == null ? "" : problem.jsonPath();
        Matcher entry = ENTRY.matcher(path);
        if (!entry.matches()) {
            Part part = path.startsWith("$.article") ? Part.ARTICLE : Part.OTHER;
            return new Finding(problem.isError(), problem.message(), path, part, 0, Optional.empty(), Optional.empty());
        }
        int index = Integer.parseInt(entry.group(2));
        String rest = entry.group(3);
        return switch (entry.group(1)) {
            case "actors" -> found(problem, path, Part.ACTOR, index,
                    at(explainer.actors(), index).map(a -> ItemRef.actor(a.id())), Optional.empty());
            case "stances" -> {
                Optional<Stance> stance = at(explainer.stances(), index);
                Matcher quote = QUOTE.matcher(rest);
                Optional<Span> span = quote.matches()
                        ? stance.flatMap(s -> at(s.quotes(), Integer.parseInt(quote.group(1)))).map(q -> q.span())
                        : stance.flatMap(s -> s.quotes().stream().findFirst()).map(q -> q.span());
                yield found(problem, path, Part.STANCE, index, stance.map(s -> ItemRef.stance(s.id())), span);
            }
            case "links" -> {
                Optional<Link> link = at(explainer.links(), index);
                Matcher evidence = EVIDENCE.matcher(rest);
                Optional<Span> span = evidence.matches()
                        ? link.flatMap(l -> at(l.evidence(), Integer.parseInt(evidence.group(1)))) : Optional.empty();
                yield found(problem, path, Part.LINK, index, link.map(l -> ItemRef.link(l.id())), span);
            }
            case "tour" -> found(problem, path, Part.TOUR, index, Optional.empty(), Optional.empty());
            default -> found(problem, path, Part.GLOSSARY, index, Optional.empty(), Optional.empty());
        };
    }

    private static Finding found(Problem problem, String path, Part part, int index, Optional<ItemRef> item,
                                 Optional<Span> span) {
        return new Finding(problem.isError(), problem.message(), path, part, index, item, span);
    }

    private static <T> Optional<T> at(List<T> list, int index) {
        return index >= 0 && index < list.size() ? Optional.of(list.get(index)) : Optional.empty();
    }
}
