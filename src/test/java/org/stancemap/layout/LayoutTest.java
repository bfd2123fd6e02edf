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
import org.stancemap.explainer.ExplainerLoader;
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
        Map<String, Point> geographic = MapLayout.of(explainer, new MapProjection()).places();
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
}
