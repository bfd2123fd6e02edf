package org.stancemap.ui.editor;

import java.util.Locale;
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

    private static String side(Explainer explainer, String stanceId) {
        return explainer.stance(stanceId).map(s -> Messages.format("editor.link.side",
                explainer.actor(s.actorId()).map(Actor::name).orElse(s.actorId()), shortened(s.summary())))
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
