package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.edit.EditHistory;
import org.stancemap.edit.ItemEdits;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.RecoveryFile;
import org.stancemap.explainer.RecoveryFolder;
import org.stancemap.model.Explainer;

/**
 * The autosave keeps each explainer's unsaved work apart: editing B after A was killed leaves A's
 * autosave as it was, and a save removes only the saved work's own autosave.
 */
class AutosaveTest {

    @TempDir
    Path dir;

    private Runnable tick = () -> { };

    private Autosave autosave(RecoveryFolder folder) {
        return new Autosave(folder, Clock.fixed(Instant.parse("2026-12-06T08:30:00Z"), ZoneOffset.UTC),
                (period, what) -> {
                    tick = what;
                    return () -> tick = () -> { };
                }, Runnable::run, (text, problem) -> { });
    }

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    @Test
    void editingAnotherExplainerAfterAKillLeavesTheFirstOnesWorkAlone() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir.resolve("recovery"));
        Path a = dir.resolve("a.stancemap.json");
        Path b = dir.resolve("b.stancemap.json");
        EditHistory onA = new EditHistory(builtIn());
        onA.apply(ItemEdits.addGlossaryEntry("alpha", "A word of the first lesson."));
        Autosave first = autosave(folder);
        first.watch(onA, () -> Optional.of(a));
        tick.run();
        String workOnA = new ExplainerEncoder().encode(onA.current());

        // Killed. The next run edits B.
        EditHistory onB = new EditHistory(builtIn());
        onB.apply(ItemEdits.addGlossaryEntry("beta", "A word of the second lesson."));
        Autosave second = autosave(folder);
        second.watch(onB, () -> Optional.of(b));
        tick.run();

        assertEquals(2, folder.all().size(), "two autosaves: " + folder.all());
        assertEquals(workOnA, new ExplainerEncoder().encode(folder.forFile(a).read().orElseThrow().explainer()),
                "A's unsaved work is as it was");
        second.saved();
        assertEquals(List.of(folder.forFile(a)), folder.all(), "saving B removes B's autosave only");
    }

    @Test
    void aDraftSavedForTheFirstTimeTakesItsAutosaveAlongToItsFile() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir);
        EditHistory draft = new EditHistory(builtIn());
        draft.apply(ItemEdits.addGlossaryEntry("alpha", "A word."));
        Optional<Path>[] file = new Optional[] {Optional.empty()};
        Autosave saver = autosave(folder);
        saver.watch(draft, () -> file[0]);
        tick.run();
        List<RecoveryFile> before = folder.all();
        assertEquals(1, before.size());
        assertTrue(before.get(0).key().startsWith("draft-"), "a draft never saved has a key of its own");

        file[0] = Optional.of(dir.resolve("lesson.stancemap.json"));
        draft.markSaved();
        saver.saved();
        assertEquals(List.of(), folder.all(), "the clean save removed the draft's autosave");
        draft.apply(ItemEdits.addGlossaryEntry("beta", "Another word."));
        tick.run();
        assertEquals(List.of(folder.forFile(file[0].orElseThrow())), folder.all(), "now kept by its file");
    }

    @Test
    void restoredWorkGoesOnInTheAutosaveItCameFromAndLeavesNoCopy() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir);
        RecoveryFile old = folder.forDraft("draft-0123456789ab");
        old.save(builtIn(), Optional.empty(), Instant.EPOCH);
        EditHistory restored = new EditHistory(builtIn());
        Autosave saver = autosave(folder);
        saver.watch(restored, Optional::empty);
        saver.adopt(old);
        restored.apply(ItemEdits.addGlossaryEntry("alpha", "A word."));
        tick.run();
        assertEquals(List.of(old), folder.all(), "written over the autosave it came from");
        assertTrue(folder.forDraft("draft-0123456789ab").read().orElseThrow().explainer().glossary().stream()
                .anyMatch(g -> g.term().equals("alpha")));
        saver.stop();
        assertFalse(old.exists(), "closed without saving on purpose: its autosave goes");
    }

    @Test
    void twoRunningInstancesEditingOneFileNeverOverwriteOrRemoveEachOthersWork() throws IOException {
        Path a = dir.resolve("a.stancemap.json");
        RecoveryFolder inFirst = new RecoveryFolder(dir.resolve("recovery"));
        RecoveryFolder inSecond = new RecoveryFolder(dir.resolve("recovery"));
        EditHistory firstWork = new EditHistory(builtIn());
        firstWork.apply(ItemEdits.addGlossaryEntry("alpha", "The first window's word."));
        Autosave first = autosave(inFirst);
        first.watch(firstWork, () -> Optional.of(a));
        tick.run();
        String firstWritten = new ExplainerEncoder().encode(firstWork.current());

        EditHistory secondWork = new EditHistory(builtIn());
        secondWork.apply(ItemEdits.addGlossaryEntry("beta", "The second window's word."));
        Autosave second = autosave(inSecond);
        second.watch(secondWork, () -> Optional.of(a));
        tick.run();

        assertEquals(firstWritten, new ExplainerEncoder().encode(inFirst.forFile(a).read().orElseThrow().explainer()),
                "the first window's autosave is not overwritten");
        List<RecoveryFile> all = inFirst.all();
        assertEquals(2, all.size(), "the second window's work has an autosave of its own: " + all);
        RecoveryFile secondsOwn = all.stream().filter(f -> !f.equals(inFirst.forFile(a))).findFirst().orElseThrow();
        assertEquals(Optional.of(a.toAbsolutePath()), secondsOwn.read().orElseThrow().file(),
                "which still says the file it belongs to");

        second.stop();
        assertEquals(List.of(inFirst.forFile(a)), inFirst.all(), "closing the second removes its own only");
        first.saved();
        assertEquals(List.of(), inFirst.all());
    }

    @Test
    void workLeftForOtherWorkKeepsItsAutosaveButNoLongerLocksItFromAnotherInstance() throws IOException {
        Path a = dir.resolve("a.stancemap.json");
        RecoveryFolder here = new RecoveryFolder(dir.resolve("recovery"));
        RecoveryFolder elsewhere = new RecoveryFolder(dir.resolve("recovery"));
        EditHistory onA = new EditHistory(builtIn());
        onA.apply(ItemEdits.addGlossaryEntry("alpha", "A word left unsaved."));
        Autosave saver = autosave(here);
        saver.watch(onA, () -> Optional.of(a));
        tick.run();
        RecoveryFile ofA = here.forFile(a);
        assertTrue(here.owns(ofA), "this window's work, autosaved and locked");

        // The window turns to other work (a review of another draft, say) without closing A's.
        EditHistory other = new EditHistory(builtIn());
        saver.watch(other, Optional::empty);

        assertTrue(ofA.exists(), "A's work was neither saved nor given up: its autosave stays");
        assertFalse(here.owns(ofA), "but it is no longer this window's");
        assertTrue(elsewhere.claim(ofA), "so another running Stancemap may offer it");
        assertTrue(elsewhere.forFile(a).read().orElseThrow().explainer().glossary().stream()
                .anyMatch(g -> g.term().equals("alpha")), "with the work in it");
    }

    @Test
    void savingOrClosingTheWorkRemovesItsAutosaveAndItsLock() throws IOException {
        Path recovery = dir.resolve("recovery");
        RecoveryFolder here = new RecoveryFolder(recovery);
        for (boolean closed : new boolean[] {false, true}) {
            EditHistory work = new EditHistory(builtIn());
            work.apply(ItemEdits.addGlossaryEntry("alpha", "A word."));
            Autosave saver = autosave(here);
            saver.watch(work, Optional::empty);
            tick.run();
            RecoveryFile written = here.all().get(0);
            if (closed) {
                saver.stop();
            } else {
                work.markSaved();
                saver.saved();
            }
            assertFalse(written.exists(), closed ? "closed" : "saved");
            assertFalse(here.owns(written), "let go");
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(recovery)) {
                assertEquals(List.of(), left.toList(), "nothing left, lock file included");
            }
        }
    }

    @Test
    void anAutosaveThatCouldNotBeWrittenIsNotKeptLocked() throws IOException {
        Path a = dir.resolve("a.stancemap.json");
        RecoveryFolder here = new RecoveryFolder(dir.resolve("recovery"));
        RecoveryFile ofA = here.forFile(a);
        // Something in the way of the autosave's file: the write fails after the lock was taken.
        java.nio.file.Files.createDirectories(ofA.explainerFile().resolve("in-the-way"));
        EditHistory onA = new EditHistory(builtIn());
        onA.apply(ItemEdits.addGlossaryEntry("alpha", "A word."));
        Autosave saver = new Autosave(here, Clock.fixed(Instant.parse("2026-12-06T08:30:00Z"), ZoneOffset.UTC),
                (period, what) -> {
                    tick = what;
                    return () -> tick = () -> { };
                }, write -> {
                    try {
                        write.run();
                    } catch (IllegalStateException toolkitNotStarted) {
                        // The failure is told on the FX thread, which this test need not start.
                    }
                }, (text, problem) -> { });
        saver.watch(onA, () -> Optional.of(a));
        tick.run();
        assertFalse(ofA.exists());
        assertFalse(here.owns(ofA), "a failed first write keeps no lock");
        assertTrue(new RecoveryFolder(dir.resolve("recovery")).claim(ofA), "another instance could take it");
    }

    @Test
    void aReviewsWorkHandedToTheEditorKeepsItsAutosaveThroughTheHandOver() throws IOException {
        RecoveryFolder folder = new RecoveryFolder(dir.resolve("recovery"));
        EditHistory draft = new EditHistory(builtIn());
        draft.apply(ItemEdits.addGlossaryEntry("alpha", "A word accepted in the review."));
        Autosave saver = autosave(folder);
        saver.watch(draft, Optional::empty);
        tick.run();
        List<RecoveryFile> inReview = folder.all();
        assertEquals(1, inReview.size(), "the review's draft is autosaved: " + inReview);

        // Ctrl+E: the review closes and the editor goes on with the same work.
        saver.handOver(draft);
        saver.stop();
        assertEquals(inReview, folder.all(), "no moment without the draft's autosave");
        saver.watch(draft, Optional::empty);
        draft.apply(ItemEdits.addGlossaryEntry("beta", "A word added in the editor."));
        tick.run();
        assertEquals(inReview, folder.all(), "the editor goes on in the same autosave, not a second one");
        assertEquals(new ExplainerEncoder().encode(draft.current()),
                new ExplainerEncoder().encode(inReview.get(0).read().orElseThrow().explainer()));

        saver.stop();
        assertTrue(folder.all().isEmpty(), "closing the editor without a hand-over removes it: " + folder.all());
    }

    @Test
    void aPeriodAskedForByHandIsUsedWhenSensible() {
        String was = System.getProperty(Autosave.PERIOD_PROPERTY);
        try {
            System.setProperty(Autosave.PERIOD_PROPERTY, "3");
            assertEquals(java.time.Duration.ofSeconds(3), Autosave.configuredPeriod());
            System.setProperty(Autosave.PERIOD_PROPERTY, "0");
            assertEquals(Autosave.PERIOD, Autosave.configuredPeriod(), "no autosave storm");
            System.setProperty(Autosave.PERIOD_PROPERTY, "soon");
            assertEquals(Autosave.PERIOD, Autosave.configuredPeriod());
        } finally {
            if (was == null) {
                System.clearProperty(Autosave.PERIOD_PROPERTY);
            } else {
                System.setProperty(Autosave.PERIOD_PROPERTY, was);
            }
        }
    }
}
