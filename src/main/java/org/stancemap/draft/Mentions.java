package org.stancemap.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every mention of every kept actor, sorted by where it starts, to find who is named in a stretch quickly. */
final class Mentions {

    private record Mention(int start, int end, String actorId) {
    }

    private final List<Mention> sorted = new ArrayList<>();
    private final int[] starts;

    Mentions(List<FoundActor> found, ActorDrafts actors) {
        for (int i = 0; i < found.size(); i++) {
            String id = actors.idOf(i);
            if (id == null || found.get(i).mentions() == null) {
                continue;
            }
            for (TextRange range : found.get(i).mentions()) {
                if (range != null) {
                    sorted.add(new Mention(range.start(), range.end(), id));
                }
            }
        }
        sorted.sort(Comparator.comparingInt(Mention::start));
        starts = sorted.stream().mapToInt(Mention::start).toArray();
    }

    /** Adds to {@code ids} the actors with a mention lying wholly inside [start, end). */
    void within(int start, int end, Set<String> ids) {
        int at = java.util.Arrays.binarySearch(starts, start);
        if (at < 0) {
            at = -at - 1;
        }
        while (at > 0 && starts[at - 1] == start) {
            at--;
        }
        for (int i = at; i < starts.length && starts[i] < end; i++) {
            if (sorted.get(i).end() <= end) {
                ids.add(sorted.get(i).actorId());
            }
        }
    }

    /** The actor whose mention starts first in [start, before), if any: who a "by" or "from" names. */
    java.util.Optional<String> firstStartingIn(int start, int before) {
        int at = java.util.Arrays.binarySearch(starts, start);
        if (at < 0) {
            at = -at - 1;
        }
        while (at > 0 && starts[at - 1] == start) {
            at--;
        }
        return at < starts.length && starts[at] < before ? java.util.Optional.of(sorted.get(at).actorId())
                : java.util.Optional.empty();
    }
}
