package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.io.AtomicFile;
import org.stancemap.model.Explainer;

/** One autosave per explainer being edited: work on one never overwrites the unsaved work on another. */
class RecoveryFolderTest {

    @TempDir
    Path dir;

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    @Test
    void twoExplainersKeepTwoAutosavesAndRemovingOneLeavesTheOther() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir.resolve("recovery"));
        Path a = dir.resolve("a").resolve("lesson.stancemap.json");
        Path b = dir.resolve("b").resolve("lesson.stancemap.json");
        RecoveryFile ofA = folder.forFile(a);
        RecoveryFile ofB = folder.forFile(b);
        assertNotEquals(ofA.explainerFile(), ofB.explainerFile(), "same name in two folders, two autosaves");
        assertEquals(ofA, folder.forFile(dir.resolve("a").resolve(".").resolve("lesson.stancemap.json")),
                "the same file is the same autosave however its path is written");
        assertTrue(ofA.explainerFile().getFileName().toString().startsWith("lesson-"), "named for people looking");

        ofA.save(builtIn(), Optional.of(a), Instant.EPOCH);
        ofB.save(builtIn(), Optional.of(b), Instant.EPOCH.plusSeconds(60));
        RecoveryFile draft = folder.forDraft(RecoveryFolder.newDraftKey());
        draft.save(builtIn(), Optional.empty(), Instant.EPOCH);
        assertEquals(3, folder.all().size(), "each is there: " + folder.all());
        assertEquals(Optional.of(b.toAbsolutePath()), folder.forFile(b).read().orElseThrow().file());

        ofA.remove();
        assertEquals(List.of(ofB, draft).stream().sorted(java.util.Comparator.comparing(RecoveryFile::key)).toList(),
                folder.all(), "removing one leaves the others");
    }

    @Test
    void twoDraftsNeverShareAKeyAndAnEmptyOrMissingFolderHasNone() throws IOException {
        assertNotEquals(RecoveryFolder.newDraftKey(), RecoveryFolder.newDraftKey());
        assertEquals(List.of(), new RecoveryFolder(dir.resolve("not-there")).all());
        assertEquals(List.of(), new RecoveryFolder(dir).all());
    }

    @Test
    void aDamagedAutosaveIsRenamedAsideAndNoLongerListedButKept() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir);
        RecoveryFile good = folder.forDraft("draft-good");
        good.save(builtIn(), Optional.empty(), Instant.EPOCH);
        RecoveryFile bad = folder.forDraft("draft-bad");
        Files.writeString(bad.explainerFile(), "{\"half\": ", StandardCharsets.UTF_8);
        assertEquals(2, folder.all().size());

        AtomicFile.Aside aside = bad.setAside("20261206-083000");
        Path moved = aside.movedTo().orElseThrow(() -> new AssertionError(aside.problem()));
        assertEquals("draft-bad.stancemap.json.damaged-20261206-083000", moved.getFileName().toString());
        assertEquals("{\"half\": ", Files.readString(moved, StandardCharsets.UTF_8), "kept as it was");
        assertFalse(bad.exists());
        assertEquals(List.of(good), folder.all(), "no longer offered; the good one still is");
    }

    @Test
    void theSingleAutosaveOfEarlierVersionsIsStillFoundAndOffered() throws IOException {
        Path folder = dir.resolve("recovery");
        Files.createDirectories(folder);
        Files.write(folder.resolve("editing.stancemap.json"), new ExplainerEncoder().encodeBytes(builtIn()));
        Files.writeString(folder.resolve("editing.about.json"),
                "{\"savedAt\":\"2026-12-01T10:00:00Z\",\"file\":\"/tmp/old.stancemap.json\"}", StandardCharsets.UTF_8);
        List<RecoveryFile> found = new RecoveryFolder(folder).all();
        assertEquals(1, found.size());
        RecoveryFile.Recovered read = found.get(0).read().orElseThrow();
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), read.savedAt());
        assertEquals(Optional.of(Path.of("/tmp/old.stancemap.json")), read.file());
    }

    @Test
    void anAutosaveAnotherRunningProcessOwnsIsNotClaimedUntilThatProcessIsKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process other = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AnotherRunningInstance.class.getName(), dir.toString(), "draft-0000000000aa")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("owned", said.readLine(), "the other process wrote and owns its autosave");
            RecoveryFolder here = new RecoveryFolder(dir);
            RecoveryFile theirs = here.forDraft("draft-0000000000aa");
            assertEquals(List.of(theirs), here.all(), "it is there");
            assertFalse(here.claim(theirs), "but it is the other process's, which is still running");
            assertFalse(here.owns(theirs));

            other.destroyForcibly();
            other.waitFor();
            assertTrue(here.claim(theirs), "killed, it owns nothing: its autosave is this instance's to offer");
            assertTrue(theirs.read().isPresent(), "and the work is all there");
            here.remove(theirs);
            assertEquals(List.of(), here.all());
            try (java.util.stream.Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.toList(), "removed with its lock file");
            }
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void twoInstancesInOneFolderNeverOwnTheSameAutosaveAndLettingGoHandsItOn() throws IOException {
        RecoveryFolder first = new RecoveryFolder(dir);
        RecoveryFolder second = new RecoveryFolder(dir);
        RecoveryFile work = first.forDraft("draft-0000000000bb");
        work.save(builtIn(), Optional.empty(), Instant.EPOCH);
        assertTrue(first.claim(work));
        assertTrue(first.claim(work), "claiming again what it owns is fine");
        assertFalse(second.claim(work), "the first owns it");
        first.release(work);
        assertTrue(work.exists(), "letting go keeps the work");
        assertTrue(second.claim(work), "and the other may have it now");
        assertFalse(first.claim(work));
    }

    @Test
    void aLockThatCannotBeTakenIsNamedWithItsReasonAndChangesNothing() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir);
        RecoveryFile work = folder.forDraft("draft-0000000000cc");
        work.save(builtIn(), Optional.empty(), Instant.EPOCH);
        Files.createDirectory(dir.resolve("draft-0000000000cc.lock"));
        IOException refused = assertThrows(IOException.class, () -> folder.claim(work));
        assertTrue(refused.getMessage().contains(dir.resolve("draft-0000000000cc.lock").toString()),
                "names the lock: " + refused.getMessage());
        assertFalse(refused.getMessage().lines().count() > 1, "one line: " + refused.getMessage());
        assertTrue(work.read().isPresent(), "the work is untouched");
        assertFalse(folder.owns(work));
    }
}
