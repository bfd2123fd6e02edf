package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatTest {

    @TempDir
    Path dir;

    /** A clock whose instant the test sets. */
    private static final class SetClock extends Clock {
        Instant now;

        SetClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SetClock clock = new SetClock(Instant.ofEpochMilli(1_700_000_000_123L));
    private final List<String> reports = new ArrayList<>();

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBeatWritesTheEpochMillisecondsAndANewline() throws IOException {
        Heartbeat heartbeat = new Heartbeat(dir.resolve("hb"), clock, reports::add);
        assertTrue(heartbeat.beat());
        assertEquals("1700000000123\n", Files.readString(dir.resolve("hb"), StandardCharsets.US_ASCII));
    }

    @Test
    void eachBeatReplacesTheLastAndLeavesNoOtherFiles() throws IOException {
        Heartbeat heartbeat = new Heartbeat(dir.resolve("hb"), clock, reports::add);
        heartbeat.beat();
        clock.now = clock.now.plusSeconds(5);
        heartbeat.beat();
        assertEquals("1700000005123\n", Files.readString(dir.resolve("hb")));
        assertEquals(List.of("hb"), names(dir), "no backup, no temporary files");
        assertEquals(List.of(), reports);
    }

    @Test
    void theFolderIsCreatedWhenMissing() throws IOException {
        Path file = dir.resolve("run/user/stancemap/kiosk-heartbeat");
        assertTrue(new Heartbeat(file, clock, reports::add).beat());
        assertTrue(Files.isRegularFile(file));
    }

    @Test
    void aFailingBeatNeverThrowsAndIsReportedOnceUntilItWorksAgain() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Heartbeat heartbeat = new Heartbeat(blocker.resolve("hb"), clock, reports::add);
        assertFalse(heartbeat.beat());
        assertFalse(heartbeat.beat());
        assertFalse(heartbeat.beat());
        assertEquals(1, reports.size(), reports.toString());
        assertTrue(reports.get(0).contains("cannot write the heartbeat file"), reports.get(0));
        Files.delete(blocker);
        assertTrue(heartbeat.beat());
        assertEquals(2, reports.size());
        assertTrue(reports.get(1).contains("written again"), reports.get(1));
    }
}
