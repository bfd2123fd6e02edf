package org.stancemap.draft.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.draft.TextRange;
import org.stancemap.model.ActorKind;

/** An actor being assembled from its mentions. */
final class ActorDraft {

    final ActorKind kind;
    String name;
    String role = "";
    String countryCode = "";
    String affiliation = "";
    final List<TextRange> mentions = new ArrayList<>();
    /** Whether the article names it (a person, a state, an organisation), not only describes it ("officials"). */
    boolean named;

    ActorDraft(ActorKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    String lastWord() {
        String[] words = name.split(" ");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    boolean hasWord(String word) {
        for (String w : name.split(" ")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    void absorb(Mention mention) {
        mentions.add(mention.range());
        named |= mention.type() == MentionType.PERSON || mention.type() == MentionType.STATE
                || mention.type() == MentionType.ORGANISATION;
        if (role.isEmpty()) {
            role = mention.role();
        }
        if (countryCode.isEmpty()) {
            countryCode = mention.countryCode();
        }
        if (affiliation.isEmpty()) {
            affiliation = mention.affiliation();
        }
    }
}
