package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.edit.ItemEdits;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.RecoveryFile;
import org.stancemap.explainer.RecoveryFolder;
import org.stancemap.model.Explainer;
import org.stancemap.ui.BackgroundWork;
import org.stancemap.ui.MainView;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.UiTestBase;
import org.stancemap.ui.state.AppState;

/**
 * Crash recovery: a teacher reviews a draft, the autosave runs, the app is killed before they save;
 * the next start offers the work back naming it and the time, Restore brings back every change as
 * unsaved work, and saving it removes the autosave.
 */
class RecoveryUiTest extends UiTestBase {

    private static final Instant NOW = Instant.parse("2026-12-06T08:30:00Z");

    @TempDir
    Path dir;

    /** Ticks when the test says so: no waiting half a minute. */
    private static final class HandTicker implements Autosave.Ticker {
        Runnable tick = () -> { };
        Duration period;
        boolean stopped;

        @Override
        public Runnable every(Duration every, Runnable what) {
            period = every;
            tick = what;
            stopped = false;
            return () -> stopped = true;
        }
    }

    @Test
    void autosavedWorkSurvivesAKillAndIsRestored() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("data").resolve("recovery"));
        HandTicker ticker = new HandTicker();
        fxRun(() -> view.drafting().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), ticker,
                Runnable::run, state::notify)));
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        assertEquals(Autosave.PERIOD, ticker.period, "every 30 seconds");
        fxRun(ticker.tick);
        assertFalse(exists(recovery), "nothing changed yet, so nothing is written");

        waitUntil("the keyboard is in the suggestions", () -> review.lookup("#review-list").isFocused());
        type(KeyCode.ENTER);
        type(KeyCode.DELETE);
        waitUntil("two suggestions handled", () -> review.history().canUndo());
        fxRun(ticker.tick);
        assertTrue(exists(recovery), "the autosave is written");
        Explainer edited = fx(() -> review.history().current());

        // Killed here: nothing is closed or saved. The next start uses the same data folder.
        try (SecondStart next = new SecondStart(recovery, 1024, 700, false)) {
            MainView second = next.view;
            AppState secondState = next.state;
            RecoveryOffer offer = next.offer();
            String question = fx(() -> offer.shown().orElseThrow().text());
            assertTrue(question.contains("Bridge plan splits the valley"), question);
            assertTrue(question.contains(Messages.get("recovery.neverSaved")), question);
            assertTrue(question.contains("2026"), "names when it was saved: " + question);

            clickOn("#recovery-restore-0");
            waitUntil("the work is back on screen", () -> secondState.getExplainer() != null
                    && encoded(secondState.getExplainer()).equals(encoded(edited)));
            DraftReviewPane restored = fx(() -> (DraftReviewPane) second.lookup("#draft-review"));
            assertTrue(fx(() -> restored.history().isModified()), "restored work shows as not saved yet");

            Path target = dir.resolve("bridge.stancemap.json");
            fxRun(() -> restored.saveTo(target));
            assertFalse(exists(recovery), "a clean save removes the autosave");
            LoadResult saved = new ExplainerLoader().load(target);
            assertTrue(saved.isValid(), () -> "the saved file validates: " + saved.problems());
            assertEquals(encoded(edited), encoded(saved.explainer().orElseThrow()), "nothing was lost");
        }
    }

    @Test
    void closingAfterSavingStopsTheAutosaveAndLeavesNoFile() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        HandTicker ticker = new HandTicker();
        fxRun(() -> view.drafting().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), ticker,
                Runnable::run, state::notify)));
        Explainer draft = BridgeDraft.draftIn(dir);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the keyboard is in the suggestions", () -> review.lookup("#review-list").isFocused());
        type(KeyCode.ENTER);
        waitUntil("accepted", () -> review.history().canUndo());
        fxRun(ticker.tick);
        assertTrue(exists(recovery));
        fxRun(() -> review.saveTo(dir.resolve("saved.stancemap.json")));
        fxRun(review::close);
        assertFalse(exists(recovery), "no autosave after a clean save and close");
        assertTrue(ticker.stopped, "the autosave stops with the review");
    }

    @Test
    void aReviewTakenIntoTheEditorKeepsItsAutosaveWithNoGapBeforeTheNextTick() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        HandTicker ticker = new HandTicker();
        autosaveReviewsAndEdits(recovery, ticker);
        DraftReviewPane review = fx(() -> view.drafting().review(BridgeDraft.draftIn(dir), Optional.empty()));
        waitUntil("the keyboard is in the suggestions", () -> review.lookup("#review-list").isFocused());
        type(KeyCode.ENTER);
        waitUntil("accepted", () -> review.history().canUndo());
        fxRun(ticker.tick);
        var autosaved = recovery.all();
        assertEquals(1, autosaved.size(), "the review's work is autosaved");

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor takes the review's work", () -> byId("explainer-editor") != null
                && byId("draft-review") == null);
        // Killed now, before the editor's first tick: the accepted suggestion must still be on disk.
        assertEquals(autosaved, recovery.all(), "the same autosave, still there");
        assertEquals(encoded(review.history().current()),
                encoded(autosaved.get(0).read().orElseThrow().explainer()), "with the accepted suggestion in it");
        assertFalse(ticker.stopped, "and the editor's work goes on being autosaved");
    }

    @Test
    void handEditsAreAutosavedTooAndComeBackInTheEditor() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("data").resolve("recovery"));
        HandTicker ticker = new HandTicker();
        autosaveReviewsAndEdits(recovery, ticker);
        Path file = dir.resolve("valley.stancemap.json");
        new ExplainerEncoder().write(explainer, file);
        fxRun(() -> state.open(explainer, Optional.of(file)));
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil("the editor opens", () -> byId("explainer-editor") != null);
        ExplainerEditor editor = (ExplainerEditor) byId("explainer-editor");
        assertEquals(Autosave.PERIOD, ticker.period, "the hand editor's work is autosaved every 30 seconds too");
        fxRun(() -> editor.session().apply(ItemEdits.addGlossaryEntry("dialogue", "Talks between the two sides.")));
        fxRun(ticker.tick);
        assertTrue(exists(recovery), "the autosave is written");
        Explainer edited = fx(() -> editor.session().current());

        // Killed here. The next start finds the work and brings it back in the editor, not the review.
        try (SecondStart next = new SecondStart(recovery, 1280, 800, true)) {
            MainView second = next.view;
            AppState secondState = next.state;
            RecoveryOffer offer = next.offer();
            assertTrue(fx(() -> offer.shown().orElseThrow().text()).contains(file.toString()),
                    "it names the file the work belongs to");
            clickOn("#recovery-restore-0");
            waitUntil("the work is back in the editor", () -> second.lookup("#explainer-editor") != null
                    && encoded(secondState.getExplainer()).equals(encoded(edited)));
            ExplainerEditor restored = fx(() -> (ExplainerEditor) second.lookup("#explainer-editor"));
            assertTrue(fx(() -> restored.session().history().isModified()), "as unsaved work");
            assertEquals(Optional.of(file), fx(() -> restored.session().file()), "Save writes the file it came from");
            fxRun(() -> restored.session().undo());
            assertEquals(encoded(explainer), encoded(fx(secondState::getExplainer)), "one undo goes back to the saved file");
            fxRun(() -> restored.session().redo());
            fxRun(() -> restored.saveTo(file));
            assertFalse(exists(recovery), "a clean save removes the autosave");
            assertEquals(encoded(edited), encoded(new ExplainerLoader().load(file).explainer().orElseThrow()),
                    "nothing was lost");
        }
    }

    /**
     * The app started again after a kill, on the same data folder: a window of its own with its own
     * state and background work, autosaving the review's work (or, with {@code handEdits}, the
     * editor's) and able to offer back what the killed one left.
     */
    private final class SecondStart implements AutoCloseable {
        final BackgroundWork work = new BackgroundWork();
        final MainView view;
        final AppState state;
        private final RecoveryFolder recovery;
        private final boolean handEdits;

        SecondStart(RecoveryFolder recovery, double width, double height, boolean handEdits) {
            this.recovery = recovery;
            this.handEdits = handEdits;
            view = fx(() -> {
                Stage window = new Stage();
                MainView made = StancemapApp.createMainView(window, new AppState(), work, LOADS);
                window.setWidth(width);
                window.setHeight(height);
                window.show();
                return made;
            });
            state = fx(() -> stateOf(view));
            fxRun(() -> {
                Autosave autosave = new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), new HandTicker(),
                        Runnable::run, state::notify);
                if (handEdits) {
                    view.editing().useAutosave(autosave);
                } else {
                    view.drafting().useAutosave(autosave);
                }
            });
        }

        /** The offer of the autosaved work, once it is on screen. */
        RecoveryOffer offer() {
            RecoveryOffer offer = fx(() -> {
                RecoveryOffer made = new RecoveryOffer(recovery, work.loading(), () -> view.getScene().getWindow(),
                        view.drafting(), state, ZoneOffset.UTC);
                return handEdits ? made.alsoEditing(view.editing()) : made;
            });
            fxRun(offer::offerIfAny);
            waitUntil("the next start asks about the unsaved work", () -> offer.shown().isPresent());
            return offer;
        }

        @Override
        public void close() {
            work.close();
        }
    }

    @Test
    void twoExplainersUnsavedWorkIsOfferedApartAndRestoringOneKeepsTheOther() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        Path a = dir.resolve("a").resolve("lesson.stancemap.json");
        Path b = dir.resolve("b").resolve("lesson.stancemap.json");
        Explainer lessonA = titled("Lesson A on the summit");
        Explainer lessonB = titled("Lesson B on the summit");
        java.nio.file.Files.createDirectories(a.getParent());
        java.nio.file.Files.createDirectories(b.getParent());
        new ExplainerEncoder().write(lessonA, a);
        new ExplainerEncoder().write(lessonB, b);
        Explainer workOnA = withTerm(lessonA, "alpha");
        Explainer workOnB = withTerm(lessonB, "beta");
        recovery.forFile(a).save(workOnA, Optional.of(a), NOW);
        recovery.forFile(b).save(workOnB, Optional.of(b), NOW.plusSeconds(60));
        RecoveryFile broken = recovery.forDraft("draft-broken");
        java.nio.file.Files.writeString(broken.explainerFile(), "{\"article\": {\"title\": \"half writ");

        fxRun(() -> view.editing().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC),
                new HandTicker(), Runnable::run, state::notify)));
        RecoveryOffer offer = fx(() -> new RecoveryOffer(recovery, work.loading(), () -> stage, view.drafting(),
                state, ZoneOffset.UTC).alsoEditing(view.editing()));
        fxRun(offer::offerIfAny);
        waitUntil("the start asks about the unsaved work", () -> offer.shown().isPresent());
        String question = fx(() -> offer.shown().orElseThrow().text());
        assertTrue(question.contains("Lesson A on the summit") && question.contains(a.toString()), question);
        assertTrue(question.contains("Lesson B on the summit") && question.contains(b.toString()), question);
        assertTrue(question.indexOf("Lesson B") < question.indexOf("Lesson A"), "the newest first: " + question);

        // The damaged one is named, and kept under another name rather than deleted.
        assertTrue(question.contains(broken.explainerFile().toString()), "names the damaged autosave: " + question);
        Path aside;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(recovery.folder())) {
            aside = files.filter(f -> f.getFileName().toString().startsWith("draft-broken.stancemap.json.damaged-"))
                    .findFirst().orElseThrow(() -> new AssertionError("the damaged autosave is kept aside"));
        }
        assertTrue(question.contains(aside.getFileName().toString()), "says where it went: " + question);
        assertEquals("{\"article\": {\"title\": \"half writ", java.nio.file.Files.readString(aside), "as it was");
        assertFalse(broken.exists(), "no longer offered");

        clickOn("#recovery-restore-1");
        waitUntil("A's work is back in the editor", () -> view.lookup("#explainer-editor") != null
                && encoded(state.getExplainer()).equals(encoded(workOnA)));
        ExplainerEditor restored = fx(() -> (ExplainerEditor) view.lookup("#explainer-editor"));
        assertTrue(fx(() -> restored.session().history().isModified()), "as unsaved work");
        assertEquals(encoded(workOnB), encoded(recovery.forFile(b).read().orElseThrow().explainer()),
                "B's unsaved work is kept for later");

        fxRun(() -> restored.saveTo(a));
        assertFalse(recovery.forFile(a).exists(), "saving A removes A's autosave");
        assertTrue(recovery.forFile(b).exists(), "and only A's");
    }

    @Test
    void discardDeletesOnlyThatExplainersAutosave() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        RecoveryFile first = recovery.forDraft("draft-aaaaaaaaaaaa");
        RecoveryFile second = recovery.forDraft("draft-bbbbbbbbbbbb");
        first.save(withTerm(titled("First draft"), "alpha"), Optional.empty(), NOW.plusSeconds(60));
        second.save(withTerm(titled("Second draft"), "beta"), Optional.empty(), NOW);
        RecoveryOffer offer = fx(() -> new RecoveryOffer(recovery, work.loading(), () -> stage, view.drafting(),
                state, ZoneOffset.UTC).alsoEditing(view.editing()));
        fxRun(offer::offerIfAny);
        waitUntil("both are offered", () -> offer.shown().isPresent());
        assertTrue(fx(() -> offer.shown().orElseThrow().text()).contains(Messages.get("recovery.neverSaved")));
        clickOn("#recovery-discard-0");
        waitUntil("the first draft's autosave goes", () -> !first.exists());
        assertTrue(second.exists(), "the other stays");
        assertTrue(fx(() -> offer.shown().isPresent() && !offer.shown().get().text().contains("First draft")),
                "the question goes on about the other one");
        clickOn("#recovery-later");
        waitUntil("Decide later closes the question", () -> offer.shown().isEmpty());
        assertTrue(second.exists(), "and keeps it for the next start");
    }

    @Test
    void aSecondRunningStancemapOffersOnlyWorkNoRunningOneOwns() throws Exception {
        Path folder = dir.resolve("recovery");
        Path live = dir.resolve("live.stancemap.json");
        RecoveryFolder inFirst = new RecoveryFolder(folder);
        HandTicker firstTicks = new HandTicker();
        Autosave first = new Autosave(inFirst, Clock.fixed(NOW, ZoneOffset.UTC), firstTicks, Runnable::run,
                (text, problem) -> { });
        org.stancemap.edit.EditHistory beingEdited = new org.stancemap.edit.EditHistory(titled("Lesson still open"));
        beingEdited.apply(ItemEdits.addGlossaryEntry("alpha", "A word the lesson explains."));
        fxRun(() -> {
            first.watch(beingEdited, () -> Optional.of(live));
            firstTicks.tick.run();
        });
        String liveWork = encoded(beingEdited.current());
        RecoveryFile killed = inFirst.forDraft("draft-0000000000dd");
        killed.save(withTerm(titled("Lesson of a killed window"), "beta"), Optional.empty(), NOW);

        // A second Stancemap starts while the first is still editing.
        RecoveryFolder inSecond = new RecoveryFolder(folder);
        RecoveryOffer offer = fx(() -> new RecoveryOffer(inSecond, work.loading(), () -> stage, view.drafting(),
                state, ZoneOffset.UTC).alsoEditing(view.editing()));
        fxRun(offer::offerIfAny);
        waitUntil("the killed window's work is offered", () -> offer.shown().isPresent());
        String question = fx(() -> offer.shown().orElseThrow().text());
        assertTrue(question.contains("Lesson of a killed window"), question);
        assertFalse(question.contains("Lesson still open"), "the running window's work is its own: " + question);
        assertFalse(fx(() -> offer.shown().orElseThrow().dialog().getDialogPane().lookup("#recovery-restore-1")
                != null), "one offered");

        clickOn("#recovery-later");
        waitUntil("Decide later lets the offered work go", () -> !inSecond.owns(killed));
        assertTrue(killed.exists(), "kept for the next start");
        assertEquals(liveWork, encoded(inFirst.forFile(live).read().orElseThrow().explainer()),
                "the running window's autosave is as it wrote it");
        fxRun(first::saved);
        assertFalse(inFirst.forFile(live).exists(), "and its own save still removes it");
    }

    @Test
    void anAutosaveWhoseOwnerCannotBeToldIsNamedAndLeftAsItIs() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        RecoveryFile unclear = recovery.forDraft("draft-0000000000ee");
        unclear.save(withTerm(titled("Lesson behind a broken lock"), "alpha"), Optional.empty(), NOW);
        java.nio.file.Files.createDirectory(recovery.folder().resolve("draft-0000000000ee.lock"));
        String before = java.nio.file.Files.readString(unclear.explainerFile());
        RecoveryOffer offer = fx(() -> new RecoveryOffer(recovery, work.loading(), () -> stage, view.drafting(),
                state, ZoneOffset.UTC));
        fxRun(offer::offerIfAny);
        waitUntil("the start says what it could not check", () -> offer.shown().isPresent());
        String question = fx(() -> offer.shown().orElseThrow().text());
        assertTrue(question.contains(unclear.explainerFile().toString()) && question.contains("draft-0000000000ee.lock"),
                "names the autosave and its lock: " + question);
        assertFalse(question.contains("Lesson behind a broken lock"), "not offered for restoring: " + question);
        assertEquals(before, java.nio.file.Files.readString(unclear.explainerFile()), "left as it is");
        clickOn("#recovery-later");
        waitUntil("OK closes it", () -> offer.shown().isEmpty());
        assertTrue(unclear.exists());
    }

    @Test
    void theQuestionStaysCentredOnItsWindowWithItsTitleWhenTheWindowManagerThrowsItToTheCorner() throws Exception {
        RecoveryFolder recovery = new RecoveryFolder(dir.resolve("recovery"));
        recovery.forDraft("draft-0000000000ff").save(withTerm(titled("Lesson left open"), "alpha"), Optional.empty(), NOW);
        Stage window = fx(() -> {
            Stage made = new Stage();
            made.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 900, 640));
            made.setX(180);
            made.setY(90);
            made.show();
            return made;
        });
        RecoveryOffer offer = fx(() -> new RecoveryOffer(recovery, work.loading(), () -> window, view.drafting(),
                state, ZoneOffset.UTC));
        fxRun(offer::offerIfAny);
        waitUntil("the question shows", () -> offer.shown().isPresent() && offer.shown().get().dialog().isShowing());
        javafx.stage.Window question = fx(() -> offer.shown().orElseThrow().dialog().getDialogPane().getScene().getWindow());
        assertEquals(Messages.get("recovery.title"), fx(() -> ((Stage) question).getTitle()), "it has its title");
        waitUntil("it is centred on its window", () -> centredOn(question, window));

        // What openbox does to a dialog shown while it is still maximizing the main window.
        fxRun(() -> {
            question.setX(0);
            question.setY(-19);
        });
        waitUntil("it comes back to the centre, its title bar on screen", () -> centredOn(question, window));
        fxRun(() -> offer.shown().orElseThrow().dialog().close());
        fxRun(window::close);
    }

    private static boolean centredOn(javafx.stage.Window question, javafx.stage.Window window) {
        double dx = question.getX() + question.getWidth() / 2 - (window.getX() + window.getWidth() / 2);
        double dy = question.getY() + question.getHeight() / 2 - (window.getY() + window.getHeight() / 2);
        return question.getWidth() > 0 && Math.abs(dx) < 2 && Math.abs(dy) < 2;
    }

    private Explainer titled(String title) {
        org.stancemap.model.Article was = explainer.article();
        return new Explainer(explainer.id(), new org.stancemap.model.Article(title, true, was.outlet(), was.date(),
                was.url(), was.text()), explainer.actors(), explainer.stances(), explainer.links(), explainer.tour(),
                explainer.glossary());
    }

    private static Explainer withTerm(Explainer explainer, String term) {
        return new org.stancemap.edit.EditHistory(explainer)
                .apply(ItemEdits.addGlossaryEntry(term, "A word the lesson explains."));
    }

    /** One autosave for the window's reviews and its editor, as the app gives them. */
    private void autosaveReviewsAndEdits(RecoveryFolder recovery, HandTicker ticker) {
        Autosave autosave = new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), ticker, Runnable::run,
                state::notify);
        fxRun(() -> {
            view.drafting().useAutosave(autosave);
            view.editing().useAutosave(autosave);
        });
    }

    private static boolean exists(RecoveryFolder recovery) throws java.io.IOException {
        return !recovery.all().isEmpty();
    }

    private static String encoded(Explainer explainer) {
        return new ExplainerEncoder().encode(explainer);
    }

    private static AppState stateOf(MainView view) {
        return view.drafting().state();
    }
}
