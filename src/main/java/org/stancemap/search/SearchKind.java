package org.stancemap.search;

/** The groups search results come in, in the order they are shown. */
public enum SearchKind {
    ACTOR, STANCE, QUOTE, ARTICLE, GLOSSARY
}
