package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/** The autosave of one explainer being edited: read back whole, even mid-edit with problems, and gone once removed. */
class RecoveryFileTest {

    @TempDir
    Path dir;

    private static Explainer builtIn() {
        return new ExplainerLoader().loadDefault().explainer().orElseThrow();
    }

    @Test
    void whatIsSavedIsReadBackWithItsFileAndTime() throws IOException {
        RecoveryFile recovery = new RecoveryFolder(dir.resolve("recovery")).forDraft("draft-1");
        Instant at = Instant.parse("2026-12-06T08:30:00Z");
        Path file = dir.resolve("summit.stancemap.json");
        recovery.save(builtIn(), Optional.of(file), at);
        assertTrue(recovery.exists());
        RecoveryFile.Recovered read = recovery.read().orElseThrow();
        assertEquals(new ExplainerEncoder().encode(builtIn()), new ExplainerEncoder().encode(read.explainer()));
        assertEquals(Optional.of(file.toAbsolutePath()), read.file());
        assertEquals(at, read.savedAt());
        assertTrue(new ExplainerLoader().load(recovery.explainerFile()).isValid(),
                "the autosave is an ordinary explainer file that opens anywhere");
    }

    @Test
    void workInProgressWithAQuoteOffItsWordsIsStillRecovered() throws IOException {
        Explainer explainer = builtIn();
        List<Stance> stances = new ArrayList<>(explainer.stances());
        Stance first = stances.get(0);
        Quote moved = new Quote(new Span(0, 5, "words not there"), first.quotes().get(0).delivery());
        stances.set(0, new Stance(first.id(), first.actorId(), first.summary(), List.of(moved), first.context()));
        Explainer broken = new Explainer(explainer.id(), explainer.article(), explainer.actors(), stances,
                explainer.links(), explainer.tour(), explainer.glossary());
        RecoveryFile recovery = new RecoveryFolder(dir).forDraft("draft-1");
        recovery.save(broken, Optional.empty(), Instant.EPOCH);
        assertFalse(new ExplainerLoader().load(recovery.explainerFile()).isValid(), "a check refuses it");
        Explainer read = recovery.read().orElseThrow().explainer();
        assertEquals("words not there", read.stances().get(0).quotes().get(0).span().text(), "nothing is lost");
        assertEquals(broken.stances().size(), read.stances().size());
    }

    @Test
    void withoutItsNoteTheFilesOwnTimeStands() throws IOException {
        RecoveryFile recovery = new RecoveryFolder(dir).forDraft("draft-1");
        recovery.save(builtIn(), Optional.empty(), Instant.EPOCH);
        Files.writeString(dir.resolve("draft-1" + RecoveryFile.ABOUT_SUFFIX), "{not json", StandardCharsets.UTF_8);
        RecoveryFile.Recovered read = recovery.read().orElseThrow();
        assertEquals(Optional.empty(), read.file());
        assertEquals(Files.getLastModifiedTime(recovery.explainerFile()).toInstant(), read.savedAt());
    }

    @Test
    void removedMeansNothingToOfferAndGarbageIsReportedNotDeleted() throws IOException {
        RecoveryFile recovery = new RecoveryFolder(dir).forDraft("draft-1");
        recovery.save(builtIn(), Optional.empty(), Instant.EPOCH);
        recovery.remove();
        assertFalse(recovery.exists());
        assertEquals(Optional.empty(), recovery.read());
        Files.writeString(recovery.explainerFile(), "not an explainer", StandardCharsets.UTF_8);
        IOException failure = assertThrows(IOException.class, recovery::read);
        assertTrue(failure.getMessage().contains("not a readable explainer"), failure.getMessage());
        assertTrue(recovery.exists(), "left in place");
    }
}
