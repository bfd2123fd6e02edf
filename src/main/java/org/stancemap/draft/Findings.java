package org.stancemap.draft;

import java.util.List;

/** What the engine found in one article text: its actors and the statements attributed to them. */
public record Findings(List<FoundActor> actors, List<FoundStatement> statements) {

    public Findings {
        actors = List.copyOf(actors);
        statements = List.copyOf(statements);
    }
}
