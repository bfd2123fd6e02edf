package org.stancemap.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.io.LoadResult;
import org.stancemap.model.Explainer;
import org.stancemap.model.TourStep;
import org.stancemap.ui.MainView;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.state.AppState;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Set-up for the presenter-mode UI tests, following org.stancemap.ui.UiTestBase (which is package
 * private there): a fresh 1280×800 main window built by {@link StancemapApp#createMainView}, reduced
 * motion, and the built-in explainer opened synchronously. {@code createMainView} installs the
 * presenter keys but not {@link PresentationStage} (full screen and the second-screen console are
 * made in {@code start()} only), so these tests drive the in-window presentation: the overlay, the
 * keys and the map's focus on each step.
 */
abstract class PresenterUiTestBase extends ApplicationTest {

    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final long TIMEOUT_SECONDS = 10;

    protected Stage stage;
    protected AppState state;
    protected MainView view;
    protected Explainer explainer;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        state = new AppState();
        state.reduceMotionProperty().set(true);
        view = StancemapApp.createMainView(stage, state);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @BeforeEach
    void openDefaultExplainer() {
        LoadResult result = new ExplainerLoader().loadDefault();
        assertTrue(result.isValid(), () -> "the built-in explainer should load: " + result.problems());
        explainer = result.explainer().orElseThrow();
        assertTrue(tour().size() >= 7, "these tests need a tour of at least 7 steps; it has " + tour().size());
        Platform.runLater(() -> state.open(explainer, Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        // Park the pointer on the header, away from the badges.
        jumpPointerTo(fx(() -> view.lookup("#explainer-title").localToScreen(2, 2)));
        fxRun(() -> view.requestFocus());
        assertNotNull(byId("actor-putin"), "the map should show Putin's badge once the explainer is open");
    }

    @AfterEach
    void leaveAndCloseExtraWindows() throws TimeoutException {
        // A key a failed test left held would otherwise stay down for the next one.
        release(new KeyCode[0]);
        FxToolkit.cleanupStages();
    }

    // ---------------------------------------------------------------- the model's tour

    List<TourStep> tour() {
        return explainer.tour();
    }

    TourStep step(int index) {
        return tour().get(index);
    }

    int lastIndex() {
        return tour().size() - 1;
    }

    /** The counter the overlay should show on step {@code index} (0-based). */
    String expectedCounter(int index) {
        return Messages.format("present.counter", index + 1, tour().size());
    }

    // ---------------------------------------------------------------- keys

    /** Presses and releases one key, then lets the FX thread catch up. */
    void key(KeyCode code) {
        type(code);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** F5: presents from the start. */
    void startPresenting() {
        key(KeyCode.F5);
        waitUntil("presenting", state::isPresenting);
    }

    /** Presents from the start and moves to {@code index} with Next keys. */
    void presentAt(int index) {
        startPresenting();
        for (int i = 0; i < index; i++) {
            key(KeyCode.RIGHT);
        }
        assertEquals(index, tourStep(), "moved to step " + (index + 1) + " with Right");
    }

    // ---------------------------------------------------------------- what the window shows

    int tourStep() {
        return fx(() -> state.tourStepProperty().get());
    }

    Node byId(String id) {
        return fx(() -> view.lookup("#" + id));
    }

    String text(String id) {
        return fx(() -> {
            Node node = view.lookup("#" + id);
            assertNotNull(node, "no node #" + id);
            return ((Label) node).getText();
        });
    }

    /** Whether the node is visible on screen: it and all its ancestors are visible, and it is in the scene. */
    boolean shown(String id) {
        return fx(() -> {
            Node node = view.lookup("#" + id);
            if (node == null || node.getScene() == null) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    boolean dimmed(String actorId) {
        Node badge = byId("actor-" + actorId);
        assertNotNull(badge, "no badge for " + actorId);
        return fx(() -> badge.getPseudoClassStates().contains(DIMMED));
    }

    /** The step the overlay shows: title, caption and counter match the model's step {@code index}. */
    void assertShowsStep(int index, String how) {
        TourStep expected = step(index);
        assertEquals(index, tourStep(), how + ": tour step index");
        assertEquals(expected.title(), text("tour-title"), how + ": title of step " + (index + 1));
        assertEquals(expected.caption(), text("tour-caption"), how + ": caption of step " + (index + 1));
        assertEquals(expectedCounter(index), text("tour-counter"), how + ": counter on step " + (index + 1));
        assertTrue(text("tour-counter").contains(String.valueOf(index + 1))
                && text("tour-counter").contains(String.valueOf(tour().size())), how + ": counter has both numbers");
        assertEquals(index == lastIndex(), shown("tour-restart"), how + ": restart button only on the last step");
        assertEquals(index == lastIndex(), shown("tour-explore"), how + ": explore button only on the last step");
    }

    // ---------------------------------------------------------------- FX thread helpers

    static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed on the FX thread", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    static void fxRun(Runnable run) {
        fx(() -> {
            run.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---------------------------------------------------------------- the pointer

    void jumpPointerTo(Point2D screen) {
        robotContext().getBaseRobot().moveMouse(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the centre of an actor's disc, checking first that the pointer is over that badge. */
    void clickBadge(String actorId) {
        Node badge = byId("actor-" + actorId);
        assertNotNull(badge, "no badge for " + actorId);
        Node disc = fx(() -> badge.lookup(".badge-disc"));
        Point2D centre = fx(() -> {
            Bounds b = disc.localToScreen(disc.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        jumpPointerTo(centre);
        if (!fx(badge::isHover)) {
            throw new AssertionError("the centre of " + actorId + "'s disc at " + centre + " is covered; hovered: "
                    + fx(() -> view.map().lookupAll(".actor-badge").stream().filter(Node::isHover)
                    .map(Node::getId).toList()));
        }
        clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
