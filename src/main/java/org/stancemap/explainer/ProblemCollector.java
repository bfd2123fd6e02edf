package org.stancemap.explainer;

import java.util.ArrayList;
import java.util.List;
import org.stancemap.io.Wording;
import org.stancemap.io.json.JsonDocument;
import org.stancemap.io.json.JsonPosition;

/** Gathers problems during one load, placing each at its line and column when the path is known. */
final class ProblemCollector {

    /** Enough for any honest file; a hostile one should not flood the reader with thousands. */
    static final int MAX_PROBLEMS = 500;
    private static final int MAX_TEXT = 1000;

    private final String file;
    private final JsonDocument document;
    private final List<Problem> problems = new ArrayList<>();
    private boolean truncated;

    ProblemCollector(String file, JsonDocument document) {
        this.file = file;
        this.document = document;
    }

    void error(String path, String message) {
        add(Problem.Severity.ERROR, path, message);
    }

    void warning(String path, String message) {
        add(Problem.Severity.WARNING, path, message);
    }

    private void add(Problem.Severity severity, String path, String message) {
        if (problems.size() >= MAX_PROBLEMS) {
            truncated = true;
            return;
        }
        JsonPosition at = document.at(path);
        problems.add(new Problem(severity, file, at.line(), at.column(), cap(path), cap(message)));
    }

    /** Messages quote names and paths quote keys; a hostile file must not make them huge. */
    private static String cap(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    boolean hasErrors() {
        return truncated || problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (truncated) {
            all.add(new Problem(Problem.Severity.ERROR, file, Problem.UNKNOWN, Problem.UNKNOWN, "",
                    Wording.format("problems.tooMany", MAX_PROBLEMS)));
        }
        return all;
    }
}
