package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.WorldOutline;

/**
 * A state's badge is a claim about where the state is: on the map it sits on the state's own land,
 * not on the sea off its capital or on a neighbour, at every window size.
 */
class StateSeatTest {

    private static final MapProjection PROJECTION = new MapProjection();
    /**
     * Map areas of windows from a small laptop to a 4K screen: 1024×600, 1366×768, 1920×1080 and
     * 3840×2160 with the side panel and the article open (as the window opens), then with both shut.
     */
    private static final double[][] VIEWS = {{704, 528}, {956, 515}, {1480, 745}, {2960, 1518},
        {1024, 528}, {1366, 696}, {1920, 1025}, {3840, 2105}};
    private static WorldOutline world;
    private static List<Territory> countries;
    private static Explainer explainer;

    @BeforeAll
    static void load() {
        world = new WorldOutlineLoader().loadDefault();
        countries = Territory.all(world, PROJECTION);
        explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    /** The scene the live map draws when it frames every mark in a {@code width}×{@code height} view. */
    private static MapScene framed(MapLayout layout, double width, double height, double[] view) {
        MapMetrics metrics = MapMetrics.screen(1);
        double band = MapScene.bandHeight(layout, metrics, width);
        Framing.Frame frame = new Framing(0.3, 40).fit(MapScene.boxes(layout, metrics, null, null), width, height,
                new Framing.Margins(70, Math.max(42, band + 12), 70, 120));
        view[0] = frame.zoom();
        view[1] = width / 2 - frame.centreX() * frame.zoom();
        view[2] = height / 2 - frame.centreY() * frame.zoom();
        return MapScene.of(layout, metrics, Map.of(), 0, frame.zoom(), view[1], view[2], width);
    }

    private static Territory own(Actor state) {
        return countries.stream().filter(c -> c.name().equalsIgnoreCase(state.name())).findFirst().orElseThrow();
    }

    /** The share of a disc (centre and radius in map units) that lies on the given land. */
    private static double shareOn(Territory land, Point centre, double radius) {
        int on = 0;
        int all = 0;
        for (int i = -10; i <= 10; i++) {
            for (int j = -10; j <= 10; j++) {
                if (i * i + j * j > 100) {
                    continue;
                }
                all++;
                if (land.contains(centre.plus(i * radius / 10, j * radius / 10))) {
                    on++;
                }
            }
        }
        return (double) on / all;
    }

    @Test
    void everyStateBadgeOfTheBuiltInExplainerSitsOnItsOwnLandAtEverySize() {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        double r = MapMetrics.screen(1).discRadius();
        List<Actor> states = explainer.actors().stream().filter(a -> a.kind() == ActorKind.STATE).toList();
        assertEquals(4, states.size(), "Russia, Ukraine, France and the United Kingdom");
        for (double[] size : VIEWS) {
            double[] view = new double[3];
            MapScene scene = framed(layout, size[0], size[1], view);
            for (Actor state : states) {
                Point disc = scene.discs().get(state.id());
                Point onMap = new Point((disc.x() - view[1]) / view[0], (disc.y() - view[2]) / view[0]);
                Territory land = own(state);
                String at = state.name() + "'s badge at " + (int) size[0] + "×" + (int) size[1];
                assertTrue(land.contains(onMap), at + " is off its own land");
                for (Territory other : countries) {
                    assertTrue(other == land || !other.contains(onMap), at + " is on " + other.name());
                }
                double share = shareOn(land, onMap, r / view[0]);
                assertTrue(share >= 0.5, at + " has only " + Math.round(share * 100) + " % of its disc on its land");
            }
        }
    }

    @Test
    void aStateWhosePlaceHasLandRoundItKeepsItsBadgeOnItsPlace() {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        for (String id : List.of("russia", "ukraine", "france")) {
            MapLayout.Spot spot = layout.spot(id);
            assertEquals(0, spot.anchor().distanceTo(spot.place()), 1e-9, id + " stays on its capital");
        }
    }

    @Test
    void aPersonWhoSharesTheirStatesPlaceStandsBesideItsBadgeTiedToTheirOwnPlace() {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        MapLayout.Spot uk = layout.spot("uk");
        MapLayout.Spot starmer = layout.spot("starmer");
        assertTrue(uk.anchor().distanceTo(uk.place()) > MapLayout.SAME_PLACE, "London is too near the sea for a disc");
        assertEquals(uk.anchor(), starmer.anchor(), "Starmer's badge stands beside the United Kingdom's");
        assertEquals(uk.place(), starmer.place(), "and is tied to London, his own place");
        assertTrue(starmer.tied());
    }

    @Test
    void aSeatIsTheDeepestNearbyLandWhenThePlaceIsOnTheCoast() {
        Territory britain = countries.stream().filter(c -> c.name().equals("United Kingdom")).findFirst().orElseThrow();
        Point london = PROJECTION.project(51.51, -0.13);
        Point seat = britain.seat(london, 11);
        assertTrue(britain.clearance(seat) > 2 * britain.clearance(london),
                "the seat lies deeper inside than London (" + britain.clearance(london) + " → " + britain.clearance(seat) + ")");
        assertTrue(seat.distanceTo(london) < 30, "and near it, in England");
        Point paris = PROJECTION.project(48.86, 2.35);
        Territory france = countries.stream().filter(c -> c.name().equals("France")).findFirst().orElseThrow();
        assertEquals(paris, france.seat(paris, 8), "a place deep enough inside is its own seat");
    }

    @Test
    void noNameSitsBetweenAPersonsDiscAndTheirStatesAtAnySize() {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        MapMetrics metrics = MapMetrics.screen(1);
        List<List<String>> pairs = explainer.actors().stream().filter(a -> a.kind() == ActorKind.PERSON)
                .flatMap(p -> p.blocs().stream().filter(b -> layout.spot(b).actor().kind() == ActorKind.STATE)
                        .map(b -> List.of(p.id(), b)))
                .toList();
        assertEquals(4, pairs.size(), "Putin, Zelensky, Macron and Starmer each act for a state on the map");
        for (double[] size : VIEWS) {
            MapScene scene = framed(layout, size[0], size[1], new double[3]);
            for (List<String> pair : pairs) {
                for (int k = 0; k < 2; k++) {
                    String id = pair.get(k);
                    String other = pair.get(1 - k);
                    if (scene.unlabelled().contains(id)) {
                        continue;
                    }
                    Point disc = scene.discs().get(id);
                    double[] box = MapScene.labelBox(metrics, layout.spot(id).actor().name(), disc);
                    Point shift = scene.nameOffset(id);
                    double[] name = {box[0] + shift.x(), box[1] + shift.y(), box[2] + shift.x(), box[3] + shift.y()};
                    assertTrue(distance(name, scene.discs().get(other)) > distance(name, disc) + metrics.discRadius() / 2,
                            layout.spot(id).actor().name() + "'s name lies between its disc and " + other
                                    + "'s at " + (int) size[0] + "×" + (int) size[1]);
                }
            }
        }
    }

    @Test
    void aMarkTheCameraLeavesUnderTheGroupsBandIsToldApartFromTheBandsChips() {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        MapMetrics metrics = MapMetrics.screen(1);
        // A tour step framed on Paris at a close zoom, as the second step of the built-in tour is.
        Point paris = layout.spot("france").anchor();
        double zoom = 6;
        double offsetX = 680 - paris.x() * zoom;
        double starmerY = MapScene.of(layout, metrics, Map.of(), 0, zoom, offsetX, 0, 1300).discs().get("starmer").y();
        // Starmer's disc a few pixels from the top, where the band is; Paris far below it.
        MapScene scene = MapScene.of(layout, metrics, Map.of(), 0, zoom, offsetX, 20 - starmerY, 1300);
        assertTrue(scene.discs().get("starmer").y() < scene.bandHeight(), "Starmer is framed up under the band");
        assertTrue(scene.underBand("starmer"), "so his mark is not drawn among the groups");
        assertTrue(!scene.underBand("macron") && !scene.underBand("nato"), "Macron below it and NATO's chip are");
    }

    private static double distance(double[] box, Point p) {
        double dx = Math.max(0, Math.max(box[0] - p.x(), p.x() - box[2]));
        double dy = Math.max(0, Math.max(box[1] - p.y(), p.y() - box[3]));
        return Math.hypot(dx, dy);
    }
}
