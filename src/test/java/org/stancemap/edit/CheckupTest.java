package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** The editor's problem list is what --validate says, each problem tied to the item and the words it is about. */
class CheckupTest {

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    @Test
    void theBuiltInExplainerHasNoErrors() {
        assertTrue(Checkup.of(builtIn()).stream().noneMatch(Checkup.Finding::error));
    }

    @Test
    void aQuoteThatLostItsWordsPointsAtItsStanceAndPlace() {
        Explainer explainer = builtIn();
        Stance stance = explainer.stances().get(2);
        Quote quote = stance.quotes().get(0);
        String text = explainer.article().text();
        int at = text.indexOf(quote.text());
        // The quoted words are reworded in the article: the quote can no longer be found there.
        String changed = text.substring(0, at) + "X" + text.substring(at + 1);
        Explainer corrected = new TextCorrection(changed).applyTo(explainer);
        assertEquals(1, TextCorrection.misplaced(corrected).size());

        List<Checkup.Finding> findings = Checkup.of(corrected).stream().filter(Checkup.Finding::error)
                .filter(f -> f.part() == Checkup.Part.STANCE).toList();
        assertEquals(1, findings.size(), findings::toString);
        Checkup.Finding finding = findings.get(0);
        assertEquals(Checkup.Part.STANCE, finding.part());
        assertEquals(Optional.of(ItemRef.stance(stance.id())), finding.item());
        assertEquals(quote.span().start(), finding.span().orElseThrow().start());
        assertTrue(finding.path().startsWith("$.stances[2].quotes[0]"), finding.path());
    }

    @Test
    void anActorWithNothingToSayIsAWarningAboutThatActor() {
        Explainer explainer = builtIn();
        String actorId = explainer.stances().get(0).actorId();
        Explainer without = new Explainer(explainer.id(), explainer.article(), explainer.actors(),
                explainer.stances().stream().filter(s -> !s.actorId().equals(actorId)).toList(),
                explainer.links().stream().filter(l -> explainer.stance(l.fromStanceId()).orElseThrow().actorId()
                        .equals(actorId) == false && !explainer.stance(l.toStanceId()).orElseThrow().actorId()
                        .equals(actorId)).toList(),
                List.of(), explainer.glossary());
        List<Checkup.Finding> warnings = Checkup.of(without).stream().filter(f -> !f.error())
                .filter(f -> f.part() == Checkup.Part.ACTOR).toList();
        assertTrue(warnings.stream().anyMatch(f -> f.item().equals(Optional.of(ItemRef.actor(actorId)))),
                warnings::toString);
    }
}
