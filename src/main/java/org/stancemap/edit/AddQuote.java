package org.stancemap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.io.Wording;

/**
 * Adds the article's words from {@code start} to {@code end} (code points) as a quote: to an
 * existing stance, or to a new stance of {@code actorId} with {@code newSummary}. A quote that
 * repeats or overlaps another is refused with the other one named, since the reader could not
 * tell whose words the overlap is.
 */
public record AddQuote(String actorId, Optional<String> stanceId, String newStanceId, String newSummary,
                       int start, int end, Delivery delivery) implements Edit {

    @Override
    public Explainer applyTo(Explainer current) {
        String text = current.article().text();
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
            throw new EditRefused(Wording.get("edit.quote.notArticle"));
        }
        String words = text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        if (words.isBlank()) {
            throw new EditRefused(Wording.get("edit.quote.noWords"));
        }
        current.actor(actorId).orElseThrow(() -> new EditRefused(Wording.format("edit.noActor", actorId)));
        refuseOverlaps(current);
        Quote quote = new Quote(new Span(start, end, words), delivery);
        List<Stance> stances = new ArrayList<>(current.stances());
        if (stanceId.isPresent()) {
            Stance stance = current.stance(stanceId.get())
                    .orElseThrow(() -> new EditRefused(Wording.format("edit.noPosition", stanceId.get())));
            if (!stance.actorId().equals(actorId)) {
                throw new EditRefused(Wording.get("edit.quote.othersPosition"));
            }
            List<Quote> quotes = new ArrayList<>(stance.quotes());
            quotes.add(quote);
            quotes.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
            stances.set(stances.indexOf(stance), new Stance(stance.id(), stance.actorId(), stance.summary(), quotes,
                    stance.context(), Status.CONFIRMED));
        } else {
            if (current.stance(newStanceId).isPresent()) {
                throw new EditRefused(Wording.format("edit.positionExists", newStanceId));
            }
            stances.add(new Stance(newStanceId, actorId, newSummary, List.of(quote), Optional.empty(),
                    Status.CONFIRMED));
        }
        return ExplainerCopy.of(current).stances(stances).build();
    }

    private void refuseOverlaps(Explainer current) {
        for (Stance stance : current.stances()) {
            for (Quote other : stance.quotes()) {
                if (other.span().start() < end && start < other.span().end()) {
                    String whose = current.actor(stance.actorId()).map(a -> a.name()).orElse(stance.actorId());
                    String key = other.span().start() == start && other.span().end() == end ? "edit.quote.repeats"
                            : "edit.quote.overlaps";
                    throw new EditRefused(Wording.format(key, whose,
                            current.article().paragraphNumberAt(other.span().start()), other.text()));
                }
            }
        }
    }

    @Override
    public String label() {
        return Wording.get("edit.label.addQuote");
    }
}
