package org.stancemap.explainer;

import org.stancemap.io.Wording;

/**
 * One thing wrong with (or worth noticing in) an explainer file. A problem has a line and column
 * when it can be placed in the text (syntax errors always can), and a JSON path when it concerns a
 * value (content errors always do).
 */
public record Problem(Severity severity, String file, int line, int column, String jsonPath, String message) {

    public enum Severity { ERROR, WARNING }

    public static final int UNKNOWN = 0;

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean hasPosition() {
        return line > 0;
    }

    public boolean hasPath() {
        return jsonPath != null && !jsonPath.isEmpty();
    }

    /**
     * The one-line form used by {@code --validate} and the error dialog:
     * {@code FILE:LINE:COL: message} for syntax errors and
     * {@code FILE: $.json.path: message (line L, column C)} for content errors.
     */
    public String format() {
        return oneLine(unformatted());
    }

    /** Keys and names may contain escaped line breaks; the one-line form must stay one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    private String unformatted() {
        String said = severity == Severity.WARNING ? Wording.format("problem.warning", message) : message;
        if (hasPath()) {
            String where = hasPosition() ? " " + Wording.format("problem.position", line, column) : "";
            return file + ": " + jsonPath + ": " + said + where;
        }
        if (hasPosition()) {
            return file + ":" + line + ":" + column + ": " + said;
        }
        return file + ": " + said;
    }

    @Override
    public String toString() {
        return format();
    }
}
