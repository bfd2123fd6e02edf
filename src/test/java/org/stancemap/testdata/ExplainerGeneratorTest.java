package org.stancemap.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Stance;

/** The generated explainers must pass every check the app makes, with the sizes asked for. */
class ExplainerGeneratorTest {

    @ParameterizedTest(name = "{0} actors, {1} links, seed {2}")
    @CsvSource({
        "1000, 3000, 1",
        "1000, 3000, 20250911",
        "20, 40, 1",
        "20, 40, 7",
    })
    void loadsWithoutProblems(int actors, int links, long seed) {
        String name = "generated-" + actors + "-" + links + "-" + seed + ".stancemap.json";
        LoadResult result = new ExplainerLoader().load(ExplainerGenerator.generateBytes(actors, links, seed), name);

        assertEquals(List.of(), result.errors(), "errors");
        assertEquals(List.of(), result.warnings(), "warnings");
        assertTrue(result.isValid());
        Explainer explainer = result.explainer().orElseThrow();

        assertEquals(actors, explainer.actors().size(), "actors");
        assertEquals(links, explainer.links().size(), "links");
        assertEquals(ExplainerGenerator.TOUR_STEPS, explainer.tour().size(), "tour steps");
        assertTrue(explainer.glossary().size() >= 3, "a short glossary");

        // One or more stances for every actor that is not an event.
        for (Actor actor : explainer.actors()) {
            int stances = explainer.stancesOf(actor.id()).size();
            if (actor.kind() == ActorKind.EVENT) {
                assertEquals(0, stances, actor.id());
            } else {
                assertTrue(stances >= 1, actor.id() + " has no stance");
            }
        }
        // Every kind of actor and link is present; places stay inside the asked-for box.
        Set<ActorKind> kinds = new HashSet<>();
        explainer.actors().forEach(a -> kinds.add(a.kind()));
        assertEquals(Set.of(ActorKind.values()), kinds);
        Set<LinkKind> linkKinds = new HashSet<>();
        explainer.links().forEach(l -> linkKinds.add(l.kind()));
        assertEquals(Set.of(LinkKind.values()), linkKinds);
        assertTrue(explainer.actors().stream().anyMatch(a -> a.kind() == ActorKind.GROUP && a.place().isEmpty()),
                "some groups have no place");
        explainer.actors().forEach(a -> a.place().ifPresent(p -> {
            assertTrue(p.latitude() >= 35 && p.latitude() <= 70, a.id() + " lat " + p.latitude());
            assertTrue(p.longitude() >= -10 && p.longitude() <= 140, a.id() + " lon " + p.longitude());
        }));
        assertTrue(explainer.article().text().contains("\n"), "several paragraphs");
        for (Link link : explainer.links()) {
            Stance from = explainer.stance(link.fromStanceId()).orElseThrow();
            Stance to = explainer.stance(link.toStanceId()).orElseThrow();
            assertNotEquals(from.actorId(), to.actorId(), link.id() + " joins an actor to itself");
        }
    }

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() {
        assertEquals(ExplainerGenerator.generate(50, 120, 3), ExplainerGenerator.generate(50, 120, 3));
        assertNotEquals(ExplainerGenerator.generate(50, 120, 3), ExplainerGenerator.generate(50, 120, 4));
    }
}
