package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;

/**
 * The ways an article names an actor: its full name, a person's surname ("Zelensky" for Volodymyr
 * Zelensky), and the other names its role gives in quotation marks (the state "which the article also
 * calls “Moscow”"), when every word of it is capitalised. Matched as whole words, ignoring case.
 */
final class ActorMentions {

    private static final Pattern QUOTED_NAME = Pattern.compile("“(\\p{Lu}[\\p{L}\\p{M}’'.-]*(?: \\p{Lu}[\\p{L}\\p{M}’'.-]*){0,3})”");

    private ActorMentions() {
    }

    static List<Pattern> patterns(Actor actor) {
        Set<String> names = new LinkedHashSet<>();
        String name = actor.name() == null ? "" : actor.name().strip();
        if (!name.isEmpty()) {
            names.add(name);
        }
        int space = name.lastIndexOf(' ');
        if (actor.kind() == ActorKind.PERSON && space > 0 && name.length() - space > 3) {
            names.add(name.substring(space + 1));
        }
        if (actor.role() != null) {
            Matcher m = QUOTED_NAME.matcher(actor.role());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        List<Pattern> patterns = new ArrayList<>();
        for (String n : names) {
            patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }
}
