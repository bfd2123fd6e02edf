package org.stancemap.draft.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.stancemap.io.Wording;

/**
 * A PDF with a text layer, read by where its words sit on the page: columns in order, running
 * headers, footers and page numbers left out, lines merged into paragraphs. The headline is a
 * first line set larger than the text; else the document's own title, when it is not a file name.
 */
final class PdfImport {

    private static final int MAX_PAGES = 2000;

    private PdfImport() {
    }

    static ImportedArticle read(byte[] bytes, String name) throws ArticleImportException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new ArticleImportException(Wording.format("import.pdf.tooManyPages", name,
                        document.getNumberOfPages(), MAX_PAGES));
            }
            PdfGlyphs glyphs = new PdfGlyphs();
            List<List<PdfLine>> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                pages.add(glyphs.linesOf(document, page));
            }
            if (pages.stream().allMatch(List::isEmpty)) {
                throw new ArticleImportException(Wording.format(hasImages(document) ? "import.pdf.scanned"
                        : "import.pdf.noText", name));
            }
            List<List<PdfLine>> flows = new ArrayList<>();
            for (List<PdfLine> page : PdfRunningLines.remove(pages)) {
                flows.addAll(PdfReadingOrder.columns(page));
            }
            String title = takeHeadline(flows);
            if (title.isEmpty()) {
                title = documentTitle(document);
            }
            return new ImportedArticle(title, "", "", "", Paragraphs.join(PdfParagraphs.of(flows)));
        } catch (InvalidPasswordException e) {
            throw new ArticleImportException(Wording.format("import.pdf.password", name));
        } catch (IOException e) {
            throw new ArticleImportException(Wording.format("import.pdf.broken", name, firstLine(e)));
        }
    }

    /** Removes and returns the opening lines set clearly larger than the body text, if any. */
    private static String takeHeadline(List<List<PdfLine>> flows) {
        List<Float> sizes = new ArrayList<>();
        flows.forEach(flow -> flow.forEach(line -> sizes.add(line.fontSize())));
        if (flows.isEmpty() || sizes.size() < 3) {
            return "";
        }
        sizes.sort(Float::compare);
        float body = sizes.get(sizes.size() / 2);
        List<PdfLine> first = flows.get(0);
        StringBuilder headline = new StringBuilder();
        while (!first.isEmpty() && first.get(0).fontSize() >= body * 1.3f && headline.length() < 200) {
            headline.append(headline.length() == 0 ? "" : " ").append(first.remove(0).text());
        }
        if (first.isEmpty()) {
            flows.remove(0);
        }
        return Paragraphs.strip(headline.toString());
    }

    private static String documentTitle(PDDocument document) {
        String title = document.getDocumentInformation() == null ? null : document.getDocumentInformation().getTitle();
        if (title == null || title.isBlank() || title.matches("(?i).*(\\.(docx?|pdf|odt|rtf|indd)|microsoft word|untitled).*")) {
            return "";
        }
        return Paragraphs.strip(title);
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName xobject : resources.getXObjectNames()) {
                if (resources.getXObject(xobject) instanceof PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String firstLine(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
