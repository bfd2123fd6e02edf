package org.stancemap.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.model.Actor;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Span;
import org.stancemap.model.Status;

/**
 * Candidate links between statements of different actors, only where the article signals one:
 * the statement's cue ("rejected", "welcomed", "responded" …) or a contrast opening its sentence
 * ("However", "But"). The other end is the nearest earlier statement of an actor named in the
 * same sentence or in the statement itself, else the nearest earlier statement of another actor
 * in the paragraphs just before. Every link is marked low-confidence and names its paragraphs.
 */
final class LinkDrafts {

    static final String LOW_CONFIDENCE = "Low confidence: ";
    private static final int NEARBY_PARAGRAPHS = 2;
    /** How many statements back (and ahead) the other end is looked for; an article has far fewer. */
    private static final int LOOKBACK = 200;

    private static final Set<String> OPPOSING = Set.of("reject", "condemn", "dismiss", "ridicule", "criticise",
            "criticize", "accuse", "deny", "refute", "rebut", "denounce", "attack", "slam", "blast", "decry",
            "oppose", "disagree", "dispute", "contradict", "mock", "scorn", "rebuff", "challenge", "lambaste",
            "blame", "reject as", "push back", "hit out");
    private static final Set<String> RESPONDING = Set.of("respond", "reply", "answer", "retort", "react", "counter",
            "hit back", "fire back", "respond to");
    private static final Set<String> SUPPORTING = Set.of("back", "welcome", "support", "endorse", "praise", "echo",
            "agree", "applaud", "hail", "commend", "embrace", "second", "champion", "defend");
    private static final Pattern CONTRAST = Pattern.compile("(?i)^\\W*(however|but|yet|nevertheless|meanwhile)\\b|"
            + "[,;]\\s+(but|however|yet)\\b|\\b(however|but)\\s*,");

    private final ArticleSpans spans;
    private final Mentions mentions;
    private final Map<String, String> names = new HashMap<>();

    LinkDrafts(ArticleSpans spans, List<FoundActor> found, ActorDrafts actors) {
        this.spans = spans;
        this.mentions = new Mentions(found, actors);
        for (Actor actor : actors.actors()) {
            names.put(actor.id(), actor.name());
        }
    }

    List<Link> between(List<DraftStatement> statements) {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < statements.size(); j++) {
            DraftStatement answer = statements.get(j);
            int[] sentence = spans.sentenceAround(cueOrContentStart(answer.found()));
            String lead = spans.text().substring(sentence[0], Math.max(sentence[0],
                    Math.min(cueOrContentStart(answer.found()), sentence[1])));
            Optional<LinkKind> kind = kindOf(answer.found().cueLemma());
            Matcher contrast = CONTRAST.matcher(lead);
            boolean contrasted = kind.isEmpty() && contrast.find();
            if (kind.isEmpty() && !contrasted) {
                continue;
            }
            Optional<DraftStatement> other = target(statements, j, sentence);
            if (other.isEmpty()) {
                continue;
            }
            LinkKind linkKind = kind.orElse(LinkKind.OPPOSES);
            String key = key(linkKind, answer.stance().id(), other.get().stance().id());
            if (!seen.add(key)) {
                continue;
            }
            String signal = contrasted ? contrast.group().replaceAll("^\\W+|[\\s,;]+$", "").strip() : cueText(answer);
            String id = Slugs.unique(Slugs.of(answer.actorId() + " " + linkKind.jsonName() + " " + other.get().actorId(),
                    "link"), ids);
            List<Span> evidence = spans.words(sentence[0], sentence[1]).map(List::of).orElse(List.of());
            links.add(new Link(id, linkKind, answer.stance().id(), other.get().stance().id(),
                    explanation(linkKind, answer, other.get(), signal), evidence, Status.SUGGESTED));
        }
        return links;
    }

    static Optional<LinkKind> kindOf(String lemma) {
        String cue = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT).strip();
        if (OPPOSING.contains(cue)) {
            return Optional.of(LinkKind.OPPOSES);
        }
        if (RESPONDING.contains(cue)) {
            return Optional.of(LinkKind.RESPONDS_TO);
        }
        return SUPPORTING.contains(cue) ? Optional.of(LinkKind.SUPPORTS) : Optional.empty();
    }

    /** Prefer an actor named in the sentence or the statement; else the nearest other speaker just before. */
    private Optional<DraftStatement> target(List<DraftStatement> statements, int j, int[] sentence) {
        DraftStatement answer = statements.get(j);
        Set<String> named = namedIn(sentence[0], sentence[1], answer);
        named.remove(answer.actorId());
        DraftStatement nearby = null;
        for (int i = j - 1; i >= Math.max(0, j - LOOKBACK); i--) {
            DraftStatement candidate = statements.get(i);
            if (candidate.actorId().equals(answer.actorId())) {
                continue;
            }
            if (named.contains(candidate.actorId())) {
                return Optional.of(candidate);
            }
            if (nearby == null && answer.paragraph() - candidate.paragraph() <= NEARBY_PARAGRAPHS) {
                nearby = candidate;
            }
        }
        if (named.isEmpty()) {
            return Optional.ofNullable(nearby);
        }
        for (int i = j + 1; i < Math.min(statements.size(), j + LOOKBACK); i++) {
            DraftStatement candidate = statements.get(i);
            if (named.contains(candidate.actorId()) && candidate.paragraph() == answer.paragraph()) {
                return Optional.of(candidate);
            }
        }
        return Optional.ofNullable(nearby);
    }

    /** Actors with a mention inside [start, end) or inside the statement's own words. */
    private Set<String> namedIn(int start, int end, DraftStatement answer) {
        TextRange content = answer.found().content();
        Set<String> named = new HashSet<>();
        mentions.within(start, end, named);
        mentions.within(content.start(), content.end(), named);
        return named;
    }

    private String explanation(LinkKind kind, DraftStatement answer, DraftStatement other, String signal) {
        String who = names.get(answer.actorId());
        String whom = names.get(other.actorId());
        String where = other.paragraph() == answer.paragraph() ? "in the same paragraph"
                : "in ¶" + other.paragraph();
        String relation = switch (kind) {
            case OPPOSES -> "may oppose";
            case SUPPORTS -> "may support";
            case RESPONDS_TO -> "may respond to";
        };
        return LOW_CONFIDENCE + "¶" + answer.paragraph() + ": " + who + " " + relation + " what " + whom
                + " says " + where + " (the article has “" + signal + "”); check before keeping it.";
    }

    private String cueText(DraftStatement statement) {
        TextRange cue = statement.found().cue();
        String text = spans.text();
        if (cue != null && cue.end() <= text.length() && cue.start() < cue.end()) {
            String words = ActorDrafts.oneLine(cue.of(text));
            if (!words.isEmpty()) {
                return words;
            }
        }
        return statement.found().cueLemma() == null ? "" : statement.found().cueLemma();
    }

    /** The cue's sentence is the one that says how the statement relates to others. */
    private int cueOrContentStart(FoundStatement statement) {
        TextRange cue = statement.cue();
        return cue != null && cue.end() <= spans.text().length() ? cue.start() : statement.content().start();
    }

    private static String key(LinkKind kind, String a, String b) {
        if (kind != LinkKind.RESPONDS_TO && a.compareTo(b) > 0) {
            return kind + "\u0000" + b + "\u0000" + a;
        }
        return kind + "\u0000" + a + "\u0000" + b;
    }
}
