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
 * the statement's cue ("rejected", "welcomed", "responded" …), such a word elsewhere in its
 * sentence ("faced ridicule from"), or a contrast before its cue ("However", "But"). The other end
 * is a statement of an actor named in the same sentence or in the statement itself, else the
 * nearest statement of another actor close by. Every link is marked low-confidence and names its
 * paragraphs.
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
    /** Words of reply, rejection or support anywhere in a statement's sentence (outside its own words). */
    private static final Pattern SIGNAL_WORDS = Pattern.compile("(?i)\\b(reject(?:s|ed|ing|ion)|condemn(?:s|ed|ing|ation)?"
            + "|dismiss(?:es|ed|ing|al)?|ridicul(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing|m)|accus(?:e|es|ed|ing|ation)"
            + "|denounc(?:e|es|ed|ing)|refut(?:e|es|ed|ing)|respond(?:s|ed|ing)?|response|repl(?:y|ies|ied)"
            + "|retort(?:s|ed)?|welcom(?:es|ed|ing)|backed|backing|endors(?:e|es|ed|ing|ement)|prais(?:es|ed|ing)"
            + "|supported)\\b");
    private static final Pattern PASSIVE_AGENT = Pattern.compile("(?i)\\s+(by|from)\\s+");
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

    /** What in the article suggests a link: its kind, the words as written, and whether they look back. */
    private record Signal(LinkKind kind, String words, boolean contrast) {
    }

    List<Link> between(List<DraftStatement> statements) {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int j = 0; j < statements.size(); j++) {
            DraftStatement answer = statements.get(j);
            int[] sentence = spans.sentenceAround(cueOrContentStart(answer.found()));
            Optional<Signal> signal = signalOf(answer, sentence, statements);
            if (signal.isEmpty()) {
                continue;
            }
            Optional<DraftStatement> other = target(statements, j, sentence, !signal.get().contrast());
            if (other.isEmpty()) {
                continue;
            }
            LinkKind kind = signal.get().kind();
            if (!seen.add(key(kind, answer.stance().id(), other.get().stance().id()))) {
                continue;
            }
            String id = Slugs.unique(Slugs.of(answer.actorId() + " " + kind.jsonName() + " " + other.get().actorId(),
                    "link"), ids);
            List<Span> evidence = spans.words(sentence[0], sentence[1]).map(List::of).orElse(List.of());
            links.add(new Link(id, kind, answer.stance().id(), other.get().stance().id(),
                    explanation(kind, answer, other.get(), signal.get().words()), evidence, Status.SUGGESTED));
        }
        return links;
    }

    /**
     * The statement's own cue ("rejected"); else a signal word elsewhere in its sentence ("has faced
     * ridicule from X, who believes …"); else a contrast before the cue ("However, X said …").
     */
    private Optional<Signal> signalOf(DraftStatement answer, int[] sentence, List<DraftStatement> statements) {
        Optional<LinkKind> byCue = kindOf(answer.found().cueLemma());
        if (byCue.isPresent()) {
            return Optional.of(new Signal(byCue.get(), cueText(answer), false));
        }
        String text = spans.text();
        TextRange content = answer.found().content();
        Matcher word = SIGNAL_WORDS.matcher(text).region(sentence[0], sentence[1]);
        while (word.find()) {
            boolean inContent = word.start() < content.end() && content.start() < word.end();
            if (!inContent && !isCueOfAnother(word.start(), answer, statements)
                    && !doneBySomeoneElse(word.end(), sentence[1], answer.actorId())) {
                return Optional.of(new Signal(kindOfWord(word.group()), word.group(), false));
            }
        }
        int cueStart = Math.max(sentence[0], Math.min(cueOrContentStart(answer.found()), sentence[1]));
        Matcher contrast = CONTRAST.matcher(text.substring(sentence[0], cueStart));
        if (contrast.find() && !sameSpeakerEarlierIn(sentence[0], cueStart, answer, statements)) {
            return Optional.of(new Signal(LinkKind.OPPOSES, contrast.group().replaceAll("^\\W+|[\\s,;]+$", "").strip(),
                    true));
        }
        return Optional.empty();
    }

    /** "X said …, but he declined …": a contrast within one speaker's sentence is no answer to anyone. */
    private static boolean sameSpeakerEarlierIn(int from, int to, DraftStatement answer, List<DraftStatement> statements) {
        for (DraftStatement other : statements) {
            TextRange cue = other.found().cue();
            if (other != answer && other.actorId().equals(answer.actorId()) && cue != null && cue.start() >= from
                    && cue.start() < to) {
                return true;
            }
        }
        return false;
    }

    /** "Some said they welcomed it, while others feared …": another statement's own cue says nothing of this one. */
    private static boolean isCueOfAnother(int at, DraftStatement answer, List<DraftStatement> statements) {
        for (DraftStatement other : statements) {
            TextRange cue = other.found().cue();
            if (other != answer && cue != null && cue.start() <= at && at < cue.end()) {
                return true;
            }
        }
        return false;
    }

    /** "a notion rejected by Kyiv": the passive names who rejects, and it is not this statement's speaker. */
    private boolean doneBySomeoneElse(int after, int sentenceEnd, String speaker) {
        Matcher agent = PASSIVE_AGENT.matcher(spans.text()).region(after, sentenceEnd);
        if (!agent.lookingAt()) {
            return false;
        }
        // "by Kyiv", "from the Russian president": the agent's name follows within a few words.
        Optional<String> named = mentions.firstStartingIn(agent.end(), Math.min(sentenceEnd, agent.end() + 25));
        return named.isPresent() && !named.get().equals(speaker);
    }

    private static LinkKind kindOfWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.startsWith("respon") || lower.startsWith("repl") || lower.startsWith("retort")) {
            return LinkKind.RESPONDS_TO;
        }
        if (lower.startsWith("welcom") || lower.startsWith("back") || lower.startsWith("endors")
                || lower.startsWith("prais") || lower.startsWith("support")) {
            return LinkKind.SUPPORTS;
        }
        return LinkKind.OPPOSES;
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

    /**
     * Prefer an actor named in the sentence or the statement (before, else up to the next paragraph);
     * else the nearest other speaker just before; else, for a signal that need not look back (a lede
     * saying "X rejected …" before the article says what), the next other speaker up to the next paragraph.
     */
    private Optional<DraftStatement> target(List<DraftStatement> statements, int j, int[] sentence,
                                            boolean mayLookAhead) {
        DraftStatement answer = statements.get(j);
        // who the sentence names after the statement's own words belongs to another clause ("…, while others feared …")
        int statementEnd = Math.max(answer.found().content().end(), cueOrContentStart(answer.found()));
        Set<String> named = namedIn(sentence[0], Math.min(sentence[1], Math.max(sentence[0], statementEnd)), answer);
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
        DraftStatement ahead = null;
        for (int i = j + 1; i < Math.min(statements.size(), j + LOOKBACK); i++) {
            DraftStatement candidate = statements.get(i);
            if (candidate.paragraph() > answer.paragraph() + 1) {
                break;
            }
            if (candidate.actorId().equals(answer.actorId())) {
                continue;
            }
            if (named.contains(candidate.actorId())) {
                return Optional.of(candidate);
            }
            if (ahead == null) {
                ahead = candidate;
            }
        }
        return Optional.ofNullable(nearby != null || !mayLookAhead ? nearby : ahead);
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
