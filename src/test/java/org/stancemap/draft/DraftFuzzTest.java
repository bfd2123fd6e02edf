package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.draft.importer.ArticleImportException;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.draft.importer.ImportedArticle;

/**
 * Random and mutated pages and texts through import and assembly: every run ends in a valid draft
 * or in one of the two expected refusals (the article cannot be read; nobody to draft), never in
 * another exception, a hang or an invalid file. Seeds are fixed, so a failure can be replayed.
 */
class DraftFuzzTest {

    private static final int RUNS = 150;
    private static final String PIECES = "<p> </p> <div class=\"share\"> </div> <article> </article> <script>x</script>"
            + " “ ” ‘ ’ \" ' — – - 😀 𝄞 \r\n \n\n \t said rejected welcomed However, But Ana Lima Bo Reyes . , : ;"
            + " <h1> </h1> <li> <blockquote> &amp; &lt; &#x1F600; <!-- --> <br> \u00AD \u2028 \u0000 é";

    @TempDir
    Path dir;

    private int drafts;
    private int refusals;

    @Test
    void mutatedWebPagesNeverBreakTheDrafter() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int seed = 0; seed < RUNS; seed++) {
                Random random = new Random(seed);
                draftBoth(seed, "page.html", mutate(TestArticles.HTML, random).getBytes(StandardCharsets.UTF_8));
            }
        });
        assertTrue(drafts > RUNS / 4, "most mutated pages should still give a draft: " + drafts);
    }

    @Test
    void mutatedAndRandomTextsNeverBreakTheDrafter() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int seed = 0; seed < RUNS; seed++) {
                Random random = new Random(1000 + seed);
                byte[] bytes = seed % 5 == 0 ? randomBytes(random)
                        : mutate(TestArticles.TEXT, random).getBytes(StandardCharsets.UTF_8);
                draftBoth(seed, "article.txt", bytes);
            }
        });
        assertTrue(refusals > 0 && drafts > RUNS / 4, drafts + " drafts, " + refusals + " refusals");
    }

    /** The same article with the pattern analyser and with one that reports nonsense. */
    private void draftBoth(int seed, String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        ImportedArticle article;
        try {
            article = new ArticleImporter().read(file);
        } catch (ArticleImportException e) {
            assertTrue(e.getMessage().startsWith(file + ": ") && e.getMessage().lines().count() == 1, e.getMessage());
            refusals++;
            return;
        }
        for (ArticleAnalyser analyser : new ArticleAnalyser[] {new PatternAnalyser(), new ChaosAnalyser(seed)}) {
            try {
                DraftChecks.assertValid(new DraftAssembler().assemble(article, analyser.analyse(article.text())));
                drafts++;
            } catch (DraftException e) {
                refusals++;
            } catch (RuntimeException | AssertionError e) {
                fail("seed " + seed + " (" + name + ", " + analyser.getClass().getSimpleName() + "): " + e, e);
            }
        }
    }

    private static String mutate(String base, Random random) {
        StringBuilder text = new StringBuilder(base);
        for (int edits = 1 + random.nextInt(12); edits > 0; edits--) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + random.nextInt(40)));
                case 1 -> {
                    int from = random.nextInt(text.length() + 1);
                    String copy = text.substring(from, Math.min(text.length(), from + random.nextInt(80)));
                    text.insert(at, copy);
                }
                case 2 -> {
                    String[] pieces = PIECES.split(" ");
                    text.insert(at, pieces[random.nextInt(pieces.length)]);
                }
                default -> text.insert(at, (char) random.nextInt(0x3000));
            }
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        return bytes;
    }
}
