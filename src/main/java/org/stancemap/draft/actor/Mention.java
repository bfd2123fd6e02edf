package org.stancemap.draft.actor;

import org.stancemap.draft.TextRange;

/**
 * One place where the article names or points at an actor: its text range, sentence and tokens
 * (first inclusive, last exclusive), its type, the name it gives (titles removed), the title the
 * article gives with it ("" if none), and the ISO code of a country it ties the actor to ("" if
 * none), e.g. "RU" for "Russian President Vladimir Putin"; {@code subject} when it comes before the
 * sentence's first verb (the likely subject, which later pronouns most often refer to).
 */
public record Mention(TextRange range, int sentence, int firstToken, int endToken, MentionType type,
                      String name, String role, String countryCode, String affiliation, boolean subject) {

    public boolean isPronoun() {
        return type == MentionType.PRONOUN;
    }
}
