package org.stancemap.draft.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextAndDocxImportTest {

    @TempDir
    Path dir;

    private ImportedArticle importBytes(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new ArticleImporter().read(file);
    }

    private ImportedArticle importText(String text) throws Exception {
        return importBytes("a.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneParagraphALineKeepsEachLineAndHasNoTitleWhenTheFirstLineIsASentence() throws Exception {
        ImportedArticle article = importText("The mayor said the pier was unsafe.\nFishers rejected that.\n");
        assertEquals("", article.title());
        assertEquals("The mayor said the pier was unsafe.\nFishers rejected that.", article.text());
    }

    @Test
    void headlineLineBecomesTheTitle() throws Exception {
        ImportedArticle article = importText("Pier to close next spring\n\nThe mayor said the pier was unsafe.\n\n"
                + "Fishers rejected that.");
        assertEquals("Pier to close next spring", article.title());
        assertEquals("The mayor said the pier was unsafe.\nFishers rejected that.", article.text());
    }

    @Test
    void hardWrappedBlocksBetweenBlankLinesBecomeOneParagraphEach() throws Exception {
        String text = "The mayor said on Tuesday that the old\r\nharbour would close to fishing boats\r\n"
                + "next spring.\r\n\r\n\r\nFishers rejected the closure, saying\r\nit would cost them two hours.\r\n";
        assertEquals("The mayor said on Tuesday that the old harbour would close to fishing boats next spring.\n"
                + "Fishers rejected the closure, saying it would cost them two hours.", importText(text).text());
    }

    @Test
    void byteOrderMarkAndSurroundingSpacesAreDroppedButTypographyIsKept() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "  “It’s over” — she said 😀.  \n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        assertEquals("“It’s over” — she said 😀.", importBytes("b.txt", bytes).text());
    }

    @Test
    void invalidUtf8IsRefusedNamingTheFile() {
        byte[] bytes = {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '.'};
        ArticleImportException e = assertThrows(ArticleImportException.class, () -> importBytes("latin.txt", bytes));
        assertTrue(e.getMessage().matches(".*latin\\.txt: the file is not UTF-8 text.*"), e.getMessage());
    }

    @Test
    void wordDocumentGivesItsParagraphsAndTitle() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Pier to close</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">The mayor said </w:t></w:r><w:r><w:t>the pier was unsafe.</w:t></w:r></w:p>
                <w:p/>
                <w:p><w:r><w:t>Fishers rejected that.</w:t></w:r></w:p>
                </w:body></w:document>
                """;
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        ImportedArticle article = importBytes("story.docx", zipped.toByteArray());
        assertEquals("Pier to close", article.title());
        assertEquals("The mayor said the pier was unsafe.\nFishers rejected that.", article.text());
    }

    @Test
    void brokenWordDocumentIsRefused() throws IOException {
        ArticleImportException e = assertThrows(ArticleImportException.class,
                () -> importBytes("story.docx", "not a zip".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("story.docx: the file is broken or not a Word document"), e.getMessage());
    }
}
