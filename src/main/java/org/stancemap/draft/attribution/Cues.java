package org.stancemap.draft.attribution;

import java.util.Set;
import org.stancemap.draft.text.WordSet;

/** The words that signal an attribution. */
final class Cues {

    private Cues() {
    }

    /** Verbs of saying, thinking and stance, by lemma. */
    static final Set<String> VERBS = WordSet.of("say", "tell", "claim", "warn", "insist", "believe", "reject",
            "propose", "argue", "add", "note", "state", "explain", "announce", "accuse", "deny", "suggest",
            "think", "write", "tweet", "acknowledge", "admit", "assert", "contend", "maintain", "predict",
            "promise", "vow", "pledge", "urge", "declare", "emphasize", "emphasise", "stress", "reiterate",
            "repeat", "complain", "criticize", "criticise", "condemn", "recall", "report", "confirm", "reply",
            "respond", "agree", "concede", "fear", "hope", "worry", "affirm", "advocate", "express", "voice",
            "dismiss", "caution", "observe", "testify", "indicate", "reveal", "mention", "joke", "quip",
            "boast", "charge", "allege", "question", "wonder", "ridicule", "blast", "slam", "decry", "praise",
            "welcome", "endorse", "demand", "feel", "doubt", "estimate", "conclude", "continue", "ask",
            "point", "describe", "call", "believe", "expect", "want", "know", "suspect", "speculate",
            "guarantee", "assure", "remind", "inform", "vow", "threaten", "lament", "muse", "counter",
            "retort", "shout", "scream", "yell", "whisper", "exclaim", "grumble", "declare", "proclaim");

    /** Verbs whose object (the person told) comes before the content: "told reporters that". */
    static final Set<String> TAKE_OBJECT = WordSet.of("tell", "warn", "assure", "remind", "inform", "urge", "ask",
            "promise", "guarantee");

    /** Cues that only count when their content follows as a clause ("that", a quote, a colon). */
    static final Set<String> NEED_CLAUSE = WordSet.of("want", "know", "expect", "call", "describe", "point",
            "continue", "ask", "add", "feel", "hope", "report", "note", "fear", "worry", "doubt", "repeat",
            "state", "reveal", "indicate", "confirm", "agree", "respond", "reply", "question", "charge",
            "counter", "mention", "recall", "think", "believe", "say", "write", "tweet", "explain", "warn",
            "tell", "argue", "suggest", "acknowledge", "admit", "insist", "claim", "predict", "announce");

    /** Cues whose content may be an infinitive: "vowed to fight on". */
    static final Set<String> TAKE_INFINITIVE = WordSet.of("want", "hope", "expect", "promise", "vow", "pledge",
            "threaten", "propose", "urge", "ask", "call", "continue", "refuse", "decline");

    /** Nouns that carry an attribution with a possessive source: "Putin's warning that …". */
    static final Set<String> NOUNS = WordSet.of("warning", "claim", "statement", "assertion", "argument", "belief",
            "view", "insistence", "suggestion", "promise", "pledge", "vow", "charge", "allegation", "remark",
            "comment", "comments", "remarks", "threat", "accusation", "contention", "demand", "proposal");
}
