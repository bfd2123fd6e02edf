package org.stancemap.edit;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.io.Wording;

/**
 * Accepting and rejecting a draft's suggestions. Accepting an item also confirms what it stands on
 * (a stance's actor; a link's two stances and their actors), so nothing confirmed rests on a mere
 * suggestion. Rejecting removes the item with everything that hangs on it, in one undoable edit.
 */
public final class Review {

    private Review() {
    }

    /** The suggested items in article order: each stance after its actor, links after their stances. */
    public static List<ItemRef> suggestions(Explainer explainer) {
        Set<ItemRef> ordered = new LinkedHashSet<>();
        List<Stance> byPosition = explainer.stances().stream()
                .sorted(Comparator.comparingInt(Review::firstOffset)).toList();
        for (Stance stance : byPosition) {
            explainer.actor(stance.actorId()).filter(a -> a.status().isSuggested())
                    .ifPresent(a -> ordered.add(ItemRef.actor(a.id())));
            if (stance.status().isSuggested()) {
                ordered.add(ItemRef.stance(stance.id()));
            }
            explainer.linksOf(stance.id()).stream().filter(l -> l.status().isSuggested())
                    .filter(l -> bothShownBy(explainer, l, ordered, stance))
                    .forEach(l -> ordered.add(ItemRef.link(l.id())));
        }
        explainer.actors().stream().filter(a -> a.status().isSuggested())
                .forEach(a -> ordered.add(ItemRef.actor(a.id())));
        explainer.links().stream().filter(l -> l.status().isSuggested())
                .forEach(l -> ordered.add(ItemRef.link(l.id())));
        return List.copyOf(ordered);
    }

    private static boolean bothShownBy(Explainer explainer, Link link, Set<ItemRef> ordered, Stance current) {
        String other = link.otherEnd(current.id());
        return explainer.stance(other).map(s -> !s.status().isSuggested() || ordered.contains(ItemRef.stance(other)))
                .orElse(false);
    }

    private static int firstOffset(Stance stance) {
        return stance.quotes().stream().mapToInt(q -> q.span().start()).min().orElse(Integer.MAX_VALUE);
    }

    public static Edit accept(ItemRef item) {
        return acceptAll(Set.of(item), Wording.format("edit.label.accept", describe(item)));
    }

    /** Accepts an actor with all of its stances. */
    public static Edit acceptAllOf(String actorId, String actorName) {
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                Set<ItemRef> items = new HashSet<>();
                items.add(ItemRef.actor(actorId));
                current.stancesOf(actorId).forEach(s -> items.add(ItemRef.stance(s.id())));
                return acceptAll(items, label()).applyTo(current);
            }

            @Override
            public String label() {
                return Wording.format("edit.label.acceptActor", actorName);
            }
        };
    }

    public static Edit reject(ItemRef item) {
        return removal(Set.of(item), Wording.format("edit.label.reject", describe(item)));
    }

    /** Rejects every suggestion left, with what hangs on them. */
    public static Edit rejectAllRemaining() {
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                return Removal.remove(current, Set.copyOf(suggestions(current)));
            }

            @Override
            public String label() {
                return Wording.get("edit.label.rejectRemaining");
            }
        };
    }

    /** Deletes items and what hangs on them, whatever their status. */
    public static Edit removal(Set<ItemRef> items, String label) {
        Set<ItemRef> copy = Set.copyOf(items);
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                copy.forEach(item -> Exists.require(current, item));
                return Removal.remove(current, copy);
            }

            @Override
            public String label() {
                return label;
            }
        };
    }

    private static Edit acceptAll(Set<ItemRef> items, String label) {
        return new Edit() {
            @Override
            public Explainer applyTo(Explainer current) {
                Set<String> actors = new HashSet<>();
                Set<String> stances = new HashSet<>();
                Set<String> links = new HashSet<>();
                for (ItemRef item : items) {
                    Exists.require(current, item);
                    switch (item.kind()) {
                        case ACTOR -> actors.add(item.id());
                        case STANCE -> stances.add(item.id());
                        case LINK -> {
                            Link link = current.link(item.id()).orElseThrow();
                            links.add(link.id());
                            stances.add(link.fromStanceId());
                            stances.add(link.toStanceId());
                        }
                    }
                }
                List.copyOf(stances).forEach(id -> current.stance(id).ifPresent(s -> actors.add(s.actorId())));
                return StatusChange.confirm(current, actors, stances, links);
            }

            @Override
            public String label() {
                return label;
            }
        };
    }

    private static String describe(ItemRef item) {
        return switch (item.kind()) {
            case ACTOR -> Wording.format("edit.item.actor", item.id());
            case STANCE -> Wording.format("edit.item.stance", item.id());
            case LINK -> Wording.format("edit.item.link", item.id());
        };
    }
}
