package org.stancemap.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stancemap.draft.FoundActor;

/**
 * The actor figure: of the actors a draft proposes for an article, how many are someone the
 * article's gold attributions name as a source (a capitalised word of the name is a word of a gold
 * source, compared as the speaker figure compares names). An actor named nowhere as a source is
 * counted as junk, and so is a group with no capitalised word ("voters"); real actors that are
 * only talked about count against it too, so the figure is a floor for comparing rule changes.
 */
final class ActorScorer {

    private static final Set<String> JOINING_WORDS = Set.of("of", "for", "and", "a", "an", "on", "in", "to");

    int articles;
    int actors;
    int matched;

    void add(GoldArticle article, List<FoundActor> found, PrintWriter missLog) {
        articles++;
        for (FoundActor actor : found) {
            if (actor.name() == null || actor.name().isBlank()) {
                continue;
            }
            actors++;
            if (namedAsSource(actor.name(), article.attributions())) {
                matched++;
                if (missLog != null) {
                    missLog.printf("NAMED %s | %s | %s%n", article.name(), actor.kind(), actor.name());
                }
            } else if (missLog != null) {
                missLog.printf("ACTOR %s | %s | %s | %s%n", article.name(), actor.kind(), actor.name(),
                        actor.mentions().isEmpty() ? "" : around(article.text(), actor.mentions().get(0)));
            }
        }
    }

    /** The first mention with a little of the text either side, the mention in brackets. */
    private static String around(String text, org.stancemap.draft.TextRange mention) {
        int from = Math.max(0, mention.start() - 40);
        int to = Math.min(text.length(), mention.end() + 40);
        return (text.substring(from, mention.start()) + "[" + text.substring(mention.start(), mention.end()) + "]"
                + text.substring(mention.end(), to)).replace('\n', ' ');
    }

    /** Whether a word the name writes with a capital (small joining words aside) is in some gold source. */
    static boolean namedAsSource(String name, List<GoldAttribution> gold) {
        String capitalised = String.join(" ", java.util.Arrays.stream(name.split("\\s+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .filter(w -> !JOINING_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList());
        return !capitalised.isEmpty() && gold.stream().anyMatch(g -> QuoteScorer.shareWord(g.sourceText(), capitalised));
    }

    double precision() {
        return actors == 0 ? 0 : (double) matched / actors;
    }

    double perArticle() {
        return articles == 0 ? 0 : (double) actors / articles;
    }
}
