package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges lines into paragraphs. A paragraph ends at a wider gap than the usual line spacing, a
 * change of type size, an indented first line, or a short line that ends a sentence; it runs on
 * across a column or page break when the sentence does. A word hyphenated at a line's end is joined.
 */
final class PdfParagraphs {

    private PdfParagraphs() {
    }

    static List<String> of(List<List<PdfLine>> flows) {
        float spacing = typicalSpacing(flows);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (List<PdfLine> flow : flows) {
            float left = (float) flow.stream().mapToDouble(PdfLine::x0).min().orElse(0);
            float right = (float) flow.stream().mapToDouble(PdfLine::x1).max().orElse(0);
            PdfLine previous = null;
            for (PdfLine line : flow) {
                boolean breaks;
                if (previous == null) {
                    breaks = current.length() == 0 || endsSentence(current) || !startsLowercase(line.text());
                } else {
                    breaks = startsParagraph(previous, line, spacing, left, right);
                }
                if (breaks && current.length() > 0) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
                append(current, line.text());
                previous = line;
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    private static boolean startsParagraph(PdfLine previous, PdfLine line, float spacing, float left, float right) {
        float gap = line.y() - previous.y();
        float size = Math.max(previous.fontSize(), line.fontSize());
        if (gap > Math.max(spacing, size) * 1.6f || gap <= 0) {
            return true;
        }
        if (Math.abs(previous.fontSize() - line.fontSize()) > size * 0.15f) {
            return true;
        }
        boolean endsSentence = Paragraphs.endsSentence(previous.text());
        boolean indented = line.x0() - left > line.fontSize() * 0.8f && previous.x0() - left < line.fontSize() * 0.5f;
        boolean shortLine = right - previous.x1() > Math.max(line.fontSize() * 3f, (right - left) * 0.15f);
        return endsSentence && (indented || shortLine);
    }

    /** Joins a line to the paragraph: "recog-" + "nised" is "recognised"; otherwise with a space. */
    private static void append(StringBuilder paragraph, String line) {
        if (paragraph.length() == 0) {
            paragraph.append(line);
            return;
        }
        int last = paragraph.length() - 1;
        char end = paragraph.charAt(last);
        boolean hyphen = end == '-' || end == '\u00AD' || end == '\u2010';
        if (hyphen && last > 0 && Character.isLetter(paragraph.charAt(last - 1)) && startsLowercase(line)) {
            paragraph.setLength(last);
            paragraph.append(line);
        } else {
            paragraph.append(' ').append(line);
        }
    }

    private static boolean endsSentence(StringBuilder paragraph) {
        return Paragraphs.endsSentence(paragraph.toString().substring(Math.max(0, paragraph.length() - 8)));
    }

    private static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** The most common distance between consecutive baselines of a column. */
    private static float typicalSpacing(List<List<PdfLine>> flows) {
        List<Float> gaps = new ArrayList<>();
        for (List<PdfLine> flow : flows) {
            for (int i = 1; i < flow.size(); i++) {
                float gap = flow.get(i).y() - flow.get(i - 1).y();
                if (gap > 0 && gap < flow.get(i).fontSize() * 3) {
                    gaps.add(gap);
                }
            }
        }
        if (gaps.isEmpty()) {
            return 0;
        }
        gaps.sort(Float::compare);
        return gaps.get(gaps.size() / 2);
    }
}
