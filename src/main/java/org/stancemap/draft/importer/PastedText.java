package org.stancemap.draft.importer;

import java.util.List;
import org.stancemap.io.Wording;

/**
 * An article pasted as text: split into paragraphs the way a text file is, its first line the title
 * when it reads like a headline. Bounded like a file: more than {@link ArticleImporter#MAX_BYTES}
 * characters is refused rather than read.
 */
public final class PastedText {

    /** What messages call pasted text, in place of a file name: "the pasted text". */
    public static String name() {
        return Wording.get("import.pasted");
    }

    private PastedText() {
    }

    public static ImportedArticle read(String pasted) throws ArticleImportException {
        if (pasted == null || pasted.isBlank()) {
            throw new ArticleImportException(Wording.format("import.pasted.none", name()));
        }
        if (pasted.length() > ArticleImporter.MAX_BYTES) {
            throw new ArticleImportException(Wording.format("import.pasted.tooLong", name(),
                    ArticleImporter.MAX_BYTES / (1024 * 1024)));
        }
        List<String> paragraphs = PlainTextImport.paragraphs(pasted.replace("\u0000", ""));
        String title = "";
        if (paragraphs.size() > 1 && PlainTextImport.looksLikeHeadline(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        String text = Paragraphs.join(paragraphs);
        if (!Paragraphs.hasUsableText(text)) {
            throw new ArticleImportException(Wording.format("import.pasted.noText", name()));
        }
        return new ImportedArticle(title, "", "", "", text);
    }
}
