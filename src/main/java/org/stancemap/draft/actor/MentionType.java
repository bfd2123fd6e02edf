package org.stancemap.draft.actor;

/** What a stretch of text that names or points at an actor looks like. */
public enum MentionType {
    /** A person's name, with or without titles: "President Barack Obama", "Mr. Trump". */
    PERSON,
    /** A state, by name, capital or demonym: "Russia", "Kyiv", "the Kremlin" is not one. */
    STATE,
    /** An organisation or bloc: "NATO", "the European Union", "the Justice Department". */
    ORGANISATION,
    /** A loose group: "Western leaders", "Republican lawmakers", "officials". */
    GROUP,
    /** "he", "she", "they": resolved to the most recent fitting actor. */
    PRONOUN,
    /** A title standing for a person named earlier: "the Russian president", "the senator". */
    DESCRIPTION
}
