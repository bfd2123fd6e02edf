package org.stancemap.draft.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.stancemap.io.Utf8Text;

/** A saved news page: its headline and metadata from {@link HtmlMetadata}, its body from {@link HtmlMainText}. */
final class HtmlImport {

    private HtmlImport() {
    }

    static ImportedArticle read(byte[] bytes) {
        Document page = Jsoup.parse(decode(bytes));
        HtmlMetadata metadata = new HtmlMetadata(page);
        // Read before the main text is looked for, which removes the page's furniture from the tree.
        String title = metadata.title();
        String outlet = metadata.outlet();
        String date = metadata.date();
        String url = metadata.url();
        List<String> paragraphs = HtmlMainText.paragraphs(page);
        if (!paragraphs.isEmpty() && Paragraphs.strip(paragraphs.get(0)).equals(title)) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        return new ImportedArticle(title, outlet, date, url, Paragraphs.join(paragraphs));
    }

    /**
     * Pages saved by a browser are UTF-8 nearly always; one that is not (an old page in Latin-1) is
     * read as such rather than refused, since HTML has no strictness to lose.
     */
    private static String decode(byte[] bytes) {
        try {
            return Utf8Text.decode(bytes);
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
