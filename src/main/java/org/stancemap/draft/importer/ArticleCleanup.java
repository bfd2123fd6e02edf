package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * An imported article while its author cleans it before drafting: its paragraphs, which can be
 * removed, joined, split and corrected, and the title, outlet and date the explainer will carry.
 * Each change gives a new value, so keeping the earlier ones is all an undo needs. {@link #text()}
 * is exactly the article text a draft made from it will hold.
 */
public record ArticleCleanup(List<String> paragraphs, String title, boolean titleIsOwn, String outlet,
                             String date, String url) {

    public ArticleCleanup {
        paragraphs = List.copyOf(paragraphs);
        title = oneLine(title);
        outlet = oneLine(outlet);
        date = oneLine(date);
        url = oneLine(url);
    }

    /**
     * The article as read from its file, each line of its text a paragraph. With no title in the
     * file, the title the draft gets will be the author's own (the article's first words).
     */
    public static ArticleCleanup of(ImportedArticle imported) {
        List<String> paragraphs = imported.text().isEmpty() ? List.of() : List.of(imported.text().split("\n"));
        return new ArticleCleanup(paragraphs.stream().map(Paragraphs::strip).filter(p -> !p.isEmpty()).toList(),
                imported.title(), imported.title().isBlank(), imported.outlet(), imported.date(), imported.url());
    }

    /** The paragraphs joined as explainer files hold them: one '\n' between, none empty. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    public ImportedArticle toImported() {
        return new ImportedArticle(title, outlet, date, url, text());
    }

    public int wordCount() {
        int words = 0;
        for (String paragraph : paragraphs) {
            words += paragraph.split("\\s+").length;
        }
        return words;
    }

    /** True when there is text with words in it to draft from. */
    public boolean hasUsableText() {
        return Paragraphs.hasUsableText(text());
    }

    public ArticleCleanup remove(int index) {
        check(index);
        List<String> next = new ArrayList<>(paragraphs);
        next.remove(index);
        return withParagraphs(next);
    }

    /** Joins paragraph {@code index} with the one after it, with one space between. */
    public ArticleCleanup joinWithNext(int index) {
        check(index);
        if (index + 1 >= paragraphs.size()) {
            throw new IllegalArgumentException("the last paragraph has none after it to join");
        }
        List<String> next = new ArrayList<>(paragraphs);
        next.set(index, paragraphs.get(index) + " " + paragraphs.get(index + 1));
        next.remove(index + 1);
        return withParagraphs(next);
    }

    /**
     * Splits paragraph {@code index} before the character at {@code at} (a UTF-16 index into the
     * paragraph); the spaces at the cut are dropped. A cut with no text on one side changes nothing.
     */
    public ArticleCleanup split(int index, int at) {
        check(index);
        String paragraph = paragraphs.get(index);
        if (at < 0 || at > paragraph.length()) {
            throw new IllegalArgumentException("position " + at + " is outside paragraph " + (index + 1));
        }
        if (at > 0 && at < paragraph.length() && Character.isLowSurrogate(paragraph.charAt(at))) {
            at--;
        }
        String before = Paragraphs.strip(paragraph.substring(0, at));
        String after = Paragraphs.strip(paragraph.substring(at));
        if (before.isEmpty() || after.isEmpty()) {
            return this;
        }
        List<String> next = new ArrayList<>(paragraphs);
        next.set(index, before);
        next.add(index + 1, after);
        return withParagraphs(next);
    }

    /**
     * Replaces paragraph {@code index} with {@code text}; line breaks in it make new paragraphs and
     * an empty text removes the paragraph.
     */
    public ArticleCleanup replace(int index, String text) {
        check(index);
        List<String> next = new ArrayList<>(paragraphs);
        next.remove(index);
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\\r\\n|\\r|\\n")) {
            String stripped = Paragraphs.strip(part);
            if (!stripped.isEmpty()) {
                parts.add(stripped);
            }
        }
        next.addAll(index, parts);
        return withParagraphs(next);
    }

    public ArticleCleanup withTitle(String value, boolean own) {
        return new ArticleCleanup(paragraphs, value, own, outlet, date, url);
    }

    public ArticleCleanup withOutlet(String value) {
        return new ArticleCleanup(paragraphs, title, titleIsOwn, value, date, url);
    }

    public ArticleCleanup withDate(String value) {
        return new ArticleCleanup(paragraphs, title, titleIsOwn, outlet, value, url);
    }

    private ArticleCleanup withParagraphs(List<String> next) {
        return new ArticleCleanup(next, title, titleIsOwn, outlet, date, url);
    }

    private void check(int index) {
        if (index < 0 || index >= paragraphs.size()) {
            throw new IndexOutOfBoundsException("no paragraph " + (index + 1) + "; there are " + paragraphs.size());
        }
    }

    private static String oneLine(String value) {
        return value == null ? "" : Paragraphs.strip(value);
    }
}
