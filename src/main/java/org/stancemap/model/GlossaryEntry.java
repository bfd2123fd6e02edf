package org.stancemap.model;

/** A term a reader may stumble on, defined in the explainer's own words (not the article's). */
public record GlossaryEntry(String term, String definition) {
}
