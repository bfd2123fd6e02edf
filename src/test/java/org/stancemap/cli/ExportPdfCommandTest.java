package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.export.PaperSize;
import org.stancemap.explainer.ExplainerLoader;

/** {@code --export-pdf} from parsing to exit code, without ending the JVM. */
class ExportPdfCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();

    /** Exactly what {@code Main} runs, with the exit code returned instead of exiting. */
    private int main(String... args) {
        PrintStream out = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);
        return CommandLine.run(LaunchOptions.parse(List.of(args)), out, err).orElseThrow();
    }

    private String out() {
        return outBuffer.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBuffer.toString(StandardCharsets.UTF_8);
    }

    private Path defaultExplainerFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            return Files.write(dir.resolve("paris.stancemap.json"), in.readAllBytes());
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void exportsTheBuiltInExplainerAndSaysWhere() throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        assertEquals(0, main("--export-pdf", pdf.toString()));
        assertTrue(out().startsWith("Handout written to " + pdf.toAbsolutePath() + " ("), out());
        assertTrue(out().contains(", a4)."), out());
        assertEquals("", err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(595.2756f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }

    @Test
    void exportsAGivenExplainerOnLetterPaper() throws IOException {
        Path explainer = defaultExplainerFile();
        Path pdf = dir.resolve("letter.pdf");
        assertEquals(0, main("--paper", "letter", "--export-pdf", pdf.toString(), "--explainer", explainer.toString()));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612f, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(792f, doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        assertTrue(out().contains(", letter)."), out());
    }

    @Test
    void aBrokenExplainerExitsOneNamingTheFileAndWritesNothing() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"format\": 1,\n}\n");
        Path pdf = dir.resolve("handout.pdf");
        assertEquals(1, main(broken.toString(), "--export-pdf", pdf.toString()));
        assertTrue(err().startsWith(broken + ":3:1: "), err());
        assertTrue(err().contains("no handout written: the explainer " + broken + " has 1 error."), err());
        assertEquals(List.of(broken), files());
        assertEquals("", out());
    }

    private Path manyScriptsFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/stancemap/export/many-scripts.stancemap.json")) {
            return Files.write(dir.resolve("scripts.stancemap.json"), in.readAllBytes());
        }
    }

    @Test
    void anArticleInArabicHebrewChineseAndEmojiExportsWithItsWords() throws IOException {
        Path pdf = dir.resolve("scripts.pdf");
        assertEquals(0, main(manyScriptsFile().toString(), "--export-pdf", pdf.toString()));
        assertEquals("", err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(doc),
                    java.text.Normalizer.Form.NFKC);
            for (String words : List.of("الماء حق للجميع", "התקציב מוגבל", "我们明年春天可以开始建设 👍")) {
                assertTrue(text.contains(words), words + " missing from\n" + text);
            }
        }
    }

    @Test
    void aCharacterTheHandoutCannotDrawExitsOneNamingItAndWhereItIs() throws IOException {
        Path explainer = manyScriptsFile();
        Files.writeString(explainer, Files.readString(explainer).replace("\"Mayor of Sfax\"", "\"Mayor of Sfax (शांति)\""));
        Path pdf = dir.resolve("scripts.pdf");
        assertEquals(1, main(explainer.toString(), "--export-pdf", pdf.toString()));
        assertTrue(err().contains("“श” (U+0936, DEVANAGARI LETTER SHA) in the role of actor “haddad”, “Mayor of Sfax (शांति)”"),
                err());
        assertFalse(err().contains("Exception"), err());
        assertEquals(List.of(explainer), files());
        assertEquals("", out());
    }

    @Test
    void aMissingExplainerExitsOne() {
        Path missing = dir.resolve("missing.json");
        assertEquals(1, main("--export-pdf", dir.resolve("h.pdf").toString(), missing.toString()));
        assertTrue(err().contains(missing + ": the file does not exist"), err());
    }

    @Test
    void anUnwritableTargetExitsOneNamingTheTargetAndTheProblem() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        Path pdf = notAFolder.resolve("handout.pdf");
        assertEquals(1, main("--export-pdf", pdf.toString()));
        assertTrue(err().startsWith("stancemap: no handout written to " + pdf + ": "), err());
        assertTrue(err().contains("is a file, not a folder"), err());
        assertEquals(List.of(notAFolder), files());
    }

    @Test
    void aSymbolicLinkAsTargetIsRefusedBeforeAnythingIsMade() throws IOException {
        Path real = Files.writeString(dir.resolve("real.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("handout.pdf"), real.getFileName());
        assertEquals(1, main("--export-pdf", link.toString()));
        assertTrue(err().startsWith("stancemap: no handout written to " + link + ": it is a symbolic link to"), err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertEquals("old", Files.readString(real));
    }

    @Test
    void aDeviceNodeAsTargetIsRefusedAndStaysADevice() throws Exception {
        Path node = dir.resolve("handout.pdf");
        Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").redirectErrorStream(true).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mknod.waitFor() == 0 && Files.exists(node),
                "cannot make a device node here (needs root)");
        assertEquals(1, main("--export-pdf", node.toString()));
        assertTrue(err().contains("it is a character device, not a regular file, so Stancemap will not replace it"),
                err());
        assertTrue(!Files.isRegularFile(node, java.nio.file.LinkOption.NOFOLLOW_LINKS), "the node became a file");
    }

    @Test
    void theHandoutMayNotOverwriteItsExplainer() throws IOException {
        Path explainer = defaultExplainerFile();
        byte[] before = Files.readAllBytes(explainer);
        assertEquals(1, main("--export-pdf", explainer.toString(), explainer.toString()));
        assertTrue(err().contains("would overwrite the explainer"), err());
        assertEquals(before.length, Files.readAllBytes(explainer).length);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, main("--export-pdf"));
        assertTrue(err().contains("--export-pdf needs the name of the PDF file to write"), err());
        assertEquals(2, main("--export-pdf", "a.pdf", "--paper", "a3"));
        assertTrue(err().contains("unknown paper size a3 (use a4 or letter)"), err());
        assertEquals(2, main("--paper", "letter"));
        assertEquals(2, main("--export-pdf", "a.pdf", "--validate", "x.json"));
        assertEquals(2, main("--export-pdf", "a.pdf", "--present"));
        assertEquals(2, main("--export-pdf", "a.pdf", "--export-pdf", "b.pdf"));
        assertEquals(2, main("--export-pdf", "a.pdf", "x.json", "y.json"));
        assertFalse(Files.exists(Path.of("a.pdf")));
    }

    @Test
    void optionsAreParsedWhateverTheirOrder() {
        LaunchOptions options = LaunchOptions.parse(List.of("x.json", "--paper", "LETTER", "--export-pdf", "out.pdf"));
        assertEquals(LaunchOptions.Mode.EXPORT_PDF, options.mode());
        assertEquals(Optional.of(Path.of("x.json")), options.explainer());
        assertEquals(Optional.of(Path.of("out.pdf")), options.exportPdf());
        assertEquals(PaperSize.LETTER, options.paper());
        LaunchOptions plain = LaunchOptions.parse(List.of("--export-pdf", "out.pdf"));
        assertEquals(Optional.empty(), plain.explainer());
        assertEquals(PaperSize.A4, plain.paper());
        assertEquals(LaunchOptions.Mode.HELP, LaunchOptions.parse(List.of("--export-pdf", "out.pdf", "--help")).mode());
    }

    @Test
    void helpDescribesTheExport() {
        assertEquals(0, main("--help"));
        assertTrue(out().contains("--export-pdf OUT"));
        assertTrue(out().contains("--paper a4|letter"));
    }

    @Test
    void theWindowModeIsLeftToMain() {
        assertTrue(CommandLine.run(LaunchOptions.parse(List.of()), System.out, System.err).isEmpty());
    }
}
