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
        List<FoundStatement> statements = new ArrayList<>();
        for (Attribution a : attributions) {
            int speaker = actors.actorOf(a.source());
            if (speaker < 0 && !a.source().isPronoun()) {
                speaker = actors.register(a.source());
            }
            if (speaker >= 0) {
                Optional<TextRange> source = a.content().contains(a.source().range()) || !sameSentenceAsCue(a)
                        ? Optional.empty() : Optional.of(a.source().range());
                statements.add(new FoundStatement(speaker, a.content(), a.cue(), a.cueLemma(), a.direct(), source));
            }
        }
        statements.sort(Comparator.comparingInt((FoundStatement s) -> s.content().start())
                .thenComparingInt(s -> s.cue().start()));
        return new Findings(actors.actors(), statements);
    }

    private static boolean sameSentenceAsCue(Attribution a) {
        return Math.abs(a.source().range().start() - a.cue().start()) < 400;
    }
}
