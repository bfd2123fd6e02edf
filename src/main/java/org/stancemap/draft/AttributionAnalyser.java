package org.stancemap.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.stancemap.draft.actor.ActorTable;
import org.stancemap.draft.actor.Mention;
import org.stancemap.draft.actor.MentionFinder;
import org.stancemap.draft.attribution.Attribution;
import org.stancemap.draft.attribution.AttributionFinder;
import org.stancemap.draft.place.Gazetteer;
import org.stancemap.draft.text.LanguageModels;
import org.stancemap.draft.text.QuoteSpans;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.SentenceReader;
import org.stancemap.model.ActorKind;

/**
 * The drafting engine's reader: sentences and tokens (OpenNLP) → mentions of actors → actors with
 * merged aliases and pronouns → attributions (source, cue, content). Load once with {@link #load()};
 * {@link #analyse} may then be called from any thread.
 */
public final class AttributionAnalyser implements ArticleAnalyser {

    private final LanguageModels models;
    private final Gazetteer gazetteer;
    private final ThreadLocal<SentenceReader> readers;

    private AttributionAnalyser(LanguageModels models, Gazetteer gazetteer) {
        this.models = models;
        this.gazetteer = gazetteer;
        this.readers = ThreadLocal.withInitial(() -> new SentenceReader(this.models));
    }

    /** Loads the English models and the gazetteer from the class path (the two in parallel). */
    public static AttributionAnalyser load() {
        CompletableFuture<Gazetteer> gazetteer = CompletableFuture.supplyAsync(Gazetteer::load);
        LanguageModels models = LanguageModels.load();
        return new AttributionAnalyser(models, gazetteer.join());
    }

    @Override
    public Findings analyse(String text) {
        List<Sentence> sentences = readers.get().read(text);
        QuoteSpans quotes = QuoteSpans.of(text);
        List<Mention> mentions = new MentionFinder(gazetteer).find(sentences, quotes);
        ActorTable actors = ActorTable.resolve(mentions, gazetteer);
        List<Attribution> attributions = new AttributionFinder().find(text, sentences, mentions, quotes);
        int[] speakers = new int[attributions.size()];
        for (int k = 0; k < attributions.size(); k++) {
            Attribution a = attributions.get(k);
            speakers[k] = actors.actorOf(a.source());
            if (speakers[k] < 0 && !a.source().isPronoun()) {
                speakers[k] = actors.register(a.source());
            }
        }
        List<FoundActor> found = actors.actors();
        List<FoundStatement> statements = new ArrayList<>();
        for (int k = 0; k < attributions.size(); k++) {
            Attribution a = attributions.get(k);
            int speaker = a.source().isPronoun() ? speakerEarlierInSentence(attributions, speakers, k, found)
                    .orElse(speakers[k]) : speakers[k];
            if (speaker >= 0) {
                Optional<TextRange> source = a.content().contains(a.source().range()) || !sameSentenceAsCue(a)
                        ? Optional.empty() : Optional.of(a.source().range());
                statements.add(new FoundStatement(speaker, a.content(), a.cue(), a.cueLemma(), a.direct(), source));
            }
        }
        statements.sort(Comparator.comparingInt((FoundStatement s) -> s.content().start())
                .thenComparingInt(s -> s.cue().start()));
        return withoutSilentDescriptions(found, statements, actors, text);
    }

    /**
     * Leaves out what is only described by its function ("the plan", "a spokesman", "the national
     * government"), by a bare plural ("reporters", "senior officials"), a people ("Muslims") or a
     * news agency ("AP", "Reuters") and never speaks: on a map of who says what it is noise the
     * teacher would delete. An agency the article quotes ("Reuters reported that …") stays.
     */
    private static Findings withoutSilentDescriptions(List<FoundActor> found, List<FoundStatement> statements,
                                                      ActorTable table, String text) {
        boolean[] keep = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            keep[i] = !table.isOnlyDescribed(i) && !table.isNewsAgency(i) && !onlyAPlace(found.get(i), text);
        }
        statements.forEach(s -> keep[s.speaker()] = true);
        for (int i = 0; i < found.size(); i++) {
            if (keep[i]) {
                found.get(i).blocs().forEach(b -> keep[b] = true);
            }
        }
        int[] newIndex = new int[found.size()];
        List<FoundActor> kept = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            newIndex[i] = keep[i] ? kept.size() : -1;
            if (keep[i]) {
                kept.add(found.get(i));
            }
        }
        if (kept.size() == found.size()) {
            return new Findings(found, statements);
        }
        List<FoundActor> actors = new ArrayList<>(kept.size());
        for (FoundActor a : kept) {
            actors.add(new FoundActor(a.name(), a.kind(), a.role(), a.place(), a.mentions(),
                    a.blocs().stream().map(b -> newIndex[b]).filter(b -> b >= 0).toList()));
        }
        List<FoundStatement> renumbered = statements.stream().map(s -> new FoundStatement(newIndex[s.speaker()],
                s.content(), s.cue(), s.cueLemma(), s.direct(), s.source())).toList();
        return new Findings(actors, renumbered);
    }

    /**
     * A "person" the article only ever names after "in" ("a town hall in Cedar Rapids", "the shooting
     * in San Bernardino") is a place the gazetteer does not know: left out unless it speaks, as it
     * would otherwise stand on the map as someone. "in Senator Vitter's case" is no place.
     */
    private static boolean onlyAPlace(FoundActor actor, String text) {
        if (actor.kind() != ActorKind.PERSON || !actor.role().isEmpty() || actor.mentions().isEmpty()) {
            return false;
        }
        for (TextRange mention : actor.mentions()) {
            int start = mention.start();
            boolean afterIn = start >= 3 && text.startsWith("in ", start - 3)
                    && (start == 3 || !Character.isLetter(text.charAt(start - 4)));
            boolean possessive = text.startsWith("'s", mention.end()) || text.startsWith("’s", mention.end());
            if (!afterIn || possessive) {
                return false;
            }
        }
        return true;
    }

    /**
     * A pronoun speaking in a sentence where someone named already spoke is that speaker: "A
     * spokesman for the agency said …, but he declined to say …", "Some residents said they …"
     * ("they" only for a group). Nearer than whoever the article named last.
     */
    private static Optional<Integer> speakerEarlierInSentence(List<Attribution> attributions, int[] speakers, int k,
                                                              List<FoundActor> actors) {
        Mention pronoun = attributions.get(k).source();
        Attribution nearest = null;
        int speaker = -1;
        for (int j = 0; j < attributions.size(); j++) {
            Attribution a = attributions.get(j);
            boolean earlier = a.source().sentence() == pronoun.sentence() && !a.source().isPronoun()
                    && a.cue().end() <= pronoun.range().start() && speakers[j] >= 0;
            if (earlier && (nearest == null || a.cue().start() > nearest.cue().start())) {
                nearest = a;
                speaker = speakers[j];
            }
        }
        if (speaker < 0 || (pronoun.name().equals("they") && actors.get(speaker).kind() == ActorKind.PERSON)) {
            return Optional.empty();
        }
        return Optional.of(speaker);
    }

    private static boolean sameSentenceAsCue(Attribution a) {
        return Math.abs(a.source().range().start() - a.cue().start()) < 400;
    }
}
