package org.stancemap.draft.importer;

/**
 * An article read from a file: its text with paragraphs separated by a single '\n' (as the
 * explainer format wants it), and the title, outlet, date and address its file states, each ""
 * when the file does not say.
 */
public record ImportedArticle(String title, String outlet, String date, String url, String text) {
}
