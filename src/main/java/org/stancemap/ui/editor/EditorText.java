package org.stancemap.ui.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.util.StringConverter;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/** How the editor names kinds, positions and paragraphs in its lists. */
final class EditorText {

    private EditorText() {
    }

    static StringConverter<ActorKind> kinds() {
        return converter(kind -> kind == null ? "" : Messages.get("kind." + kind.jsonName()));
    }

    static StringConverter<LinkKind> linkKinds() {
        return converter(kind -> kind == null ? "" : Messages.get("review.link." + kind.jsonName()));
    }

    /** "Vladimir Putin: rejects … (¶3)". */
    static String stance(Explainer explainer, Stance stance) {
        String who = explainer.actor(stance.actorId()).map(Actor::name).orElse(stance.actorId());
        int paragraph = firstParagraph(explainer, stance);
        return paragraph > 0 ? Messages.format("editor.stance.line", who, stance.summary(), paragraph)
                : Messages.format("editor.stance.lineNoQuote", who, stance.summary());
    }

    /**
     * "Ana Lima (“Wants the bridge closed”) opposes Bo Reyes (“Calls the closure rushed”)": with
     * their positions named, two links between the same two actors read apart.
     */
    static String link(Explainer explainer, org.stancemap.model.Link link) {
        return Messages.format("editor.link.line", side(explainer, link.fromStanceId()),
                Messages.get("review.link." + link.kind().jsonName()), side(explainer, link.toStanceId()));
    }

    /**
     * Each link's line by link id, no two alike, for the eye and for a screen reader: the shortened
     * summaries first; where two lines still read the same, the whole summaries; then the paragraphs
     * the two positions are quoted in; and last, the link's place among those alike.
     */
    static Map<String, String> linkLines(Explainer explainer) {
        Map<String, String> lines = new LinkedHashMap<>();
        explainer.links().forEach(l -> lines.put(l.id(), link(explainer, l)));
        Set<String> alike = alike(lines);
        explainer.links().stream().filter(l -> alike.contains(l.id())).forEach(l -> lines.put(l.id(),
                Messages.format("editor.link.line", wholeSide(explainer, l.fromStanceId()),
                        Messages.get("review.link." + l.kind().jsonName()), wholeSide(explainer, l.toStanceId()))));
        alike(lines).forEach(id -> explainer.link(id).ifPresent(l -> lines.put(id, Messages.format("editor.link.where",
                lines.get(id), paragraphOf(explainer, l.fromStanceId()), paragraphOf(explainer, l.toStanceId())))));
        Map<String, Integer> seen = new HashMap<>();
        for (String id : alike(lines)) {
            String line = lines.get(id);
            lines.put(id, Messages.format("editor.link.nth", line, seen.merge(line, 1, Integer::sum)));
        }
        return lines;
    }

    /** The ids whose line another id shares, in the order of {@code lines}. */
    private static Set<String> alike(Map<String, String> lines) {
        Map<String, Long> counts = lines.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Set<String> ids = new LinkedHashSet<>();
        lines.forEach((id, line) -> {
            if (counts.get(line) > 1) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static int paragraphOf(Explainer explainer, String stanceId) {
        return explainer.stance(stanceId).map(s -> firstParagraph(explainer, s)).orElse(0);
    }

    private static String side(Explainer explainer, String stanceId) {
        return explainer.stance(stanceId).map(s -> Messages.format("editor.link.side",
                explainer.actor(s.actorId()).map(Actor::name).orElse(s.actorId()), shortened(s.summary())))
                .orElse(stanceId);
    }

    private static String wholeSide(Explainer explainer, String stanceId) {
        return explainer.stance(stanceId).map(s -> Messages.format("editor.link.side",
                explainer.actor(s.actorId()).map(Actor::name).orElse(s.actorId()), s.summary()))
                .orElse(stanceId);
    }

    private static String shortened(String text) {
        int most = 48;
        if (text.codePointCount(0, text.length()) <= most) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, most - 1)).stripTrailing() + "…";
    }

    static int firstParagraph(Explainer explainer, Stance stance) {
        return stance.quotes().stream().mapToInt(q -> q.span().start()).min()
                .stream().map(explainer.article()::paragraphNumberAt).findFirst().orElse(0);
    }

    static String actor(Actor actor) {
        String line = actor.name() + " · " + Messages.get("kind." + actor.kind().jsonName());
        return actor.status().isSuggested() ? Messages.get("review.tag") + " · " + line : line;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return show.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list, never typed");
            }
        };
    }
}
