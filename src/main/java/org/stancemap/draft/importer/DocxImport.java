package org.stancemap.draft.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.stancemap.io.Wording;

/**
 * A Word document: a zip whose word/document.xml holds the paragraphs ({@code w:p}) and their
 * text runs ({@code w:t}). A first paragraph styled as Title or Heading 1 is the headline.
 */
final class DocxImport {

    /** A compressed part may not unpack to more than this: a zip bomb stops here. */
    private static final int MAX_XML_BYTES = 64 * 1024 * 1024;

    private DocxImport() {
    }

    static ImportedArticle read(byte[] bytes, String name) throws ArticleImportException {
        String xml = documentXml(bytes, name);
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        List<String> paragraphs = new ArrayList<>();
        String title = "";
        for (Element paragraph : document.getElementsByTag("w:p")) {
            String text = Paragraphs.strip(textOf(paragraph));
            if (text.isEmpty()) {
                continue;
            }
            if (paragraphs.isEmpty() && title.isEmpty() && isHeadline(paragraph)) {
                title = text;
            } else {
                paragraphs.add(text);
            }
        }
        return new ImportedArticle(title, "", "", "", Paragraphs.join(paragraphs));
    }

    private static String textOf(Element paragraph) {
        StringBuilder text = new StringBuilder();
        for (Element run : paragraph.getAllElements()) {
            switch (run.tagName()) {
                case "w:t" -> text.append(run.wholeText());
                case "w:tab", "w:br", "w:cr" -> text.append(' ');
                case "w:noBreakHyphen" -> text.append('\u2011');
                default -> { }
            }
        }
        return text.toString();
    }

    private static boolean isHeadline(Element paragraph) {
        Element style = paragraph.selectFirst("w|pPr > w|pStyle");
        String value = style == null ? "" : style.attr("w:val");
        return value.equalsIgnoreCase("Title") || value.equalsIgnoreCase("Heading1");
    }

    private static String documentXml(byte[] bytes, String name) throws ArticleImportException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(readBounded(zip, name), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ArticleImportException(Wording.format("import.docx.broken", name));
        }
        throw new ArticleImportException(Wording.format("import.docx.noDocument", name));
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException, ArticleImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > MAX_XML_BYTES) {
                throw new ArticleImportException(Wording.format("import.docx.tooLarge", name,
                        MAX_XML_BYTES / (1024 * 1024)));
            }
        }
        return out.toByteArray();
    }
}
