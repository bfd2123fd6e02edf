package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.ArrayList;
import java.util.Optional;
import org.stancemap.draft.ArticleAnalyser;
import org.stancemap.draft.DraftException;
import org.stancemap.draft.Findings;
import org.stancemap.draft.FoundActor;
import org.stancemap.draft.FoundStatement;
import org.stancemap.draft.TextRange;
import org.stancemap.model.ActorKind;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Status;

class DraftCommandTest {

    static final String ARTICLE = "Bridge vote delayed\n\nAna Lima said that the bridge must close for repairs.\n"
            + "Bo Reyes rejected the closure, calling it rushed.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);

    private int draft(Path article, Path target) {
        return new DraftCommand(new ArticleImporter(), PatternAnalyser::new, out, err).run(article, target);
    }

    private String errors() {
        return errBuffer.toString(StandardCharsets.UTF_8);
    }

    private int runLikeMain(String... args) {
        return CommandLine.run(LaunchOptions.parse(List.of(args)), out, err).orElse(-1);
    }

    private Path article() throws IOException {
        return Files.writeString(dir.resolve("bridge.txt"), ARTICLE);
    }

    @Test
    void draftIsWrittenAndValidatesWithEverythingSuggested() throws IOException {
        Path target = dir.resolve("bridge.stancemap.json");
        assertEquals(0, draft(article(), target), errors());
        LoadResult loaded = new ExplainerLoader().load(target);
        assertTrue(loaded.errors().isEmpty(), loaded.errors().toString());
        assertEquals("Bridge vote delayed", loaded.explainer().get().article().title());
        assertTrue(loaded.explainer().get().stances().stream().allMatch(s -> s.status() == Status.SUGGESTED));
        assertEquals(0, new ValidateCommand(new ExplainerLoader(), out).run(List.of(target)));
        assertTrue(outBuffer.toString(StandardCharsets.UTF_8).startsWith("Draft written to " + target
                + ": 2 actors, 2 stances, 1 link, all marked suggested."), outBuffer.toString(StandardCharsets.UTF_8));
    }

    @Test
    void existingDraftIsReplacedWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("old.stancemap.json"), "x".repeat(100_000));
        assertEquals(0, draft(article(), target), errors());
        assertTrue(new ExplainerLoader().load(target).isValid());
    }

    @Test
    void unreadableArticleExitsOneWithOneLineNamingTheFileAndNothingIsWritten() throws IOException {
        Path target = dir.resolve("out.stancemap.json");
        Path missing = dir.resolve("missing.txt");
        assertEquals(1, draft(missing, target));
        assertEquals("stancemap: " + missing + ": the file does not exist\n", errors());
        assertFalse(Files.exists(target));
    }

    @Test
    void eachImportFailureIsExitOne() throws IOException {
        Path target = dir.resolve("out.stancemap.json");
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path odd = Files.writeString(dir.resolve("odd.odt"), "hello");
        Path words = Files.writeString(dir.resolve("nowords.txt"), "1 2 3");
        for (Path article : List.of(empty, odd, words)) {
            errBuffer.reset();
            assertEquals(1, draft(article, target), article.toString());
            assertEquals(1, errors().lines().count(), errors());
            assertTrue(errors().startsWith("stancemap: " + article + ": "), errors());
        }
        assertFalse(Files.exists(target));
    }

    @Test
    void outputThatIsAFolderOrAPipeIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.stancemap.json"));
        assertEquals(1, draft(article(), folder));
        assertEquals("stancemap: " + folder + ": exists and is not a regular file; choose another name for the draft\n",
                errors());
        Path fifo = dir.resolve("pipe.stancemap.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        errBuffer.reset();
        assertEquals(1, draft(article(), fifo));
        assertTrue(errors().contains("exists and is not a regular file"), errors());
    }

    @Test
    void draftingOverTheArticleItselfIsRefused() throws IOException {
        Path article = article();
        assertEquals(1, draft(article, article));
        assertTrue(errors().contains("would overwrite the article"), errors());
        assertEquals(ARTICLE, Files.readString(article));
    }

    @Test
    void missingAnalyserFailsClearlyAndWritesNothing() throws IOException {
        Path target = dir.resolve("out.stancemap.json");
        int code = new DraftCommand(new ArticleImporter(), () -> {
            throw new DraftException("drafting is not available in this build: the attribution analyser is missing");
        }, out, err).run(article(), target);
        assertEquals(1, code);
        assertEquals("stancemap: " + dir.resolve("bridge.txt") + ": drafting is not available in this build: the"
                + " attribution analyser is missing\n", errors());
        assertFalse(Files.exists(target));
    }

    @Test
    void draftTooLargeForAnExplainerFileIsRefused() throws IOException {
        String text = "Ana Lima said many things about the bridge and the river and the farms. ".repeat(4000);
        Path article = Files.writeString(dir.resolve("long.txt"), text);
        Path target = dir.resolve("long.stancemap.json");
        ArticleAnalyser everything = body -> {
            List<FoundStatement> statements = new ArrayList<>();
            for (int start = 0; start + 2000 < body.length(); start += 40) {
                statements.add(new FoundStatement(0, new TextRange(start, start + 2000), new TextRange(9, 13), "say",
                        false, Optional.empty()));
            }
            return new Findings(List.of(new FoundActor("Ana Lima", ActorKind.PERSON, "", Optional.empty(), List.of(),
                    List.of())), statements);
        };
        int code = new DraftCommand(new ArticleImporter(), () -> everything, out, err).run(article, target);
        assertEquals(1, code);
        assertTrue(errors().matches("stancemap: .*long\\.txt: the draft would be \\d+ MB, more than the 10 MB an"
                + " explainer file may hold; draft a shorter article or a part of it\n"), errors());
        assertFalse(Files.exists(target));
    }

    @Test
    void analyserThatFindsNobodyGivesExitOne() throws IOException {
        Path article = Files.writeString(dir.resolve("quiet.txt"), "Nothing was said by anybody today.");
        assertEquals(1, draft(article, dir.resolve("q.json")));
        assertTrue(errors().contains("no actors were found in the article"), errors());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, runLikeMain("--draft", "a.txt"));
        assertTrue(errors().contains("--draft needs --out"), errors());
        assertEquals(2, runLikeMain("--out", "x.json"));
        assertEquals(2, runLikeMain("--draft"));
        assertEquals(2, runLikeMain("--draft", "a.txt", "--out"));
        assertEquals(2, runLikeMain("--draft", "a.txt", "--out", "x.json", "--present"));
        assertEquals(2, runLikeMain("--draft", "a.txt", "--out", "x.json", "other.json"));
        assertEquals(2, runLikeMain("--draft", "a.txt", "--out", "x.json", "--out", "y.json"));
        assertEquals(2, runLikeMain("--draft", "a.txt", "--outt", "x.json"));
        assertTrue(errors().contains("unknown option --outt"), errors());
    }

    @Test
    void parsedDraftOptionsNameTheArticleAndTheOutput() {
        LaunchOptions options = LaunchOptions.parse(List.of("--out", "d.stancemap.json", "--draft", "a.html"));
        assertEquals(LaunchOptions.Mode.DRAFT, options.mode());
        assertEquals(Path.of("a.html"), options.draft().orElseThrow().article());
        assertEquals(Path.of("d.stancemap.json"), options.draft().get().out());
    }

    @Test
    void helpDocumentsDraft() {
        assertEquals(0, runLikeMain("--help"));
        String help = outBuffer.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--draft ARTICLE --out DRAFT.stancemap.json"), help);
    }
}
