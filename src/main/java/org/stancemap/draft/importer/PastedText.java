package org.stancemap.draft.importer;

import java.util.List;

/**
 * An article pasted as text: split into paragraphs the way a text file is, its first line the title
 * when it reads like a headline. Bounded like a file: more than {@link ArticleImporter#MAX_BYTES}
 * characters is refused rather than read.
 */
public final class PastedText {

    public static final String NAME = "the pasted text";

    private PastedText() {
    }

    public static ImportedArticle read(String pasted) throws ArticleImportException {
        if (pasted == null || pasted.isBlank()) {
            throw new ArticleImportException(NAME + ": the clipboard holds no text; copy the article's text first");
        }
        if (pasted.length() > ArticleImporter.MAX_BYTES) {
            throw new ArticleImportException(NAME + ": it is longer than " + ArticleImporter.MAX_BYTES / (1024 * 1024)
                    + " million characters; articles may be at most that long");
        }
        List<String> paragraphs = PlainTextImport.paragraphs(pasted.replace("\u0000", ""));
        String title = "";
        if (paragraphs.size() > 1 && PlainTextImport.looksLikeHeadline(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        String text = Paragraphs.join(paragraphs);
        if (!Paragraphs.hasUsableText(text)) {
            throw new ArticleImportException(NAME + ": it holds no usable text (no words were found in it)");
        }
        return new ImportedArticle(title, "", "", "", text);
    }
}
