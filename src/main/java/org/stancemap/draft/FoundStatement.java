package org.stancemap.draft;

import java.util.Optional;

/**
 * One attribution the engine found: who ({@code speaker}, an index into {@link Findings#actors()}),
 * the verbatim words attributed ({@code content}), the words that signal it ({@code cue}, for
 * example "said" or "according to"), its lemma ("say", "according to"), and whether the words are
 * inside quotation marks. {@code source} is the stretch naming the speaker in this sentence (a
 * name, a title or a pronoun), when there is one.
 */
public record FoundStatement(int speaker, TextRange content, TextRange cue, String cueLemma,
                             boolean direct, Optional<TextRange> source) {
}
