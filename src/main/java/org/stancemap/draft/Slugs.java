package org.stancemap.draft;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids made from names: lowercase words joined by hyphens, made unique with -2, -3 … */
final class Slugs {

    private static final int MAX_LENGTH = 48;

    private Slugs() {
    }

    static String of(String name, String fallback) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever is not yet taken; records it as taken. */
    static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
