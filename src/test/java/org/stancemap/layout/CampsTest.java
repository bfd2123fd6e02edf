package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.testdata.ExplainerGenerator;

/** Relations shows the sides the oppositions separate as labelled regions, honestly. */
class CampsTest {

    private static final MapProjection PROJECTION = new MapProjection();

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    static Stream<Explainer> explainers() {
        return Stream.of(builtIn(), generated(40, 60, 3), generated(120, 200, 5), generated(300, 500, 9));
    }

    private static Explainer generated(int actors, int links, long seed) {
        return new ExplainerLoader().load(ExplainerGenerator.generateBytes(actors, links, seed), "generated.json")
                .explainer().orElseThrow();
    }

    @Test
    void theBuiltInExplainerSplitsIntoPutinsSideAndTheSideThatOpposesIt() {
        Camps camps = Camps.of(builtIn());
        for (String id : List.of("putin", "russia")) {
            assertEquals(Camps.Standing.FIRST_SIDE, camps.standingOf(id), id);
        }
        for (String id : List.of("allies", "macron", "france", "zelensky", "ukraine", "rutte", "nato", "starmer", "uk")) {
            assertEquals(Camps.Standing.SECOND_SIDE, camps.standingOf(id), id);
        }
        assertEquals("putin", camps.namedAfter(Camps.Standing.FIRST_SIDE));
        assertEquals("allies", camps.namedAfter(Camps.Standing.SECOND_SIDE), "the side's most opposed member");
        assertEquals(Camps.Standing.OTHERS, camps.standingOf("paris-summit"));
        assertEquals(Camps.Standing.OTHERS, camps.standingOf("vladivostok-forum"));
    }

    @Test
    void opposingTheAlliesDoesNotPutWesternLeadersOnPutinsSide() {
        Camps camps = Camps.of(builtIn());
        assertEquals(Camps.Standing.NEITHER, camps.standingOf("western-leaders"),
                "the article sets them against the allies' commitment, not beside Putin");
    }

    @Test
    void aBlocStandsRightBesideAMemberInItsRegion() {
        Explainer explainer = builtIn();
        Map<String, Point> places = MapLayout.of(explainer, PROJECTION).places();
        Map<String, Point> by = RelationsLayout.compute(explainer, places);
        for (String[] pair : List.of(new String[] {"nato", "rutte"}, new String[] {"russia", "putin"},
                new String[] {"france", "macron"}, new String[] {"uk", "starmer"}, new String[] {"ukraine", "zelensky"})) {
            Point bloc = by.get(pair[0]);
            Point member = by.get(pair[1]);
            assertEquals(bloc.y(), member.y(), 1e-6, pair[0] + " and " + pair[1] + " share a row");
            double step = Math.abs(bloc.x() - member.x());
            // One cell (132 map units), not two.
            assertTrue(step > 1 && step < 140, pair[0] + " stands next to " + pair[1] + ": " + step);
        }
    }

    @ParameterizedTest
    @MethodSource("explainers")
    void sidesHoldNoSplitAndOthersHoldOnlyTheUnlinked(Explainer explainer) {
        Camps camps = Camps.of(explainer);
        Set<String> linked = new HashSet<>();
        Map<String, Integer> unit = new HashMap<>();
        List<List<Actor>> second = camps.units(Camps.Standing.SECOND_SIDE);
        for (int i = 0; i < second.size(); i++) {
            for (Actor a : second.get(i)) {
                unit.put(a.id(), i);
            }
        }
        for (Link link : explainer.links()) {
            String a = explainer.holderOf(link.fromStanceId()).orElseThrow().id();
            String b = explainer.holderOf(link.toStanceId()).orElseThrow().id();
            linked.add(a);
            linked.add(b);
            if (link.kind() == LinkKind.OPPOSES && unit.containsKey(a) && unit.containsKey(b)) {
                assertEquals(unit.get(a), unit.get(b), link.id() + " opposes two parts of one side");
            }
        }
        for (Actor actor : explainer.actors()) {
            Camps.Standing s = camps.standingOf(actor.id());
            assertNotNull(s, actor.id());
            if (s == Camps.Standing.OTHERS && actor.kind() != ActorKind.EVENT) {
                boolean unitLinked = camps.units(s).stream().filter(u -> u.contains(actor))
                        .flatMap(List::stream).anyMatch(a -> linked.contains(a.id()));
                assertFalse(unitLinked, actor.id() + " is linked, yet among the others");
            }
            if (actor.kind() == ActorKind.EVENT) {
                assertEquals(Camps.Standing.OTHERS, s, "an event takes no side: " + actor.id());
            }
            for (String bloc : actor.blocs()) {
                assertEquals(camps.standingOf(bloc), s, actor.id() + " stands apart from its bloc " + bloc);
            }
        }
        if (camps.hasSides()) {
            assertNotEquals(null, camps.namedAfter(Camps.Standing.FIRST_SIDE));
            assertNotEquals(null, camps.namedAfter(Camps.Standing.SECOND_SIDE));
        } else {
            // Supporting links can join everyone into one unit: then there are no sides to show.
            assertTrue(explainer.actors().stream().allMatch(a -> camps.standingOf(a.id()) == Camps.Standing.NEITHER
                    || camps.standingOf(a.id()) == Camps.Standing.OTHERS));
        }
    }

    @ParameterizedTest
    @MethodSource("explainers")
    void regionsStackFirstSideOverTheRestOverTheSecondAndNeverOverlap(Explainer explainer) {
        MapLayout layout = MapLayout.of(explainer, PROJECTION);
        RelationsLayout.Relations relations = RelationsLayout.of(explainer, layout.places());
        MapMetrics m = MapMetrics.screen(1);
        assertEquals(explainer.actors().size(), new HashSet<>(relations.positions().values()).size(),
                "every actor has a place of its own");
        for (double[] view : new double[][] {{1024, 500}, {1366, 600}, {3840, 1900}}) {
            MapScene scene = framed(layout, relations, m, view[0], view[1]);
            List<double[]> boxes = new ArrayList<>();
            Map<Camps.Standing, double[]> byStanding = new HashMap<>();
            for (RelationsLayout.Region region : relations.regions()) {
                double[] box = RelationsLayout.box(region, scene.discs(), m, MapScene.regionTitleHeight(m),
                        id -> explainer.actor(id).orElseThrow().name(), scene::nameOffset);
                for (String id : region.members()) {
                    Point disc = scene.discs().get(id);
                    assertTrue(disc.x() > box[0] && disc.x() < box[2] && disc.y() > box[1] && disc.y() < box[3],
                            id + " is outside its region");
                    if (!scene.unlabelled().contains(id)) {
                        double[] name = MapScene.labelBox(m, explainer.actor(id).orElseThrow().name(), disc);
                        Point shift = scene.nameOffset(id);
                        assertTrue(name[0] + shift.x() >= box[0] && name[2] + shift.x() <= box[2]
                                && name[1] + shift.y() >= box[1] && name[3] + shift.y() <= box[3],
                                id + "'s name reaches out of its region at " + view[0] + "×" + view[1]);
                    }
                }
                for (double[] other : boxes) {
                    boolean overlap = box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3];
                    // Hundreds of actors crowd any window; up to a few dozen, regions stay apart.
                    boolean readable = view[0] >= 1366 && explainer.actors().size() <= 40;
                    assertFalse(overlap && readable, "two regions overlap at " + view[0] + "×" + view[1]);
                }
                boxes.add(box);
                byStanding.put(region.standing(), box);
            }
            Camps camps = Camps.of(explainer);
            double lowestFirst = -Double.MAX_VALUE;
            double highestSecond = Double.MAX_VALUE;
            for (Actor actor : explainer.actors()) {
                double y = scene.discs().get(actor.id()).y();
                if (camps.standingOf(actor.id()) == Camps.Standing.FIRST_SIDE) {
                    lowestFirst = Math.max(lowestFirst, y);
                } else if (camps.standingOf(actor.id()) == Camps.Standing.SECOND_SIDE) {
                    highestSecond = Math.min(highestSecond, y);
                }
            }
            assertTrue(lowestFirst < highestSecond, "the first side stands above the second");
        }
    }

    @Test
    void endMarksMeetingAtOneBadgeFanApart() {
        Explainer explainer = builtIn();
        MapLayout layout = MapLayout.of(explainer, PROJECTION);
        RelationsLayout.Relations relations = RelationsLayout.of(explainer, layout.places());
        MapMetrics m = MapMetrics.screen(1);
        for (MapScene scene : List.of(framed(layout, relations, m, 1366, 600), framedMap(layout, m))) {
            Map<String, List<Point>> ends = new HashMap<>();
            for (MapScene.Curve curve : scene.curves()) {
                ends.computeIfAbsent(curve.spec().fromId(), k -> new ArrayList<>()).add(curve.a());
                ends.computeIfAbsent(curve.spec().toId(), k -> new ArrayList<>()).add(curve.b());
            }
            assertTrue(ends.get("putin").size() >= 5, "Putin's badge is where many links meet");
            ends.forEach((id, points) -> {
                Point centre = scene.discs().get(id);
                double least = 2 * m.discRadius() * Math.sin(Math.min(EndFan.MIN_ANGLE, 2 * Math.PI / points.size()) / 2);
                for (int i = 0; i < points.size(); i++) {
                    assertEquals(m.discRadius(), points.get(i).distanceTo(centre), 1e-6, "an end on " + id + "'s rim");
                    for (int j = i + 1; j < points.size(); j++) {
                        assertTrue(points.get(i).distanceTo(points.get(j)) >= least - 1e-6,
                                "two link ends on " + id + " are " + points.get(i).distanceTo(points.get(j)) + " px apart");
                    }
                }
            });
        }
    }

    @Test
    void spreadingLeavesEndsThatAreApartAlone() {
        double[] apart = {0, Math.PI / 2, Math.PI, -Math.PI / 2};
        double[] spread = EndFan.spreadAngles(apart);
        for (int i = 0; i < apart.length; i++) {
            assertEquals(Math.cos(apart[i]), Math.cos(spread[i]), 1e-9);
            assertEquals(Math.sin(apart[i]), Math.sin(spread[i]), 1e-9);
        }
        double[] piled = EndFan.spreadAngles(new double[] {0.1, 0.1, 0.1});
        assertEquals(0.1, (piled[0] + piled[1] + piled[2]) / 3, 1e-9, "a pile spreads round its own direction");
        assertEquals(EndFan.MIN_ANGLE, Math.abs(piled[1] - piled[0]), 1e-9);
    }

    private static MapScene framed(MapLayout layout, RelationsLayout.Relations relations, MapMetrics m, double width,
                                   double height) {
        List<Framing.Box> boxes = MapScene.boxes(layout, m, relations.positions(), null);
        Framing.Frame frame = new Framing(0.05, 40).fit(boxes, width, height, new Framing.Margins(70, 42, 70, 70));
        return MapScene.of(layout, m, relations.positions(), 1, frame.zoom(), width / 2 - frame.centreX() * frame.zoom(),
                height / 2 - frame.centreY() * frame.zoom(), width);
    }

    private static MapScene framedMap(MapLayout layout, MapMetrics m) {
        List<Framing.Box> boxes = MapScene.boxes(layout, m, null, null);
        Framing.Frame frame = new Framing(0.3, 40).fit(boxes, 1366, 600, new Framing.Margins(70, 80, 70, 120));
        return MapScene.of(layout, m, Map.of(), 0, frame.zoom(), 683 - frame.centreX() * frame.zoom(),
                300 - frame.centreY() * frame.zoom(), 1366);
    }
}
