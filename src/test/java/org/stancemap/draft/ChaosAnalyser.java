package org.stancemap.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Place;

/**
 * Findings no sane analyser gives: ranges anywhere (past the end, splitting emoji, empty, only
 * spaces or quotation marks), unknown speakers, blocs in circles and in people, odd names and
 * places. The assembler must still produce a valid draft or say there is nothing to draft.
 */
final class ChaosAnalyser implements ArticleAnalyser {

    private static final String[] NAMES = {"Ana Lima", "ana lima", "", "  ", "😀", "Ex—Minister “Bo”", "NATO",
        "A\nB", "Ünïcødé Fûnd", "x".repeat(300), "???", "Union of 𝄞 Players"};
    private static final String[] LEMMAS = {"say", "reject", "welcome", "respond", "back", null, "", "CONDEMN"};

    private final Random random;

    ChaosAnalyser(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public Findings analyse(String text) {
        int actorCount = random.nextInt(6);
        List<FoundActor> actors = new ArrayList<>();
        for (int i = 0; i < actorCount; i++) {
            List<TextRange> mentions = new ArrayList<>();
            for (int m = random.nextInt(4); m > 0; m--) {
                mentions.add(range(text));
            }
            List<Integer> blocs = new ArrayList<>();
            for (int b = random.nextInt(3); b > 0; b--) {
                blocs.add(random.nextInt(actorCount + 2) - 1);
            }
            Optional<Place> place = random.nextBoolean() ? Optional.empty()
                    : Optional.of(new Place(random.nextBoolean() ? "" : "Here", random.nextDouble() * 400 - 200,
                            random.nextBoolean() ? Double.NaN : random.nextDouble() * 400 - 200));
            actors.add(new FoundActor(NAMES[random.nextInt(NAMES.length)],
                    ActorKind.values()[random.nextInt(ActorKind.values().length)],
                    random.nextBoolean() ? "" : "Role\nwith a break", place, mentions, blocs));
        }
        List<FoundStatement> statements = new ArrayList<>();
        for (int s = random.nextInt(12); s > 0; s--) {
            statements.add(new FoundStatement(random.nextInt(actorCount + 2) - 1, range(text),
                    random.nextInt(5) == 0 ? null : range(text), LEMMAS[random.nextInt(LEMMAS.length)],
                    random.nextBoolean(), random.nextBoolean() ? Optional.empty() : Optional.of(range(text))));
        }
        return new Findings(actors, statements);
    }

    private TextRange range(String text) {
        int limit = text.length() + 5;
        int start = random.nextInt(limit);
        int end = start + random.nextInt(Math.max(1, Math.min(120, limit - start + 3)));
        return new TextRange(start, end);
    }
}
