package org.stancemap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The article an explainer is built on. The title may be written by the explainer's author rather
 * than taken from the outlet, in which case {@code titleIsEditorial} says so. Outlet, date and url
 * are empty strings when unknown.
 */
public record Article(String title, boolean titleIsEditorial, String outlet, String date, String url,
                      String text) {

    /** The article split into paragraphs at line breaks, each with its offsets. */
    public List<Paragraph> paragraphs() {
        List<Paragraph> result = new ArrayList<>();
        int charStart = 0;
        int codePointStart = 0;
        int number = 1;
        while (charStart <= text.length()) {
            int newline = text.indexOf('\n', charStart);
            int charEnd = newline < 0 ? text.length() : newline;
            String body = text.substring(charStart, charEnd);
            int length = body.codePointCount(0, body.length());
            if (!body.isBlank()) {
                result.add(new Paragraph(number++, codePointStart, codePointStart + length, body));
            }
            if (newline < 0) {
                break;
            }
            codePointStart += length + 1;
            charStart = newline + 1;
        }
        return result;
    }

    /** The number (from 1) of the paragraph holding the code point at {@code offset}, or 0. */
    public int paragraphNumberAt(int offset) {
        return ParagraphIndex.of(text).numberAt(offset);
    }

    /** A paragraph of the article with its code point offsets (end exclusive). */
    public record Paragraph(int number, int start, int end, String text) {
    }
}
