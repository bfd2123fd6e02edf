package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;

/** Reviewing a draft: suggestions in article order, accepting confirms what an item rests on, rejecting cascades. */
class ReviewTest {

    /** The built-in explainer as a drafting tool might have left it: everything suggested. */
    static Explainer allSuggested() {
        Explainer e = EditHistoryTest.builtIn();
        return ExplainerCopy.of(e)
                .actors(e.actors().stream().map(a -> new Actor(a.id(), a.name(), a.kind(), a.role(), a.blocs(),
                        a.place(), Status.SUGGESTED)).toList())
                .stances(e.stances().stream().map(s -> new Stance(s.id(), s.actorId(), s.summary(), s.quotes(),
                        s.context(), Status.SUGGESTED)).toList())
                .links(e.links().stream().map(l -> new Link(l.id(), l.kind(), l.fromStanceId(), l.toStanceId(),
                        l.explanation(), l.evidence(), Status.SUGGESTED)).toList())
                .build();
    }

    @Test
    void suggestionsComeInArticleOrderWithEachActorBeforeItsFirstStance() {
        Explainer draft = allSuggested();
        List<ItemRef> order = Review.suggestions(draft);

        assertEquals(draft.actors().size() + draft.stances().size() + draft.links().size(), order.size());
        int lastOffset = -1;
        for (ItemRef item : order) {
            if (item.kind() == ItemRef.Kind.STANCE) {
                Stance stance = draft.stance(item.id()).orElseThrow();
                int offset = stance.quotes().get(0).span().start();
                assertTrue(offset >= lastOffset, item + " comes before an earlier passage");
                lastOffset = offset;
                assertTrue(order.indexOf(ItemRef.actor(stance.actorId())) < order.indexOf(item),
                        "the actor of " + item.id() + " comes first");
            }
            if (item.kind() == ItemRef.Kind.LINK) {
                Link link = draft.link(item.id()).orElseThrow();
                assertTrue(order.indexOf(ItemRef.stance(link.fromStanceId())) < order.indexOf(item));
                assertTrue(order.indexOf(ItemRef.stance(link.toStanceId())) < order.indexOf(item));
            }
        }
    }

    @Test
    void acceptingALinkConfirmsItsStancesAndTheirActors() {
        Explainer draft = allSuggested();
        Link link = draft.links().get(0);

        Explainer after = Review.accept(ItemRef.link(link.id())).applyTo(draft);

        assertFalse(after.link(link.id()).orElseThrow().status().isSuggested());
        for (String stanceId : List.of(link.fromStanceId(), link.toStanceId())) {
            Stance stance = after.stance(stanceId).orElseThrow();
            assertFalse(stance.status().isSuggested());
            assertFalse(after.actor(stance.actorId()).orElseThrow().status().isSuggested());
        }
        assertEquals(Review.suggestions(draft).size() - 1 - countSuggested(draft, after), Review.suggestions(after).size());
    }

    private static int countSuggested(Explainer before, Explainer after) {
        long actors = before.actors().stream().filter(a -> !after.actor(a.id()).orElseThrow().status().isSuggested()).count();
        long stances = before.stances().stream().filter(s -> !after.stance(s.id()).orElseThrow().status().isSuggested()).count();
        return (int) (actors + stances);
    }

    @Test
    void acceptAllOfAnActorThenRejectTheRestLeavesAValidExplainerOfConfirmedItemsOnly() {
        EditHistory history = new EditHistory(allSuggested());
        history.apply(Review.acceptAllOf("putin", "Vladimir Putin"));
        history.apply(Review.acceptAllOf("macron", "Emmanuel Macron"));
        history.apply(Review.acceptAllOf("allies", "Ukraine’s allies"));

        Explainer after = history.apply(Review.rejectAllRemaining());

        assertTrue(Review.suggestions(after).isEmpty());
        assertEquals(List.of("putin", "macron", "allies"), after.actors().stream().map(Actor::id)
                .filter(id -> List.of("putin", "macron", "allies").contains(id)).toList());
        assertEquals(3, after.actors().size(), "every actor not accepted went");
        assertTrue(after.stances().stream().allMatch(s -> List.of("putin", "macron", "allies").contains(s.actorId())));
        EditHistoryTest.assertValid(after);
        history.undo();
        assertFalse(Review.suggestions(history.current()).isEmpty(), "undo brings the rejected suggestions back");
    }
}
