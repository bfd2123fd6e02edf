package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.testdata.PseudoLanguage;

/**
 * With the logic's bundle replaced by a pseudo-language that wraps each value in ⟦ ⟧, what the
 * command line prints (help, usage errors, checks, exports, drafts, kiosk configs) has no English of
 * its own: only option names, file names and the program's name are left outside the brackets.
 */
class PseudoLocaleCliTest {

    /** Option names, paths of files, JSON paths ($.actors[0].name) and the program's name: no language translates them. */
    private static final Pattern UNTRANSLATED = Pattern.compile("--[a-z-]+|/[^\\s:⟦⟧,()]+|\\$[\\w.\\[\\]]*|stancemap:");
    private static Runnable english;

    @TempDir
    Path dir;

    @BeforeAll
    static void speakThePseudoLanguage() {
        english = PseudoLanguage.speak();
    }

    @AfterAll
    static void speakEnglishAgain() {
        english.run();
    }

    private String run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        CommandLine.run(LaunchOptions.parse(List.of(args)), out, out);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The English words left in {@code printed} once translated text, {@code names} and options are taken out. */
    private List<String> englishIn(String printed, String... names) {
        List<String> found = new ArrayList<>();
        for (String line : printed.lines().toList()) {
            String left = withoutTranslations(line);
            for (String name : names) {
                left = left.replace(name, " ");
            }
            left = left.replace(dir.toString(), " ");
            left = UNTRANSLATED.matcher(left).replaceAll(" ");
            if (PseudoLanguage.hasWord(left)) {
                found.add(line);
            }
        }
        return found;
    }

    private static String withoutTranslations(String text) {
        return String.join(" ", PseudoLanguage.untranslated(text));
    }

    private void assertNoEnglish(String what, String printed, String... names) {
        assertTrue(!printed.isBlank(), what + " printed nothing");
        List<String> english = englishIn(printed, names);
        assertTrue(english.isEmpty(), what + " prints words that are in no bundle:\n  " + String.join("\n  ", english));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] builtIn() throws IOException {
        try (InputStream in = PseudoLocaleCliTest.class.getResourceAsStream(ExplainerLoader.DEFAULT_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void helpAndUsageErrorsAreAllFromTheBundle() {
        String help = run("--help");
        assertTrue(help.strip().startsWith("⟦") && withoutTranslations(help).isBlank(),
                "the whole help is one translated text:\n" + help);
        for (String[] args : List.of(new String[] {"--paper"}, new String[] {"--paper", "a5", "--export-pdf", "x.pdf"},
                new String[] {"--frobnicate"}, new String[] {"--kiosk", "--present"}, new String[] {"--validate"},
                new String[] {"--draft", "a.txt"}, new String[] {"a.json", "b.json"},
                new String[] {"--questions", "9", "--export-pdf", "x.pdf"})) {
            assertNoEnglish(String.join(" ", args), run(args), "a5", "a.txt", "a.json", "b.json", "x.pdf");
        }
    }

    @Test
    void validatingFilesSaysEverythingInTheBundlesWords() throws IOException {
        Path good = write("good.stancemap.json", builtIn());
        Path bad = write("bad.stancemap.json", "{\"format\": 1,".getBytes(StandardCharsets.UTF_8));
        assertNoEnglish("--validate", run("--validate", good.toString(), bad.toString(),
                dir.resolve("missing.json").toString(), dir.toString()));
    }

    @Test
    void exportAndDraftFailuresSayEverythingInTheBundlesWords() throws IOException {
        Path bad = write("bad.stancemap.json", "[]".getBytes(StandardCharsets.UTF_8));
        assertNoEnglish("--export-pdf of a bad explainer", run(bad.toString(), "--export-pdf",
                dir.resolve("out.pdf").toString()));
        assertNoEnglish("--export-pdf into a folder", run("--export-pdf", dir.toString()));
        Path article = write("article.txt", "".getBytes(StandardCharsets.UTF_8));
        assertNoEnglish("--draft of an empty article", run("--draft", article.toString(), "--out",
                dir.resolve("draft.stancemap.json").toString()));
        assertNoEnglish("--draft over its article", run("--draft", article.toString(), "--out", article.toString()));
    }

    @Test
    void checkingAKioskConfigSaysEverythingInTheBundlesWords() throws IOException {
        Path config = write("kiosk.json", "{\"explainer\": \"nowhere.stancemap.json\"}".getBytes(StandardCharsets.UTF_8));
        assertNoEnglish("--kiosk-config --validate", run("--kiosk-config", config.toString(), "--validate"),
                "nowhere.stancemap.json");
        Path empty = write("empty-kiosk.json", "{}".getBytes(StandardCharsets.UTF_8));
        assertNoEnglish("--kiosk-config --validate of the built-in explainer",
                run("--kiosk-config", empty.toString(), "--validate"));
    }
}
