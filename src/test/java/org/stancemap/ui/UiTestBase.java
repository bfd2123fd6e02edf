package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.QuadCurve;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.state.AppState;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared set-up for the end-to-end UI tests: each test gets a fresh main window (1280×800) built by
 * {@link StancemapApp#createMainView} on TestFX's stage, with reduced motion, and the built-in
 * explainer opened synchronously. Plus small helpers to find nodes and wait for the FX thread.
 */
public abstract class UiTestBase extends ApplicationTest {

    protected static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    protected static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    protected static final long TIMEOUT_SECONDS = 10;

    protected Stage stage;
    protected AppState state;
    protected MainView view;
    protected Explainer explainer;
    /** The map outlines, read once for all the tests. */
    protected static final StartupLoads LOADS = StartupLoads.onDemand();
    /** The window's background work, closed after each test. */
    protected final BackgroundWork work = new BackgroundWork();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        state = new AppState();
        state.preferences().setReduceMotion(true);
        view = StancemapApp.createMainView(stage, state, work, LOADS);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @BeforeEach
    protected void openDefaultExplainer() {
        LoadResult result = new ExplainerLoader().loadDefault();
        assertTrue(result.isValid(), () -> "the built-in explainer should load: " + result.problems());
        explainer = result.explainer().orElseThrow();
        Platform.runLater(() -> state.open(explainer, Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
        // The pointer stays where the previous test left it; park it on the header, away from links.
        jumpPointerTo(fx(() -> view.lookup("#explainer-title").localToScreen(2, 2)));
        assertNotNull(badge("putin"), "the map should show Putin's badge once the explainer is open");
    }

    @AfterEach
    protected void closeExtraWindows() throws TimeoutException {
        // Whatever the test opened is styled by the trimmed theme as by the full one.
        List<String> lostStyles = fx(org.stancemap.ui.theme.TrimmedThemeCheck::nodesStyledByDroppedRules);
        // Dialogs a failed test left open would otherwise cover the next test's window.
        FxToolkit.cleanupStages();
        work.close();
        assertTrue(lostStyles.isEmpty(), () -> "rules left out of the trimmed theme (src/build/TrimmedTheme.java) "
                + "would style these nodes; keep their style classes: " + lostStyles);
    }

    // ---------------------------------------------------------------- FX thread helpers

    /** Runs {@code call} on the FX thread and returns its result. */
    protected static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed on the FX thread", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    /** The window at the smallest size the app supports: a 1024×768 projector. */
    protected void projectorSizedWindow() {
        fxRun(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
    }

    protected static void fxRun(Runnable run) {
        fx(() -> {
            run.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits (without sleeping blindly) until {@code condition}, checked on the FX thread, holds. A
     * condition that throws (a node not built yet, for example a split pane's item before its skin
     * exists) counts as not holding yet; if it still throws at the end, that is the reported cause.
     */
    protected static void waitUntil(String what, BooleanSupplier condition) {
        AtomicReference<Throwable> lastFailure = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> {
                try {
                    boolean holds = condition.getAsBoolean();
                    lastFailure.set(null);
                    return holds;
                } catch (RuntimeException notYet) {
                    lastFailure.set(notYet);
                    return false;
                }
            }));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what + "; " + fx(UiTestBase::keyboardReport),
                    lastFailure.get() != null ? lastFailure.get() : e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the keyboard is in each open window, for the message of a wait that timed out. */
    private static String keyboardReport() {
        StringBuilder report = new StringBuilder("windows:");
        for (javafx.stage.Window window : javafx.stage.Window.getWindows()) {
            Node owner = window.getScene() == null ? null : window.getScene().getFocusOwner();
            report.append(' ').append(window.getClass().getSimpleName())
                    .append(window.isFocused() ? " (focused)" : " (not focused)")
                    .append(" keyboard in ").append(owner == null ? "nothing" : owner.getClass().getSimpleName()
                            + (owner.getId() == null ? "" : "#" + owner.getId()) + (owner.isFocused() ? "" : " (unfocused)"))
                    .append(';');
        }
        return report.toString();
    }

    /**
     * Waits until {@code count} more pulses have run on the FX thread, so that CSS, layout and
     * the listeners that react to them have settled, however fast or slow the machine is.
     */
    protected static void waitForPulses(int count) {
        java.util.concurrent.CountDownLatch seen = new java.util.concurrent.CountDownLatch(count);
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                seen.countDown();
                if (seen.getCount() == 0) {
                    stop();
                }
            }
        };
        fxRun(timer::start);
        try {
            assertTrue(seen.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the FX thread stopped pulsing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for pulses", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---------------------------------------------------------------- finding nodes

    /** The node with this id in the main window, or null. */
    protected Node byId(String id) {
        return fx(() -> view.lookup("#" + id));
    }

    protected Node badge(String actorId) {
        return byId("actor-" + actorId);
    }

    protected Node linkCurve(String linkId) {
        return byId("link-" + linkId);
    }

    protected Actor actor(String id) {
        return explainer.actor(id).orElseThrow(() -> new AssertionError("no actor " + id));
    }

    /** The text of the actor name shown at the top of the stance panel, or null if none shows. */
    protected String panelActorName() {
        return fx(() -> {
            Node name = view.lookup("#stance-panel #panel-actor-name");
            return name == null || name.getScene() == null ? null : ((Label) name).getText();
        });
    }

    /** Texts of every Label under {@code root}, in scene-graph order. */
    protected static List<String> labelTexts(Node root) {
        return fx(() -> {
            List<String> texts = new ArrayList<>();
            for (Label label : collect(root, Label.class, new ArrayList<>())) {
                texts.add(label.getText());
            }
            return texts;
        });
    }

    /** Every node of {@code type} under {@code root}, in scene-graph order, a scroll pane's content included. */
    protected static <T extends Node> List<T> nodesIn(Node root, Class<T> type) {
        return fx(() -> collect(root, type, new ArrayList<>()));
    }

    private static <T extends Node> List<T> collect(Node node, Class<T> type, List<T> into) {
        if (type.isInstance(node)) {
            into.add(type.cast(node));
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), type, into);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, type, into);
            }
        }
        return into;
    }

    protected static boolean hasPseudoClass(Node node, PseudoClass pseudoClass) {
        return fx(() -> node.getPseudoClassStates().contains(pseudoClass));
    }

    protected static boolean isAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A badge's disc: clicking there (rather than the middle of name and role) is what a user aims at. */
    protected Node discOf(Node badge) {
        return fx(() -> badge.lookup(".badge-disc"));
    }

    /** Centre of a badge's disc in screen coordinates. */
    protected Point2D discCentreOnScreen(String actorId) {
        Node disc = discOf(badge(actorId));
        return fx(() -> {
            Bounds b = disc.localToScreen(disc.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /**
     * Puts the pointer straight on {@code screen}, as a user does who lifts the mouse (or taps a
     * touchpad) there, without gliding over, and so hover-expanding, the badges on the way. A
     * badge's role line appears on hover and can cover its neighbours: see
     * MapInteractionUiTest#approachingABadgeOverItsNeighbourStillClicksIt.
     */
    protected void jumpPointerTo(Point2D screen) {
        robotContext().getBaseRobot().moveMouse(screen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the centre of an actor's disc, checking first that the pointer is over that badge. */
    protected void clickBadge(String actorId) {
        Node badge = badge(actorId);
        assertNotNull(badge, "no badge for " + actorId);
        Point2D disc = discCentreOnScreen(actorId);
        jumpPointerTo(disc);
        if (!fx(badge::isHover)) {
            throw new AssertionError("the centre of " + actorId + "'s disc at " + disc + " is covered by " + hoveredBadges());
        }
        clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a link's curve where nothing else covers it. */
    protected void clickLink(String linkId) {
        jumpPointerTo(pointOnLink(linkId));
        clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected List<String> hoveredBadges() {
        return fx(() -> view.map().lookupAll(".actor-badge").stream().filter(Node::isHover).map(Node::getId).toList());
    }

    /**
     * A screen point on the drawn curve of link {@code linkId} where a click reaches that link
     * rather than a badge, another link or a map overlay: tries the midpoint first, then moves out
     * along the curve.
     */
    protected Point2D pointOnLink(String linkId) {
        StringBuilder why = new StringBuilder();
        Point2D point = freePointOnLink(linkId, why);
        if (point == null) {
            throw new AssertionError("every point along link " + linkId + " is covered by something else:" + why);
        }
        return point;
    }

    /** Like {@link #pointOnLink} but null when there is no such point, with the reasons in {@code why}. */
    protected Point2D freePointOnLink(String linkId, StringBuilder why) {
        Node curve = linkCurve(linkId);
        assertNotNull(curve, "no curve for link " + linkId);
        return fx(() -> {
            QuadCurve hit = hitCurve(curve);
            Node map = view.map();
            Bounds mapBounds = map.localToScene(map.getLayoutBounds());
            List<Node> badges = new ArrayList<>(map.lookupAll(".actor-badge"));
            List<Node> overlays = new ArrayList<>();
            overlays.add(map.lookup("#legend"));
            overlays.add(map.lookup(".map-controls"));
            // Only links drawn above this one can take its clicks.
            List<Node> drawn = curve.getParent().getChildrenUnmodifiable();
            List<QuadCurve> above = new ArrayList<>();
            int index = drawn.indexOf(curve);
            for (Node other : drawn) {
                // Drawn (and picked) above: a lower viewOrder, or the same one and later among the children.
                boolean onTop = other.getViewOrder() < curve.getViewOrder()
                        || other.getViewOrder() == curve.getViewOrder() && drawn.indexOf(other) > index;
                if (other != curve && other.isVisible() && onTop) {
                    above.add(hitCurve(other));
                }
            }
            for (int i = 0; i <= 40; i++) {
                double t = 0.5 + (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * 0.02;
                double u = 1 - t;
                double x = u * u * hit.getStartX() + 2 * u * t * hit.getControlX() + t * t * hit.getEndX();
                double y = u * u * hit.getStartY() + 2 * u * t * hit.getControlY() + t * t * hit.getEndY();
                Point2D scene = hit.localToScene(x, y);
                String cover = !mapBounds.contains(scene) ? "outside the map"
                        : badges.stream().filter(b -> reach(b).contains(scene))
                        .map(Node::getId).findFirst()
                        .or(() -> overlays.stream().filter(o -> o != null && o.localToScene(o.getBoundsInLocal()).contains(scene))
                                .map(o -> "overlay " + o.getStyleClass()).findFirst())
                        .or(() -> above.stream().filter(o -> o.contains(o.sceneToLocal(scene)))
                                .map(o -> o.getParent().getId()).findFirst())
                        .orElse(null);
                if (cover == null) {
                    return hit.localToScreen(x, y);
                }
                why.append(String.format("%n t=%.2f %s: %s", t, scene, cover));
            }
            return null;
        });
    }

    /** A badge's bounds in the scene, with a margin for the robot's whole-pixel pointer. */
    private static Bounds reach(Node badge) {
        Bounds b = badge.localToScene(badge.getBoundsInLocal());
        return new javafx.geometry.BoundingBox(b.getMinX() - 2, b.getMinY() - 2, b.getWidth() + 4, b.getHeight() + 4);
    }

    protected static QuadCurve hitCurve(Node linkCurve) {
        return (QuadCurve) ((Parent) linkCurve).getChildrenUnmodifiable().stream()
                .filter(n -> n.getStyleClass().contains("link-hit")).findFirst()
                .orElseThrow(() -> new AssertionError("link curve has no hit path: " + linkCurve));
    }

    /** Scrolls {@code scroll} (as a user would with the wheel) so that {@code node} inside it is in view. */
    protected static void scrollIntoView(ScrollPane scroll, Node node) {
        fxRun(() -> {
            scroll.applyCss();
            scroll.layout();
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (scrollable > 0) {
                double target = inContent.getMinY() - scroll.getViewportBounds().getHeight() / 4;
                scroll.setVvalue(Math.max(0, Math.min(1, target / scrollable)));
            }
            scroll.layout();
        });
    }

    /** Whether {@code node}'s bounds overlap the visible part (viewport) of {@code scroll}. */
    protected static boolean visibleIn(ScrollPane scroll, Node node) {
        return fx(() -> {
            Node viewport = scroll.lookup(".viewport");
            Bounds port = viewport.localToScene(viewport.getLayoutBounds());
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            return port.intersects(bounds);
        });
    }
}
