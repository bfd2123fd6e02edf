package org.stancemap.explainer;

import java.util.List;
import java.util.Optional;
import org.stancemap.model.Explainer;

/**
 * What loading an explainer file gave: the explainer when the file had no errors, and every
 * problem found (errors and warnings) in the order they were found.
 */
public record LoadResult(String file, Optional<Explainer> explainer, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return explainer.isPresent();
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
