package org.stancemap.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.stancemap.draft.ArticleDrafter;
import org.stancemap.draft.PatternAnalyser;
import org.stancemap.draft.importer.ArticleImporter;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.RecoveryFile;
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

    private static final String ARTICLE = "Bridge plan splits the valley\n\n"
            + "Ana Lima said that the old bridge must close for repairs next spring.\n"
            + "Bo Reyes rejected the closure, calling it rushed and costly.\n"
            + "“We cannot wait any longer,” Ana Lima said.\n";
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
        RecoveryFile recovery = new RecoveryFile(dir.resolve("data").resolve("recovery"));
        HandTicker ticker = new HandTicker();
        fxRun(() -> view.drafting().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), ticker,
                Runnable::run, state::notify)));
        Path article = Files.writeString(dir.resolve("bridge.txt"), ARTICLE, StandardCharsets.UTF_8);
        Explainer draft = new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new).draft(article);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        assertEquals(Autosave.PERIOD, ticker.period, "every 30 seconds");
        fxRun(ticker.tick);
        assertFalse(recovery.exists(), "nothing changed yet, so nothing is written");

        waitUntil("the keyboard is in the suggestions", () -> review.lookup("#review-list").isFocused());
        type(KeyCode.ENTER);
        type(KeyCode.DELETE);
        waitUntil("two suggestions handled", () -> review.history().canUndo());
        fxRun(ticker.tick);
        assertTrue(recovery.exists(), "the autosave is written");
        Explainer edited = fx(() -> review.history().current());

        // Killed here: nothing is closed or saved. The next start uses the same data folder.
        BackgroundWork secondWork = new BackgroundWork();
        try {
            MainView second = fx(() -> {
                Stage window = new Stage();
                MainView made = StancemapApp.createMainView(window, new AppState(), secondWork, LOADS);
                window.setWidth(1024);
                window.setHeight(700);
                window.show();
                return made;
            });
            AppState secondState = fx(() -> stateOf(second));
            fxRun(() -> second.drafting().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC),
                    new HandTicker(), Runnable::run, secondState::notify)));
            RecoveryOffer offer = fx(() -> new RecoveryOffer(recovery, secondWork.loading(),
                    () -> second.getScene().getWindow(), second.drafting(), secondState, ZoneOffset.UTC));
            fxRun(offer::offerIfAny);
            waitUntil("the next start asks about the unsaved work", () -> offer.shown().isPresent());
            String question = fx(() -> offer.shown().orElseThrow().getContentText());
            assertTrue(question.contains("Bridge plan splits the valley"), question);
            assertTrue(question.contains(Messages.get("recovery.neverSaved")), question);
            assertTrue(question.contains("2026"), "names when it was saved: " + question);

            clickOn(Messages.get("recovery.restore"));
            waitUntil("the work is back on screen", () -> secondState.getExplainer() != null
                    && encoded(secondState.getExplainer()).equals(encoded(edited)));
            DraftReviewPane restored = fx(() -> (DraftReviewPane) second.lookup("#draft-review"));
            assertTrue(fx(() -> restored.history().isModified()), "restored work shows as not saved yet");

            Path target = dir.resolve("bridge.stancemap.json");
            fxRun(() -> restored.saveTo(target));
            assertFalse(recovery.exists(), "a clean save removes the autosave");
            LoadResult saved = new ExplainerLoader().load(target);
            assertTrue(saved.isValid(), () -> "the saved file validates: " + saved.problems());
            assertEquals(encoded(edited), encoded(saved.explainer().orElseThrow()), "nothing was lost");
        } finally {
            secondWork.close();
        }
    }

    @Test
    void closingAfterSavingStopsTheAutosaveAndLeavesNoFile() throws Exception {
        RecoveryFile recovery = new RecoveryFile(dir.resolve("recovery"));
        HandTicker ticker = new HandTicker();
        fxRun(() -> view.drafting().useAutosave(new Autosave(recovery, Clock.fixed(NOW, ZoneOffset.UTC), ticker,
                Runnable::run, state::notify)));
        Path article = Files.writeString(dir.resolve("bridge.txt"), ARTICLE, StandardCharsets.UTF_8);
        Explainer draft = new ArticleDrafter(new ArticleImporter(), PatternAnalyser::new).draft(article);
        DraftReviewPane review = fx(() -> view.drafting().review(draft, Optional.empty()));
        waitUntil("the keyboard is in the suggestions", () -> review.lookup("#review-list").isFocused());
        type(KeyCode.ENTER);
        waitUntil("accepted", () -> review.history().canUndo());
        fxRun(ticker.tick);
        assertTrue(recovery.exists());
        fxRun(() -> review.saveTo(dir.resolve("saved.stancemap.json")));
        fxRun(review::close);
        assertFalse(recovery.exists(), "no autosave after a clean save and close");
        assertTrue(ticker.stopped, "the autosave stops with the review");
    }

    private static String encoded(Explainer explainer) {
        return new ExplainerEncoder().encode(explainer);
    }

    private static AppState stateOf(MainView view) {
        return view.drafting().state();
    }
}
