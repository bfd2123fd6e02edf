package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Save dialog of a new explainer proposes a name from its title, beside the article it came from. */
class ProposedFileTest {

    @TempDir
    Path home;

    @Test
    void theTitleBecomesASafeFileName() {
        assertEquals("harbour-plan-splits-the-town.stancemap.json", ProposedFile.nameFor("Harbour plan splits the town"));
        assertEquals("macron-s-plan-a-no-from-kyiv.stancemap.json", ProposedFile.nameFor("Macron’s plan: a “no” from Kyiv?"));
        assertEquals("a-b-c.stancemap.json", ProposedFile.nameFor("a/b\\c"), "no folder separators");
        assertEquals("zurich-cafe.stancemap.json", ProposedFile.nameFor("Zürich café"));
        assertEquals("my-explainer.stancemap.json", ProposedFile.nameFor(" ?*: "), "nothing usable: the old default");
        assertEquals("my-explainer.stancemap.json", ProposedFile.nameFor(null));
    }

    @Test
    void aLongTitleIsShortenedAtAWord() {
        String name = ProposedFile.nameFor("The council said the harbour would close to fishing boats next spring after years of debate");
        assertTrue(name.length() <= ProposedFile.MAX_NAME + ProposedFile.SUFFIX.length(), name);
        assertEquals("the-council-said-the-harbour-would-close-to-fishing-boats.stancemap.json", name);
    }

    @Test
    void theFolderIsTheArticlesElseDocumentsElseHome() throws Exception {
        Path articles = Files.createDirectory(home.resolve("articles"));
        assertEquals(articles, ProposedFile.folderFor(Optional.of(articles), home));
        assertEquals(home, ProposedFile.folderFor(Optional.empty(), home), "no documents folder: home");
        assertEquals(home, ProposedFile.folderFor(Optional.of(home.resolve("gone")), home), "a folder since removed");
        Path documents = Files.createDirectory(home.resolve("Documents"));
        assertEquals(documents, ProposedFile.folderFor(Optional.empty(), home));
    }
}
