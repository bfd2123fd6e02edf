package org.stancemap.ui.editor;

import org.stancemap.edit.ItemRef;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/** How a suggestion reads in the review list and in its detail: what it is, whose, and where in the article. */
final class SuggestionText {

    private SuggestionText() {
    }

    /** One line for the list: kind, then the item in a few words. */
    static String line(Explainer explainer, ItemRef item) {
        return switch (item.kind()) {
            case ACTOR -> explainer.actor(item.id()).map(a -> Messages.format("review.line.actor", a.name(),
                    Messages.get("kind." + a.kind().jsonName()))).orElse(item.id());
            case STANCE -> explainer.stance(item.id()).map(s -> Messages.format("review.line.stance",
                    actorName(explainer, s.actorId()), paragraph(explainer, s), s.summary())).orElse(item.id());
            case LINK -> explainer.link(item.id()).map(l -> Messages.format("review.line.link",
                    holder(explainer, l.fromStanceId()), Messages.get("review.link." + l.kind().jsonName()),
                    holder(explainer, l.toStanceId()))).orElse(item.id());
        };
    }

    /** The whole item, for the detail beside the list. */
    static String detail(Explainer explainer, ItemRef item) {
        return switch (item.kind()) {
            case ACTOR -> explainer.actor(item.id()).map(SuggestionText::actorDetail).orElse("");
            case STANCE -> explainer.stance(item.id()).map(s -> stanceDetail(explainer, s)).orElse("");
            case LINK -> explainer.link(item.id()).map(l -> linkDetail(explainer, l)).orElse("");
        };
    }

    private static String actorDetail(Actor actor) {
        StringBuilder text = new StringBuilder(actor.name()).append('\n')
                .append(Messages.get("kind." + actor.kind().jsonName()));
        if (!actor.role().isBlank()) {
            text.append(" · ").append(actor.role());
        }
        actor.place().ifPresent(p -> text.append('\n').append(Messages.format("review.place", p.name())));
        return text.toString();
    }

    private static String stanceDetail(Explainer explainer, Stance stance) {
        StringBuilder text = new StringBuilder(actorName(explainer, stance.actorId())).append('\n')
                .append(stance.summary());
        for (Quote quote : stance.quotes()) {
            text.append("\n\n¶").append(explainer.article().paragraphNumberAt(quote.span().start()))
                    .append(" (").append(Messages.get("review.delivery." + quote.delivery().name().toLowerCase(java.util.Locale.ROOT)))
                    .append("): “").append(quote.text()).append('”');
        }
        return text.toString();
    }

    private static String linkDetail(Explainer explainer, Link link) {
        return line(explainer, new ItemRef(ItemRef.Kind.LINK, link.id())) + "\n\n" + link.explanation();
    }

    private static String holder(Explainer explainer, String stanceId) {
        return explainer.stance(stanceId).map(s -> actorName(explainer, s.actorId())).orElse(stanceId);
    }

    private static String actorName(Explainer explainer, String actorId) {
        return explainer.actor(actorId).map(Actor::name).orElse(actorId);
    }

    private static int paragraph(Explainer explainer, Stance stance) {
        return stance.quotes().isEmpty() ? 0 : explainer.article().paragraphNumberAt(stance.quotes().get(0).span().start());
    }
}
