package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** The map: clicking badges and links, hovering links, the legend's filters and zooming. */
class MapInteractionUiTest extends UiTestBase {

    @Test
    void clickingABadgeOpensThatActorsStancesWithEveryQuoteVerbatim() {
        assertNull(byId("stance-panel"), "no actor is selected at start");

        clickBadge("putin");

        waitUntil("the stance panel shows", () -> view.lookup("#stance-panel") != null);
        assertEquals("Vladimir Putin", panelActorName());
        assertEquals("putin", state.getSelectedActor().id());
        List<String> shown = labelTexts(byId("stance-panel"));
        List<Stance> stances = explainer.stancesOf("putin");
        assertFalse(stances.isEmpty());
        for (Stance stance : stances) {
            assertNotNull(byId("stance-" + stance.id()), "a card for " + stance.id());
            for (Quote quote : stance.quotes()) {
                String expected = org.stancemap.ui.theme.QuoteMarks.around(quote.text());
                assertTrue(shown.contains(expected), "the panel should quote verbatim " + expected + "\nbut shows " + shown);
            }
        }
        assertTrue(hasPseudoClass(badge("putin"), SELECTED), "Putin's badge is marked selected");
    }

    /**
     * A user gliding the pointer down from Russia's badge to Putin's, just below it, and clicking
     * Putin's disc should get Putin.
     */
    @Test
    void approachingABadgeOverItsNeighbourStillClicksIt() {
        moveTo(discCentreOnScreen("russia"));
        moveTo(discCentreOnScreen("putin"));
        clickOn(MouseButton.PRIMARY);
        waitUntil("an actor is selected", () -> state.getSelectedActor() != null);
        assertEquals("putin", state.getSelectedActor().id());
    }

    /**
     * In the default framing the Rutte–Putin curve runs under NATO's badge and under the
     * Starmer–Putin curve (drawn above it), so, like a user would, we first pick Rutte: his links
     * come to the front, and then his link to Putin can be clicked.
     */
    @Test
    void clickingAnOpposingLinkOpensTheVersusViewWithBothQuotesAndTheExplanation() {
        Link link = explainer.link("rutte-rebuts-russian-veto").orElseThrow();
        assertEquals(LinkKind.OPPOSES, link.kind());
        clickBadge("rutte");
        waitUntil("Rutte is selected", () -> view.lookup("#stance-panel") != null);

        clickLink(link.id());

        waitUntil("the versus panel shows", () -> view.lookup("#versus-panel") != null);
        assertVersusViewOf(link);
        assertTrue(hasPseudoClass(linkCurve(link.id()), SELECTED), "the curve is marked selected");
    }

    @Test
    void compareButtonInTheStancePanelOpensTheVersusView() {
        Link link = explainer.link("rutte-rebuts-russian-veto").orElseThrow();
        clickBadge("rutte");
        waitUntil("Rutte is selected", () -> view.lookup("#stance-panel") != null);
        Node compare = byId("compare-" + link.id());
        assertNotNull(compare, "Rutte's stance card offers to compare with Putin's");
        scrollIntoView((javafx.scene.control.ScrollPane) byId("side-panel"), compare);

        clickOn(compare);

        waitUntil("the versus panel shows", () -> view.lookup("#versus-panel") != null);
        assertVersusViewOf(link);

        clickOn(byId("versus-close"));

        waitUntil("the versus panel closes", () -> view.lookup("#versus-panel") == null);
        assertEquals(actor("rutte").name(), panelActorName(), "closing the comparison goes back to Rutte");
    }

    /** Every link of the default explainer should be clickable somewhere along its curve when nothing is selected. */
    @Test
    void everyLinkHasAClickablePointInTheDefaultView() {
        for (Link link : explainer.links()) {
            pointOnLink(link.id());
        }
    }

    private void assertVersusViewOf(Link link) {
        assertEquals(link, state.getSelectedLink());
        List<String> shown = labelTexts(byId("versus-panel"));
        for (String stanceId : List.of(link.fromStanceId(), link.toStanceId())) {
            for (Quote quote : explainer.stance(stanceId).orElseThrow().quotes()) {
                String expected = org.stancemap.ui.theme.QuoteMarks.around(quote.text());
                assertTrue(shown.contains(expected), "the versus view should quote " + expected + "\nbut shows " + shown);
            }
        }
        assertTrue(labelTexts(byId("versus-explanation")).contains(link.explanation()),
                "the versus view explains the link: " + link.explanation());
    }

    @Test
    void legendFilterHidesAndShowsOpposingLinks() {
        List<Node> opposes = curvesOfKind(LinkKind.OPPOSES);
        List<Node> others = curvesOfKind(LinkKind.SUPPORTS);
        long expected = explainer.links().stream().filter(l -> l.kind() == LinkKind.OPPOSES).count();
        assertEquals(expected, opposes.size(), "one curve per opposing link");
        assertFalse(others.isEmpty());
        assertTrue(fx(() -> opposes.stream().allMatch(Node::isVisible)));

        clickOn(byId("filter-opposes"));

        assertFalse(fx(() -> ((CheckBox) byId("filter-opposes")).isSelected()));
        assertTrue(fx(() -> opposes.stream().noneMatch(Node::isVisible)), "opposing links are hidden");
        assertTrue(fx(() -> others.stream().allMatch(Node::isVisible)), "supporting links stay");

        clickOn(byId("filter-opposes"));

        assertTrue(fx(() -> ((CheckBox) byId("filter-opposes")).isSelected()));
        assertTrue(fx(() -> opposes.stream().allMatch(Node::isVisible)), "opposing links are back");
    }

    @Test
    void hoveringALinkMarksBothEndBadgesLinked() {
        // Any link the pointer can reach in the default view (some cannot: see everyLinkHasAClickablePoint...).
        Link link = explainer.links().stream().filter(l -> reachable(l.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no link can be hovered in the default view"));
        String from = explainer.holderOf(link.fromStanceId()).orElseThrow().id();
        String to = explainer.holderOf(link.toStanceId()).orElseThrow().id();
        assertFalse(hasPseudoClass(badge(from), LINKED));
        assertFalse(hasPseudoClass(badge(to), LINKED));

        jumpPointerTo(pointOnLink(link.id()));

        waitUntil("the link is hovered", () -> state.hoveredLinkProperty().get() == link);
        assertTrue(hasPseudoClass(badge(from), LINKED), from + " is marked linked");
        assertTrue(hasPseudoClass(badge(to), LINKED), to + " is marked linked");
        Set<String> linked = explainer.actors().stream().map(a -> a.id())
                .filter(id -> hasPseudoClass(badge(id), LINKED)).collect(Collectors.toSet());
        assertEquals(Set.of(from, to), linked, "only the two ends are marked");

        jumpPointerTo(fx(() -> { Node t = byId("explainer-title"); return t.localToScreen(2, 2); }));

        waitUntil("the hover ends", () -> state.hoveredLinkProperty().get() == null);
        assertFalse(hasPseudoClass(badge(from), LINKED));
    }

    @Test
    void plusZoomsInAndZeroFitsAgain() {
        fxRun(() -> view.map().requestFocus());
        double before = badgeDistance("putin", "macron");

        type(KeyCode.PLUS);

        double zoomed = badgeDistance("putin", "macron");
        assertTrue(zoomed > before * 1.1, "badges move apart when zooming in: " + before + " → " + zoomed);

        type(KeyCode.DIGIT0);

        assertEquals(before, badgeDistance("putin", "macron"), 1.0, "fit restores the first framing");
    }

    @Test
    void zoomButtonsZoomAndFit() {
        double before = badgeDistance("putin", "macron");

        clickOn(byId("zoom-in"));
        double zoomed = badgeDistance("putin", "macron");
        assertTrue(zoomed > before * 1.1, "zoom-in moves badges apart: " + before + " → " + zoomed);

        clickOn(byId("zoom-out"));
        clickOn(byId("zoom-out"));
        double out = badgeDistance("putin", "macron");
        assertTrue(out < before, "zoom-out brings them closer: " + before + " → " + out);

        clickOn(byId("fit"));
        assertEquals(before, badgeDistance("putin", "macron"), 1.0, "fit restores the first framing");
    }

    private boolean reachable(String linkId) {
        return freePointOnLink(linkId, new StringBuilder()) != null;
    }

    private List<Node> curvesOfKind(LinkKind kind) {
        return fx(() -> {
            Node legend = view.lookup("#legend");
            return view.map().lookupAll(".stance-link." + kind.jsonName()).stream()
                    .filter(n -> !isAncestor(legend, n)).toList();
        });
    }

    /** On-screen distance between two badges' discs. */
    private double badgeDistance(String a, String b) {
        Point2D pa = discCentreOnScreen(a);
        Point2D pb = discCentreOnScreen(b);
        assertNotEquals(pa, pb);
        return pa.distance(pb);
    }
}
