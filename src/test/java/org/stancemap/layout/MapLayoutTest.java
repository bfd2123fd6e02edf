package org.stancemap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.io.WorldOutlineLoader;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;
import org.stancemap.testdata.ExplainerGenerator;

/**
 * The map's places tell the truth: groups never on a country none of their members is in, every
 * other actor at (or within a fixed fan of) its place, and that fan the same at every window size,
 * zoom and tour step.
 */
class MapLayoutTest {

    private static final MapProjection PROJECTION = new MapProjection();
    /** The window sizes the map must keep its geography at, as map areas of those windows. */
    private static final double[][] VIEWS = {{1024, 600}, {700, 420}, {1366, 768}, {1920, 1080}, {3840, 2160}, {420, 300}};
    /** The farthest a fanned badge may stand from its place, in disc radii. */
    private static final double MAX_FAN = 11;
    private static WorldOutline world;
    private static List<Country> countries;

    private record Country(String name, List<double[]> rings) {

        /** Whether a map point lies inside this country (even-odd over its rings, in map units). */
        boolean contains(Point p) {
            boolean inside = false;
            for (double[] ring : rings) {
                for (int i = 0, j = ring.length / 2 - 1; i < ring.length / 2; j = i++) {
                    double xi = ring[2 * i];
                    double yi = ring[2 * i + 1];
                    double xj = ring[2 * j];
                    double yj = ring[2 * j + 1];
                    if ((yi > p.y()) != (yj > p.y()) && p.x() < (xj - xi) * (p.y() - yi) / (yj - yi) + xi) {
                        inside = !inside;
                    }
                }
            }
            return inside;
        }
    }

    @BeforeAll
    static void loadOutlines() {
        world = new WorldOutlineLoader().loadDefault();
        countries = new ArrayList<>();
        for (CountryOutline country : world.countries()) {
            List<double[]> rings = new ArrayList<>();
            for (double[] ring : country.rings()) {
                double[] xy = new double[ring.length];
                for (int i = 0; i < ring.length; i += 2) {
                    Point p = PROJECTION.project(ring[i + 1], ring[i]);
                    xy[i] = p.x();
                    xy[i + 1] = p.y();
                }
                rings.add(xy);
            }
            countries.add(new Country(country.name(), rings));
        }
        assertTrue(countries.size() > 40, "the outlines are loaded");
    }

    static Stream<Explainer> explainers() {
        return Stream.of(new ExplainerLoader().loadDefault().explainer().orElseThrow(),
                generated(40, 60, 3), generated(120, 200, 5), generated(300, 500, 9),
                OpeningViewTest.inRegion(OpeningViewTest.ONE_COUNTRY, 4));
    }

    private static Explainer generated(int actors, int links, long seed) {
        return new ExplainerLoader().load(ExplainerGenerator.generateBytes(actors, links, seed), "generated.json")
                .explainer().orElseThrow();
    }

    /** The scene the live map draws when it frames everything in a {@code width}×{@code height} view. */
    private static MapScene framed(MapLayout layout, double width, double height, java.util.Collection<String> only) {
        MapMetrics metrics = MapMetrics.screen(1);
        List<Framing.Box> boxes = MapScene.boxes(layout, metrics, null, only);
        double band = MapScene.bandHeight(layout, metrics, width);
        Framing.Frame frame = new Framing(0.3, 40).fit(boxes, width, height,
                new Framing.Margins(70, Math.max(42, band + 12), 70, 120));
        double offsetX = width / 2 - frame.centreX() * frame.zoom();
        double offsetY = height / 2 - frame.centreY() * frame.zoom();
        return MapScene.of(layout, metrics, Map.of(), 0, frame.zoom(), offsetX, offsetY, width);
    }

    @ParameterizedTest
    @MethodSource("explainers")
    void noGroupIsDrawnOnACountryNoneOfItsMembersIsIn(Explainer explainer) {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        for (double[] view : VIEWS) {
            MapScene scene = framed(layout, view[0], view[1], null);
            double zoom = zoomOf(layout, scene);
            Point origin = originOf(layout, scene, zoom);
            for (Actor actor : explainer.actors()) {
                if (!actor.kind().isBloc() || actor.kind() == ActorKind.STATE) {
                    continue;
                }
                Point disc = scene.discs().get(actor.id());
                if (scene.chips().contains(actor.id())) {
                    assertTrue(disc.y() < scene.bandHeight(), actor.name() + " is a chip in the groups band, above the map");
                    continue;
                }
                Point onMap = new Point((disc.x() - origin.x()) / zoom, (disc.y() - origin.y()) / zoom);
                Set<String> membersCountries = new HashSet<>();
                for (Actor member : explainer.membersOf(actor.id())) {
                    MapLayout.Spot spot = layout.spot(member.id());
                    if (spot.place() != null) {
                        countries.stream().filter(c -> c.contains(spot.place())).forEach(c -> membersCountries.add(c.name()));
                    }
                }
                for (Country country : countries) {
                    assertFalse(country.contains(onMap) && !membersCountries.contains(country.name()),
                            actor.name() + " is drawn on " + country.name() + ", where none of its members is");
                }
            }
        }
    }

    @Test
    void theDefaultExplainersGroupsAreChipsInTheBandAndNothingElseIs() {
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        assertEquals(List.of("nato", "allies", "western-leaders"), layout.band());
        MapScene scene = framed(layout, 1024, 600, null);
        assertEquals(List.of(new MapScene.Leader("nato", "rutte")), scene.leaders(), "NATO is tied to its member on the map");
        assertEquals(MapLayout.Mark.PIN, layout.spot("vladivostok-forum").mark(), "an event is a pin");
        assertEquals(MapLayout.Mark.BADGE, layout.spot("putin").mark());
    }

    @ParameterizedTest
    @MethodSource("explainers")
    void everyPersonStateAndEventIsDrawnWithinAFixedDistanceOfItsPlaceAtEverySize(Explainer explainer) {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        double r = MapMetrics.screen(1).discRadius();
        for (double[] view : VIEWS) {
            MapScene scene = framed(layout, view[0], view[1], null);
            for (Actor actor : explainer.actors()) {
                MapLayout.Spot spot = layout.spot(actor.id());
                if (spot.mark() == MapLayout.Mark.CHIP) {
                    assertTrue(actor.kind().isBloc() && actor.kind() != ActorKind.STATE || actor.place().isEmpty(),
                            actor.name() + " has a place, yet is in the band");
                    continue;
                }
                Point place = scene.places().get(actor.id());
                Point disc = scene.discs().get(actor.id());
                assertTrue(disc.distanceTo(place) <= MAX_FAN * r, actor.name() + " is drawn "
                        + Math.round(disc.distanceTo(place)) + " px from its place at " + view[0] + "×" + view[1]);
                if (actor.kind() == ActorKind.STATE) {
                    assertTrue(actor.place().isEmpty() || ownPlace(actor).distanceTo(spot.place()) < 3,
                            actor.name() + " stands on its own place");
                }
                if (actor.kind() == ActorKind.PERSON && actor.place().isEmpty()) {
                    assertTrue(actor.blocs().stream().map(b -> layout.spot(b)).anyMatch(s -> s != null
                            && s.actor().kind() == ActorKind.STATE && s.place().equals(spot.place())),
                            actor.name() + " has no place and stands beside the state they act for");
                }
            }
        }
    }

    private static Point ownPlace(Actor actor) {
        return PROJECTION.project(actor.place().orElseThrow().latitude(), actor.place().orElseThrow().longitude());
    }

    @ParameterizedTest
    @MethodSource("explainers")
    void aBadgeSitsTheSameWayOnItsPlaceAtEveryWindowSizeAndTourStep(Explainer explainer) {
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        Map<String, Point> first = null;
        List<java.util.Collection<String>> steps = new ArrayList<>();
        steps.add(null);
        explainer.tour().forEach(step -> steps.add(step.actorIds().isEmpty() ? null : step.actorIds()));
        for (double[] view : VIEWS) {
            for (java.util.Collection<String> step : steps) {
                MapScene scene = framed(layout, view[0], view[1], step);
                // Measured from the point each fan is laid round: a place, or a state's seat on its land.
                double zoom = zoomOf(layout, scene);
                Point origin = originOf(layout, scene, zoom);
                Map<String, Point> relative = new java.util.HashMap<>();
                scene.places().forEach((id, place) -> {
                    Point disc = scene.discs().get(id);
                    Point anchor = layout.spot(id).anchor();
                    relative.put(id, new Point(disc.x() - (anchor.x() * zoom + origin.x()),
                            disc.y() - (anchor.y() * zoom + origin.y())));
                });
                if (first == null) {
                    first = relative;
                }
                for (Map.Entry<String, Point> e : first.entrySet()) {
                    Point now = relative.get(e.getKey());
                    assertNotNull(now, e.getKey() + " disappeared");
                    assertEquals(e.getValue().x(), now.x(), 1e-6, e.getKey() + " moved across its place at " + view[0] + "×" + view[1]);
                    assertEquals(e.getValue().y(), now.y(), 1e-6, e.getKey() + " moved along its place at " + view[0] + "×" + view[1]);
                }
            }
        }
    }

    @Test
    void actorsSharingAPlaceFanOutAroundItTheFirstOnThePlaceItself() {
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        for (String state : List.of("russia", "ukraine", "france", "uk")) {
            MapLayout.Spot spot = layout.spot(state);
            assertEquals(0, Math.hypot(spot.dx(), spot.dy()), 1e-9, state + " stands on its place");
            assertFalse(spot.tied(), state + " needs no tie");
        }
        for (String person : List.of("putin", "zelensky", "macron", "starmer")) {
            MapLayout.Spot spot = layout.spot(person);
            assertTrue(spot.tied() && Math.hypot(spot.dx(), spot.dy()) < 7, person + " stands beside the state, tied to the place");
        }
        assertEquals(0, layout.spot("rutte").dx(), 1e-9, "alone on his place (NATO is in the band)");
        assertEquals(0, layout.spot("rutte").dy(), 1e-9);
    }

    @Test
    void framingNeverCollapsesTheMapWhenTheViewIsNarrow() {
        Explainer explainer = new ExplainerLoader().loadDefault().explainer().orElseThrow();
        MapLayout layout = MapLayout.of(explainer, PROJECTION, world);
        // West to east order of places is kept at every size: the map does not turn into a ring.
        for (double[] view : VIEWS) {
            MapScene scene = framed(layout, view[0], view[1], null);
            assertTrue(scene.places().get("starmer").x() < scene.places().get("putin").x()
                    && scene.places().get("putin").x() < scene.places().get("vladivostok-forum").x(),
                    "the places keep their order at " + view[0] + "×" + view[1]);
            assertTrue(scene.discs().get("starmer").x() < scene.discs().get("putin").x(),
                    "London's fan stays west of Moscow's at " + view[0] + "×" + view[1]);
        }
    }

    private static double zoomOf(MapLayout layout, MapScene scene) {
        List<String> ids = new ArrayList<>(scene.places().keySet());
        for (String a : ids) {
            for (String b : ids) {
                Point pa = layout.spot(a).place();
                Point pb = layout.spot(b).place();
                if (Math.abs(pa.x() - pb.x()) > 5) {
                    return (scene.places().get(a).x() - scene.places().get(b).x()) / (pa.x() - pb.x());
                }
            }
        }
        return 1;
    }

    private static Point originOf(MapLayout layout, MapScene scene, double zoom) {
        String any = scene.places().keySet().iterator().next();
        Point screen = scene.places().get(any);
        Point map = layout.spot(any).place();
        return new Point(screen.x() - map.x() * zoom, screen.y() - map.y() * zoom);
    }
}
