package org.stancemap.draft.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.stancemap.io.Wording;

/**
 * Reads an article from a text file, a saved web page, a PDF or a Word file. Every failure is an
 * {@link ArticleImportException} whose message is one line naming the file and the reason; nothing
 * that is not a regular file is opened, and no more than {@link #MAX_BYTES} (plus one) are read.
 */
public final class ArticleImporter {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final String SUPPORTED = ".txt, .html, .htm, .pdf or .docx";

    public ImportedArticle read(Path file) throws ArticleImportException {
        String name = file.toString();
        Format format = Format.of(file).orElseThrow(() -> new ArticleImportException(
                Wording.format("import.unsupported", name, extensionOf(file), SUPPORTED)));
        byte[] bytes = readBounded(file, name);
        if (bytes.length == 0) {
            throw new ArticleImportException(Wording.format("import.empty", name));
        }
        ImportedArticle article;
        try {
            article = switch (format) {
                case TEXT -> PlainTextImport.read(bytes, name);
                case HTML -> HtmlImport.read(bytes);
                case PDF -> PdfImport.read(bytes, name);
                case DOCX -> DocxImport.read(bytes, name);
            };
        } catch (RuntimeException | StackOverflowError e) {
            throw new ArticleImportException(Wording.format("import.broken", name,
                    Wording.get("import.format." + format.name().toLowerCase(Locale.ROOT)), e.getClass().getSimpleName()));
        }
        if (!Paragraphs.hasUsableText(article.text())) {
            throw new ArticleImportException(Wording.format("import.noText", name));
        }
        return article;
    }

    private static byte[] readBounded(Path file, String name) throws ArticleImportException {
        if (!Files.exists(file)) {
            throw new ArticleImportException(Wording.format("import.missing", name));
        }
        if (Files.isDirectory(file)) {
            throw new ArticleImportException(Wording.format("import.folder", name));
        }
        if (!Files.isRegularFile(file)) {
            throw new ArticleImportException(Wording.format("import.special", name));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                long size = Math.max(bytes.length, sizeOf(file));
                throw new ArticleImportException(Wording.format("import.tooLarge", name, MAX_BYTES / (1024 * 1024),
                        size / (1024 * 1024)));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ArticleImportException(Wording.format("import.missing", name));
        } catch (IOException | SecurityException e) {
            throw new ArticleImportException(Wording.format("import.unreadable", name, e.getClass().getSimpleName()));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String extensionOf(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "(no extension)" : "\"" + fileName.substring(dot) + "\"";
    }

    /** The kinds of file an article can come in, told apart by the name's ending. */
    enum Format {
        TEXT("text file (UTF-8)", ".txt", ".text"),
        HTML("web page", ".html", ".htm", ".xhtml"),
        PDF("PDF", ".pdf"),
        DOCX("Word document (.docx)", ".docx");

        private final String description;
        private final String[] endings;

        Format(String description, String... endings) {
            this.description = description;
            this.endings = endings;
        }

        static Optional<Format> of(Path file) {
            if (file.getFileName() == null) {
                return Optional.empty();
            }
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format format : values()) {
                for (String ending : format.endings) {
                    if (lower.endsWith(ending)) {
                        return Optional.of(format);
                    }
                }
            }
            return Optional.empty();
        }
    }
}
