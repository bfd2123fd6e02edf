package org.stancemap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stancemap.explainer.ExplainerEncoder;
import org.stancemap.explainer.ExplainerLoader;
import org.stancemap.explainer.LoadResult;
import org.stancemap.explainer.Problem;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** Edits on the built-in explainer: cascades, undo and redo, merging, quoting, links, the saved mark. */
class EditHistoryTest {

    static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    static String json(Explainer explainer) {
        return new ExplainerEncoder().encode(explainer);
    }

    static Explainer assertValid(Explainer explainer) {
        LoadResult result = new ExplainerLoader().load(new ExplainerEncoder().encodeBytes(explainer), "edited.json");
        assertTrue(result.isValid(), () -> "the edited explainer does not validate:\n"
                + result.errors().stream().map(Problem::format).collect(Collectors.joining("\n")));
        return result.explainer().orElseThrow();
    }

    @Test
    void deletingAnActorTakesItsStancesLinksAndTourReferencesAndOneUndoBringsAllBack() {
        Explainer start = builtIn();
        EditHistory history = new EditHistory(start);
        int putinStances = start.stancesOf("putin").size();
        assertTrue(putinStances > 0);

        Explainer after = history.apply(Review.removal(java.util.Set.of(ItemRef.actor("putin")), "delete Putin"));

        assertTrue(after.actor("putin").isEmpty());
        assertTrue(after.stancesOf("putin").isEmpty());
        assertEquals(start.stances().size() - putinStances, after.stances().size());
        assertTrue(after.links().stream().allMatch(l -> after.stance(l.fromStanceId()).isPresent()
                && after.stance(l.toStanceId()).isPresent()), "no link is left hanging");
        assertTrue(after.tour().stream().noneMatch(step -> step.actorIds().contains("putin")));
        assertValid(after);

        history.undo();
        assertEquals(json(start), json(history.current()), "one undo restores the whole cascade");
        history.redo();
        assertEquals(json(after), json(history.current()), "redo deletes them all again");
        assertEquals(Optional.of("delete Putin"), history.undoLabel());
    }

    @Test
    void mergingMovesStancesAndReferencesToTheKeptActor() {
        Explainer start = builtIn();
        int both = start.stancesOf("putin").size() + start.stancesOf("russia").size();

        Explainer merged = new EditHistory(start).apply(new MergeActors("putin", "russia", "merge"));

        assertTrue(merged.actor("russia").isEmpty());
        assertEquals(both, merged.stancesOf("putin").size(), "Russia's positions are Putin's now");
        assertTrue(merged.actors().stream().noneMatch(a -> a.blocs().contains("russia")));
        assertFalse(merged.actor("putin").orElseThrow().blocs().contains("putin"), "not a member of itself");
        assertValid(merged);
        assertThrows(EditRefused.class, () -> new MergeActors("putin", "putin", "merge").applyTo(start));
    }

    @Test
    void aQuoteOverlappingAnotherIsRefusedWithTheOtherNamed() {
        Explainer start = builtIn();
        Quote taken = start.stancesOf("putin").get(0).quotes().get(0);
        AddQuote overlapping = new AddQuote("macron", Optional.empty(), "macron-new", "Says something.",
                taken.span().start() + 1, taken.span().end() + 3, Delivery.REPORTED);

        EditRefused refused = assertThrows(EditRefused.class, () -> overlapping.applyTo(start));
        assertTrue(refused.getMessage().contains("Vladimir Putin") && refused.getMessage().contains("overlaps"),
                refused.getMessage());
        AddQuote repeated = new AddQuote("putin", Optional.empty(), "putin-again", "Again.", taken.span().start(),
                taken.span().end(), Delivery.DIRECT);
        assertTrue(assertThrows(EditRefused.class, () -> repeated.applyTo(start)).getMessage().contains("repeats"));
    }

    @Test
    void aNewQuoteOnFreeWordsMakesAConfirmedStanceThatValidates() {
        Explainer start = builtIn();
        String text = start.article().text();
        int from = firstFreeWordAt(start, text.indexOf("Paris"));
        AddQuote add = new AddQuote("macron", Optional.empty(), "macron-paris", "Hosted the talks.",
                from, from + "Paris".length(), Delivery.REPORTED);

        Explainer after = new EditHistory(start).apply(add);

        Stance added = after.stance("macron-paris").orElseThrow();
        assertEquals("Paris", added.quotes().get(0).text());
        assertFalse(added.status().isSuggested());
        assertValid(after);
    }

    private static int firstFreeWordAt(Explainer explainer, int charIndex) {
        String text = explainer.article().text();
        for (int at = charIndex; at >= 0; at = text.indexOf("Paris", at + 1)) {
            int cp = text.codePointCount(0, at);
            boolean free = explainer.stances().stream().flatMap(s -> s.quotes().stream())
                    .noneMatch(q -> q.span().start() < cp + 5 && cp < q.span().end());
            if (free) {
                return cp;
            }
        }
        throw new AssertionError("no unquoted Paris in the article");
    }

    @Test
    void reversingALinkSwapsItsEndsAndChangingItsKindKeepsThem() {
        Explainer start = builtIn();
        var link = start.links().get(0);

        Explainer reversed = LinkEdits.reverse(link.id()).applyTo(start);
        assertEquals(link.toStanceId(), reversed.link(link.id()).orElseThrow().fromStanceId());
        assertEquals(link.fromStanceId(), reversed.link(link.id()).orElseThrow().toStanceId());

        Explainer supports = LinkEdits.setKind(link.id(), LinkKind.SUPPORTS).applyTo(start);
        assertEquals(LinkKind.SUPPORTS, supports.link(link.id()).orElseThrow().kind());
        assertEquals(link.fromStanceId(), supports.link(link.id()).orElseThrow().fromStanceId());

        var putin = start.stancesOf("putin");
        assertThrows(EditRefused.class, () -> LinkEdits.add("self", LinkKind.OPPOSES, putin.get(0).id(),
                putin.get(1).id(), "", java.util.List.of()).applyTo(start), "one actor's positions are not linked");
    }

    @Test
    void theModifiedMarkFollowsSaveUndoAndRedo() {
        EditHistory history = new EditHistory(builtIn());
        assertFalse(history.isModified());
        history.apply(ItemEdits.addGlossaryEntry("summit diplomacy", "Talks between heads of government."));
        assertTrue(history.isModified());
        history.markSaved();
        assertFalse(history.isModified());
        history.undo();
        assertTrue(history.isModified(), "undoing past the save differs from the file");
        history.redo();
        assertFalse(history.isModified(), "redo returns to what was saved");
        assertThrows(EditRefused.class, () -> history.apply(ItemEdits.addGlossaryEntry("Summit Diplomacy", "Again.")));
        assertNotEquals(Optional.empty(), history.undoLabel());
    }

    @Test
    void dontSaveGoesBackToWhatWasLastSavedOrOpenedAndShowsIt() {
        Explainer opened = builtIn();
        EditHistory history = new EditHistory(opened);
        java.util.List<Explainer> shown = new java.util.ArrayList<>();
        history.addListener(shown::add);
        history.apply(ItemEdits.addGlossaryEntry("summit diplomacy", "Talks between heads of government."));
        history.revertToSaved();
        assertEquals(json(opened), json(history.current()), "never saved: back to the explainer as opened");
        assertEquals(json(opened), json(shown.get(shown.size() - 1)), "and the window is told");
        assertFalse(history.isModified());
        assertFalse(history.canUndo() || history.canRedo(), "the changes let go are not on the undo list");

        Explainer saved = history.apply(ItemEdits.addGlossaryEntry("summit diplomacy", "Talks between heads of government."));
        history.markSaved();
        history.apply(ItemEdits.addGlossaryEntry("ceasefire line", "Where the fighting stops."));
        history.undo();
        history.undo();
        history.revertToSaved();
        assertEquals(json(saved), json(history.current()), "undone past the save: back to what was saved");
        assertFalse(history.isModified());
        history.apply(ItemEdits.addGlossaryEntry("ceasefire line", "Where the fighting stops."));
        history.undo();
        assertFalse(history.isModified(), "the saved explainer is the new starting point");

        int told = shown.size();
        history.revertToSaved();
        assertTrue(history.canRedo(), "with nothing unsaved, the redo list stays");
        assertEquals(told, shown.size(), "and the window is not told of a change that did not happen");
    }
}
