package org.stancemap.draft.importer;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import org.stancemap.io.Utf8Text;
import org.stancemap.io.Wording;

/**
 * A UTF-8 text file. Blank lines separate blocks; a block whose lines mostly break mid-sentence is
 * hard-wrapped prose and becomes one paragraph, otherwise each of its lines is a paragraph (the
 * common "one paragraph a line" file). A first line that looks like a headline becomes the title.
 */
final class PlainTextImport {

    private static final int HEADLINE_MAX_WORDS = 20;
    private static final int HEADLINE_MAX_CHARS = 200;

    private PlainTextImport() {
    }

    static ImportedArticle read(byte[] bytes, String name) throws ArticleImportException {
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new ArticleImportException(Wording.format("import.notUtf8", name));
        }
        List<String> paragraphs = paragraphs(text);
        String title = "";
        if (paragraphs.size() > 1 && looksLikeHeadline(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        return new ImportedArticle(title, "", "", "", Paragraphs.join(paragraphs));
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            if (Paragraphs.strip(line).isEmpty()) {
                flush(block, paragraphs);
            } else {
                block.add(Paragraphs.strip(line));
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> block, List<String> paragraphs) {
        if (block.isEmpty()) {
            return;
        }
        if (isHardWrapped(block)) {
            paragraphs.add(String.join(" ", block));
        } else {
            paragraphs.addAll(block);
        }
        block.clear();
    }

    /** Lines broken at a fixed width mostly end mid-sentence; paragraphs one a line end sentences. */
    private static boolean isHardWrapped(List<String> block) {
        if (block.size() < 2) {
            return false;
        }
        int midSentence = 0;
        for (int i = 0; i < block.size() - 1; i++) {
            if (!Paragraphs.endsSentence(block.get(i))) {
                midSentence++;
            }
        }
        return midSentence * 2 > block.size() - 1;
    }

    /** Short, no sentence-ending full stop, and not the start of a quotation or a list. */
    static boolean looksLikeHeadline(String line) {
        String trimmed = Paragraphs.strip(line);
        if (trimmed.isEmpty() || trimmed.length() > HEADLINE_MAX_CHARS) {
            return false;
        }
        if (trimmed.split("\\s+").length > HEADLINE_MAX_WORDS) {
            return false;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') {
            return false;
        }
        return Character.isLetterOrDigit(trimmed.codePointAt(0));
    }
}
