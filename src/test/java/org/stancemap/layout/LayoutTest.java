package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.io.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;

/** The map's placement rules, on the built-in explainer and on random crowds of badges. */
class LayoutTest {

    private static Explainer explainer;

    @BeforeAll
    static void load() {
        explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    @Test
    void placedBadgesNeverOverlapAndThoseWithNoRoomStayOnTheirPlaceMarkedCrowded() {
        Random random = new Random(7);
        Map<String, Point> anchors = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            // Many share exact points, the rest sit close together.
            anchors.put("a" + i, i % 3 == 0 ? new Point(100, 100) : new Point(random.nextDouble() * 200, random.nextDouble() * 120));
        }
        BadgePlacer.Placement placement = new BadgePlacer(120, 60).place(anchors);
        assertEquals(anchors.keySet(), placement.positions().keySet());
        assertTrue(placement.crowded().size() > 0 && placement.crowded().size() < 300, "some, not all, are crowded");
        for (String id : placement.crowded()) {
            assertEquals(anchors.get(id), placement.positions().get(id), id + " stays on its place");
        }
        List<Point> points = new ArrayList<>();
        placement.positions().forEach((id, p) -> {
            if (!placement.crowded().contains(id)) {
                points.add(p);
            }
        });
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                Point a = points.get(i);
                Point b = points.get(j);
                assertTrue(Math.abs(a.x() - b.x()) >= 120 - 1e-9 || Math.abs(a.y() - b.y()) >= 60 - 1e-9,
                        "badges " + i + " and " + j + " overlap at " + a + " and " + b);
            }
        }
    }

    @Test
    void aBadgeWithRoomStaysExactlyOnItsPlaceAndTheFirstComerKeepsASharedOne() {
        Map<String, Point> anchors = new LinkedHashMap<>();
        anchors.put("alone", new Point(1000, 1000));
        anchors.put("first", new Point(0, 0));
        anchors.put("second", new Point(0, 0));
        Map<String, Point> placed = new BadgePlacer(100, 50).place(anchors).positions();
        assertEquals(new Point(1000, 1000), placed.get("alone"));
        assertEquals(new Point(0, 0), placed.get("first"));
        assertNotEquals(new Point(0, 0), placed.get("second"));
        assertTrue(placed.get("second").distanceTo(new Point(0, 0)) <= 100, "moved further than needed");
    }

    @Test
    void leadersShareTheirStateColourAndEventsAreNeutral() {
        BlocPalette palette = BlocPalette.of(explainer);
        for (Actor actor : explainer.actors()) {
            if (actor.kind() == ActorKind.EVENT) {
                assertEquals(BlocPalette.NEUTRAL, palette.slotOf(actor.id()), actor.name());
            } else if (!actor.blocs().isEmpty()) {
                assertEquals(palette.slotOf(actor.blocs().get(0)), palette.slotOf(actor.id()), actor.name());
            }
        }
        assertNotEquals(palette.slotOf("russia"), palette.slotOf("ukraine"));
    }

    @Test
    void relationsLayoutPutsEveryOpposingPairOfTheMostOpposedCampOnDifferentBands() {
        Map<String, Point> geographic = ActorAnchors.geographic(explainer, new MapProjection());
        Map<String, Point> relations = RelationsLayout.compute(explainer, geographic);
        assertEquals(explainer.actors().size(), relations.size());
        double putinY = relations.get("putin").y();
        assertEquals(putinY, relations.get("russia").y(), 1e-6, "a leader stands with his state");
        for (Link link : explainer.links()) {
            String from = explainer.holderOf(link.fromStanceId()).orElseThrow().id();
            String to = explainer.holderOf(link.toStanceId()).orElseThrow().id();
            if (link.kind() == LinkKind.OPPOSES && (from.equals("putin") || to.equals("putin"))) {
                String other = from.equals("putin") ? to : from;
                assertTrue(relations.get(other).y() > putinY, other + " should face Putin from across the picture");
            }
        }
    }

    @Test
    void geographicAnchorsPutLeadersOnTheirCapitalsAndPlacelessGroupsNearThoseTheyConcern() {
        MapProjection projection = new MapProjection();
        Map<String, Point> anchors = ActorAnchors.geographic(explainer, projection);
        assertEquals(projection.project(55.76, 37.62), anchors.get("putin"));
        Point group = anchors.get("western-leaders");
        assertTrue(group.x() > anchors.get("starmer").x() && group.x() < anchors.get("vladivostok-forum").x(),
                "a placeless group sits among the actors it is linked with");
    }

    @Test
    void projectionKeepsWestEastOrderAndCompressesTheFarEast() {
        MapProjection projection = new MapProjection();
        double paris = projection.project(48.86, 2.35).x();
        double moscow = projection.project(55.76, 37.62).x();
        double vladivostok = projection.project(43.12, 131.89).x();
        assertTrue(paris < moscow && moscow < vladivostok);
        double degreeWest = projection.xOfLongitude(31) - projection.xOfLongitude(30);
        double degreeEast = projection.xOfLongitude(101) - projection.xOfLongitude(100);
        assertTrue(degreeEast < degreeWest / 2, "east of the break a degree takes less room");
    }

    @Test
    void arrowKeysMoveToTheNearestActorThatWay() {
        Map<String, Point> positions = new LinkedHashMap<>();
        positions.put("centre", new Point(0, 0));
        positions.put("right-near", new Point(100, 10));
        positions.put("right-far", new Point(300, 0));
        positions.put("above", new Point(5, -80));
        assertEquals("right-near", DirectionalNavigator.next("centre", DirectionalNavigator.Direction.RIGHT, positions).orElseThrow());
        assertEquals("above", DirectionalNavigator.next("centre", DirectionalNavigator.Direction.UP, positions).orElseThrow());
        assertTrue(DirectionalNavigator.next("centre", DirectionalNavigator.Direction.LEFT, positions).isEmpty());
    }

    @Test
    void selectingAnActorBringsForwardThoseItsPositionsAreLinkedWithAndDimsTheRest() {
        Actor putin = explainer.actor("putin").orElseThrow();
        Emphasis emphasis = Emphasis.of(explainer, putin, null, null);
        assertTrue(emphasis.isSelected("putin"));
        for (Link link : explainer.links()) {
            String from = explainer.holderOf(link.fromStanceId()).orElseThrow().id();
            String to = explainer.holderOf(link.toStanceId()).orElseThrow().id();
            boolean touchesPutin = from.equals("putin") || to.equals("putin");
            assertEquals(touchesPutin, emphasis.isActive(link), link.id());
            if (touchesPutin) {
                String other = from.equals("putin") ? to : from;
                assertTrue(emphasis.isLinked(other) && !emphasis.isDimmed(other), other);
            }
        }
        assertTrue(emphasis.isLit("russia"), "his state lights up");
        assertTrue(emphasis.isDimmed("france"), "unrelated actors step back");
        assertTrue(Emphasis.of(explainer, null, null, null).focusing() == false);
    }

    @Test
    void hoveringALinkMarksExactlyItsTwoEnds() {
        Link link = explainer.link("rutte-rebuts-russian-veto").orElseThrow();
        Emphasis emphasis = Emphasis.of(explainer, null, null, link);
        for (Actor actor : explainer.actors()) {
            boolean end = actor.id().equals("rutte") || actor.id().equals("putin");
            assertEquals(end, emphasis.isLinked(actor.id()), actor.id());
        }
    }

    @Test
    void framingFitsEveryPlacedBadgeInsideTheViewport() {
        Map<String, Point> anchors = ActorAnchors.geographic(explainer, new MapProjection());
        BadgePlacer placer = new BadgePlacer(132, 66);
        for (double[] size : new double[][] {{880, 520}, {1600, 900}, {3000, 1700}}) {
            Framing.Frame frame = new Framing(placer, 0.05, 40).fit(anchors, size[0], size[1], 70, 120, 20);
            Map<String, Point> zoomed = new LinkedHashMap<>();
            anchors.forEach((id, p) -> zoomed.put(id, new Point(p.x() * frame.zoom(), p.y() * frame.zoom())));
            for (Map.Entry<String, Point> badge : placer.place(zoomed).positions().entrySet()) {
                double screenX = badge.getValue().x() - frame.centreX() * frame.zoom() + size[0] / 2;
                double screenY = badge.getValue().y() - frame.centreY() * frame.zoom() + size[1] / 2;
                assertTrue(screenX > 0 && screenX < size[0] && screenY > 0 && screenY < size[1],
                        badge.getKey() + " at " + screenX + "," + screenY + " is outside a " + size[0] + "×" + size[1] + " view");
            }
        }
    }

    @Test
    void framingTellsWhenABadgeWouldSitUnderACornerAndMoreRoomBelowClearsIt() {
        Map<String, Point> anchors = ActorAnchors.geographic(explainer, new MapProjection());
        BadgePlacer placer = new BadgePlacer(132, 66);
        Framing framing = new Framing(placer, 0.05, 40);
        double width = 1380;
        double height = 610;
        Framing.Frame frame = framing.fit(anchors, width, height, 70, 120, 20);
        // Where the east-most badge (the Vladivostok forum) ends up: a "legend" put right on it.
        Map<String, Point> zoomed = new LinkedHashMap<>();
        anchors.forEach((id, p) -> zoomed.put(id, new Point(p.x() * frame.zoom(), p.y() * frame.zoom())));
        Point east = placer.place(zoomed).positions().values().stream()
                .max(java.util.Comparator.comparingDouble(Point::x)).orElseThrow();
        double eastX = east.x() - frame.centreX() * frame.zoom() + width / 2;
        double eastY = east.y() - frame.centreY() * frame.zoom() + height / 2;
        double[] underIt = {eastX - 20, eastY + 10, width, height};
        double[] elsewhere = {0, 0, 10, 10};
        assertTrue(framing.reaches(frame, anchors, width, height, 20, underIt), "the badge reaches the area under it");
        assertTrue(!framing.reaches(frame, anchors, width, height, 20, elsewhere), "no badge in the top-left corner");

        double[] corner = {width - 200, height - 140, width, height};
        double bottom = 120;
        Framing.Frame refit = frame;
        for (int round = 0; round < 6 && framing.reaches(refit, anchors, width, height, 20, corner); round++) {
            bottom += 40;
            refit = framing.fit(anchors, width, height, 70, bottom, 20);
        }
        assertTrue(!framing.reaches(refit, anchors, width, height, 20, corner),
                "leaving more room below frames every badge clear of a 200×140 corner");
    }
}
