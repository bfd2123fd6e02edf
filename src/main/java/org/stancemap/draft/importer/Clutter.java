package org.stancemap.draft.importer;

import java.util.List;
import java.util.Locale;

/**
 * Lines that are often not part of the article itself: captions, credits, "Read more" links, sign-up
 * prompts and short lines that end no sentence. Only a hint for the author cleaning the text;
 * nothing is removed on its say-so.
 */
public final class Clutter {

    private static final List<String> OPENINGS = List.of("read more", "read also", "also read", "related:",
            "related articles", "related stories", "advertisement", "pictured:", "photo:", "photo credit", "credit:", "photograph:", "image:", "picture:",
            "caption:", "getty images", "reuters/", "ap photo", "sign up", "subscribe", "share this", "share on",
            "click here", "watch:", "listen:", "follow us", "follow the", "copyright", "©", "all rights reserved");
    private static final int SHORT_WORDS = 8;

    private Clutter() {
    }

    public static boolean looksLikeClutter(String paragraph) {
        String line = Paragraphs.strip(paragraph);
        if (line.isEmpty()) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        boolean quoted = line.indexOf('“') >= 0 || line.indexOf('"') >= 0 || line.indexOf('«') >= 0;
        return !quoted && line.split("\\s+").length <= SHORT_WORDS && !Paragraphs.endsSentence(line);
    }
}
