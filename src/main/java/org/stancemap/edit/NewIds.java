package org.stancemap.edit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.stancemap.model.Explainer;

/** Ids for items the author adds by hand: made from a name, unique among the explainer's ids. */
public final class NewIds {

    private static final int MAX_LENGTH = 40;

    private NewIds() {
    }

    public static String forActor(Explainer explainer, String name) {
        Set<String> taken = new HashSet<>();
        explainer.actors().forEach(a -> taken.add(a.id()));
        return unique(slug(name, "actor"), taken);
    }

    public static String forStance(Explainer explainer, String actorId) {
        Set<String> taken = new HashSet<>();
        explainer.stances().forEach(s -> taken.add(s.id()));
        return unique(actorId + "-position", taken);
    }

    public static String forLink(Explainer explainer, String fromStanceId, String toStanceId) {
        Set<String> taken = new HashSet<>();
        explainer.links().forEach(l -> taken.add(l.id()));
        return unique(slug(fromStanceId + "-" + toStanceId, "link"), taken);
    }

    static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
