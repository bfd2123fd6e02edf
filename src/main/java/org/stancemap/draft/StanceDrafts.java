package org.stancemap.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Delivery;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;

/**
 * One suggested stance per attribution, in article order: the teacher merges stances that say
 * the same thing, which is quicker than splitting one that mixes two. Its quote is the attributed
 * words at their exact offsets; its summary is marked as a draft and only repeats the article's
 * first words, so it never claims more than the article does.
 */
final class StanceDrafts {

    static final int SUMMARY_WORDS = 12;

    private StanceDrafts() {
    }

    static List<DraftStatement> of(List<FoundStatement> statements, List<FoundActor> found, ActorDrafts actors,
                                   ArticleSpans spans) {
        List<FoundStatement> ordered = new ArrayList<>();
        for (FoundStatement statement : statements) {
            if (statement != null && statement.content() != null) {
                ordered.add(statement);
            }
        }
        ordered.sort(Comparator.comparingInt((FoundStatement s) -> s.content().start())
                .thenComparingInt(s -> s.content().end()));
        List<DraftStatement> drafts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> seen = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        for (FoundStatement statement : ordered) {
            String actorId = actors.idOf(statement.speaker());
            Optional<Span> span = spans.words(statement.content());
            if (actorId == null || span.isEmpty() || !seen.add(actorId + "\u0000" + span.get().start() + ":"
                    + span.get().end())) {
                continue;
            }
            Delivery delivery = statement.direct() ? Delivery.DIRECT : Delivery.REPORTED;
            String id = Slugs.unique(actorId + "-" + counts.merge(actorId, 1, Integer::sum), ids);
            Stance stance = new Stance(id, actorId, summary(span.get().text()),
                    List.of(new Quote(span.get(), delivery)), eventNamedAround(statement, found, actors, spans),
                    Status.SUGGESTED);
            drafts.add(new DraftStatement(stance, statement, spans.paragraphAt(statement.content().start())));
        }
        return drafts;
    }

    /** The event (a summit, a vote) the statement's sentence names, when the analyser found one there. */
    private static Optional<String> eventNamedAround(FoundStatement statement, List<FoundActor> found,
                                                     ActorDrafts actors, ArticleSpans spans) {
        int[] sentence = spans.sentenceAround(statement.content().start());
        for (int i = 0; i < found.size(); i++) {
            FoundActor actor = found.get(i);
            String id = actors.idOf(i);
            if (id == null || actor.kind() != ActorKind.EVENT || actor.mentions() == null) {
                continue;
            }
            for (TextRange mention : actor.mentions()) {
                if (mention != null && mention.start() >= sentence[0] && mention.end() <= sentence[1]) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** "Draft: “the first words …”": the article's own words in quotation marks, for the teacher to rewrite. */
    static String summary(String quote) {
        String oneLine = ActorDrafts.oneLine(quote);
        String words = ArticleSpans.firstWords(oneLine, SUMMARY_WORDS);
        return "Draft: “" + words + "”" + (words.length() < oneLine.length() ? " …" : "");
    }
}
