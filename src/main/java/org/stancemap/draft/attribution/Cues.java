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
            "think", "write", "tweet", "acknowledge", "admit", "assert", "contend", "predict",
            "promise", "vow", "pledge", "urge", "declare", "emphasize", "emphasise", "stress", "reiterate",
            "repeat", "complain", "criticize", "criticise", "condemn", "recall", "report", "confirm", "reply",
            "respond", "agree", "concede", "fear", "hope", "worry", "affirm", "advocate", "express", "voice",
            "dismiss", "caution", "observe", "testify", "indicate", "reveal", "mention", "joke", "quip",
            "boast", "allege", "question", "wonder", "ridicule", "blast", "slam", "decry", "praise",
            "welcome", "endorse", "demand", "doubt", "estimate", "conclude", "continue", "ask",
            "point", "describe", "call", "believe", "expect", "want", "know", "suspect", "speculate",
            "guarantee", "assure", "remind", "inform", "vow", "threaten", "lament", "muse", "counter",
            "retort", "shout", "scream", "yell", "whisper", "exclaim", "grumble", "declare", "proclaim", "show",
            "decline", "cite", "refer", "offer", "refuse", "defend", "attack", "post", "discuss",
            "denounce", "blame", "order", "echo", "mock", "deem", "talk", "challenge",
            "recommend", "insist", "accuse", "criticize", "plan", "intend", "find", "seem", "appear", "seek", "refer", "acknowledge",
            "applaud", "reaffirm", "highlight", "predict", "anticipate", "envision", "insinuate", "imply",
            "recount", "recollect", "concur", "disagree", "dispute", "brag", "lash", "fret", "prefer",
            "tout", "label", "characterize");

    /** Verbs whose object (the person told) comes before the content: "told reporters that". */
    static final Set<String> TAKE_OBJECT = WordSet.of("tell", "warn", "assure", "remind", "inform", "urge", "ask",
            "promise", "guarantee");

    /** Cues that only count when their content follows as a clause ("that", a quote, a colon). */
    static final Set<String> NEED_CLAUSE = WordSet.of("want", "know", "expect", "feel", "continue", "add",
            "think", "believe", "say", "write", "explain", "show", "find", "seem", "appear", "plan", "intend",
            "talk", "post", "hope", "fear", "worry", "report", "point", "decline", "refuse", "offer", "order", "see",
            "seek", "consider", "prefer", "vote");

    /** Cues of speech whose content may come before them without quotation marks ("The plan failed, he said"). */
    static final Set<String> BACKWARD = WordSet.of("say", "tell", "add", "write", "tweet", "note", "explain", "argue",
            "claim", "insist", "warn", "report", "announce", "state", "suggest", "believe", "think", "predict",
            "acknowledge", "admit", "contend", "maintain", "declare", "conclude", "reply", "respond", "confirm",
            "ask", "according to", "recall", "concede", "caution", "observe", "assert", "allege", "estimate");

    /** Cues that only report speech after a quote ("“…,” he continued"). */
    static final Set<String> QUOTE_ONLY = WordSet.of("continue");

    /** Cues whose content may be an infinitive: "vowed to fight on". */
    static final Set<String> TAKE_INFINITIVE = WordSet.of("want", "hope", "expect", "promise", "vow", "pledge",
            "threaten", "propose", "urge", "ask", "call", "continue", "refuse", "decline", "seem", "appear", "plan",
            "intend", "offer", "order", "seek", "prefer", "vote");

    /** Nouns that carry an attribution with a possessive source: "Putin's warning that …". */
    static final Set<String> NOUNS = WordSet.of("warning", "claim", "statement", "assertion", "argument", "belief",
            "view", "insistence", "suggestion", "promise", "pledge", "vow", "charge", "allegation", "remark",
            "comment", "comments", "remarks", "threat", "accusation", "contention", "demand", "proposal");
}
