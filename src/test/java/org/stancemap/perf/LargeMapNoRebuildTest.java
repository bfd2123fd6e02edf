package org.stancemap.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.testdata.ExplainerGenerator;
import org.stancemap.ui.BackgroundWork;
import org.stancemap.ui.StancemapApp;
import org.stancemap.ui.StartupLoads;
import org.stancemap.ui.state.AppState;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a large explainer (1000 actors, 3000 links) on the map, selecting actors, hovering links and
 * selecting links must only flip pseudo-classes: every badge and link curve in the scene stays the
 * very same node instance. A rebuild on selection or hover would make each click cost as much as
 * opening the file. No timing is asserted here; see {@code bench/} for frame times.
 */
@ExtendWith(ApplicationExtension.class)
class LargeMapNoRebuildTest {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int ACTORS = 1000;
    private static final int LINKS = 3000;
    private static final int STEPS = 20;

    private Stage stage;
    private AppState state;
    private final BackgroundWork work = new BackgroundWork();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState();
        state.preferences().setReduceMotion(true);
        StancemapApp.createMainView(stage, state, work, StartupLoads.onDemand());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void closeBackgroundWork() {
        work.close();
    }

    @Test
    // A guard against a hang, not a speed check (bench/ measures speed): on a 2-core machine shared by
    // several builds the whole run has taken just over two minutes.
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void selectionAndHoverNeverRebuildTheMap() {
        LoadResult result = new ExplainerLoader().load(ExplainerGenerator.generateBytes(ACTORS, LINKS, 42),
                "generated-1000-3000.stancemap.json");
        assertTrue(result.isValid(), () -> "the generated explainer should load: " + result.errors());
        Explainer explainer = result.explainer().orElseThrow();
        fx(() -> {
            state.open(explainer, Optional.empty());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Set<Node> identities = fx(this::prefixedNodes);
        Map<String, Node> before = mapNodesById(identities, explainer);

        Random random = new Random(7);
        List<Actor> actors = new ArrayList<>(explainer.actors());
        Collections.shuffle(actors, random);
        List<Link> links = new ArrayList<>(explainer.links());
        Collections.shuffle(links, random);

        // Each group of changes runs in one go on the FX thread and is followed by its pulses: with
        // 4000 nodes, every software-rendered frame costs about a second headless, and whether the
        // map is rebuilt does not depend on a frame being drawn between two changes.
        fx(() -> {
            for (Actor actor : actors.subList(0, STEPS)) {
                state.selectActor(actor);
                assertTrue(before.get("actor-" + actor.id()).getPseudoClassStates().contains(SELECTED),
                        () -> "the badge of " + actor.id() + " should be :selected");
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            state.clearSelection();
            for (Link link : links.subList(0, STEPS)) {
                state.selection().hover(link);
            }
            state.selection().hover(null);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            for (Link link : links.subList(STEPS, 2 * STEPS)) {
                state.selectLink(link);
                assertTrue(before.get("link-" + link.id()).getPseudoClassStates().contains(SELECTED),
                        () -> "the curve of " + link.id() + " should be :selected");
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Actor last = actors.get(STEPS);
        fx(() -> {
            state.selectActor(last);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        Set<Node> identitiesAfter = fx(this::prefixedNodes);
        Map<String, Node> after = mapNodesById(identitiesAfter, explainer);
        for (Map.Entry<String, Node> entry : after.entrySet()) {
            assertSame(before.get(entry.getKey()), entry.getValue(), () -> entry.getKey() + " was rebuilt");
        }
        assertEquals(identities.size(), identitiesAfter.size(), "as many actor-/link- nodes as before");
        assertEquals(identities, identitiesAfter, "every actor-/link- node should be the same instance as before");
        Node selectedBadge = after.get("actor-" + last.id());
        assertTrue(fx(() -> selectedBadge.getPseudoClassStates().contains(SELECTED)),
                "the last selected badge should be :selected");
        assertFalse(fx(() -> before.get("actor-" + actors.get(0).id()).getPseudoClassStates().contains(SELECTED)),
                "an earlier selection should have given way");
    }

    /**
     * Every node in the window whose id starts with "actor-" or "link-" (found with lookupAll and
     * cross-checked with a plain walk of the scene graph), by identity. Other nodes may use such ids
     * too (the legend's sample curves are all "link-legend"), so they are part of the set but only
     * the explainer's own ids are required to be unique.
     */
    private Set<Node> prefixedNodes() {
        Set<Node> found = identitySet(List.of());
        for (Node node : stage.getScene().getRoot().lookupAll("*")) {
            if (isPrefixed(node)) {
                found.add(node);
            }
        }
        List<Node> walked = new ArrayList<>();
        walk(stage.getScene().getRoot(), walked);
        assertEquals(found, identitySet(walked), "lookupAll and the scene walk disagree");
        return found;
    }

    /** The badge of every actor and the curve of every link, by node id; each must be there exactly once. */
    private static Map<String, Node> mapNodesById(Set<Node> prefixed, Explainer explainer) {
        Set<String> wanted = new HashSet<>();
        explainer.actors().forEach(a -> wanted.add("actor-" + a.id()));
        explainer.links().forEach(l -> wanted.add("link-" + l.id()));
        Map<String, Node> byId = new HashMap<>();
        for (Node node : prefixed) {
            if (wanted.contains(node.getId())) {
                Node other = byId.put(node.getId(), node);
                assertNull(other, () -> "two nodes in the scene have the id " + node.getId());
            }
        }
        assertEquals(wanted, byId.keySet(), "every actor should have a badge and every link a curve");
        return byId;
    }

    private static boolean isPrefixed(Node node) {
        String id = node.getId();
        return id != null && (id.startsWith("actor-") || id.startsWith("link-"));
    }

    private static void walk(Node node, List<Node> into) {
        if (isPrefixed(node)) {
            into.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, into);
            }
        }
    }

    private static Set<Node> identitySet(java.util.Collection<Node> nodes) {
        Set<Node> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("failed on the FX thread", e.getCause());
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
