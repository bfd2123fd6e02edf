package org.stancemap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancemap.cli.LaunchOptions.Mode;
import org.stancemap.kiosk.KioskConfig;
import org.stancemap.kiosk.KioskConfigLoader;
import org.stancemap.kiosk.PinHash;

class KioskOptionsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(List.of(args));
    }

    private int pin(PinCommand.PinInput input) {
        return new PinCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(input);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A person at a terminal, typing these answers in turn. */
    private static PinCommand.PinInput typed(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return new PinCommand.PinInput() {
            @Override
            public char[] read(String prompt) {
                return left.isEmpty() ? null : left.pop().toCharArray();
            }

            @Override
            public boolean interactive() {
                return true;
            }
        };
    }

    @Test
    void kioskAloneRunsAWindowInKioskModeWithDefaults() {
        LaunchOptions options = parse("--kiosk");
        assertEquals(Mode.WINDOW, options.mode());
        assertEquals(Optional.of(new LaunchOptions.Kiosk(Optional.empty(), Optional.empty())), options.kiosk());
        assertTrue(options.explainer().isEmpty());
    }

    @Test
    void aKioskConfigImpliesKioskMode() {
        LaunchOptions options = parse("--kiosk-config", "/etc/kiosk.json", "--kiosk-heartbeat", "/run/hb");
        assertEquals(Mode.WINDOW, options.mode());
        LaunchOptions.Kiosk kiosk = options.kiosk().orElseThrow();
        assertEquals(Optional.of(Path.of("/etc/kiosk.json")), kiosk.config());
        assertEquals(Optional.of(Path.of("/run/hb")), kiosk.heartbeat());
    }

    @Test
    void aPlainWindowIsNoKiosk() {
        assertTrue(parse("x.json").kiosk().isEmpty());
        assertTrue(parse().kiosk().isEmpty());
    }

    @Test
    void kioskCombinationsThatMakeNoSenseAreUsageErrors() {
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk-heartbeat", "/run/hb").mode());
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk", "--validate", "a.json").mode());
        assertTrue(parse("--kiosk", "--validate", "a.json").error().contains("--kiosk-config FILE --validate"));
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk", "--present").mode());
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk-config").mode());
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk-config", "a.json", "--kiosk-config", "b.json").mode());
        assertEquals(Mode.USAGE_ERROR, parse("--kiosk-pin", "--dark").mode());
        assertTrue(parse("--kiosk", "--present").error().contains("plays the tour by itself"));
    }

    @Test
    void kioskPinIsItsOwnModeAndHelpStillWins() {
        assertEquals(Mode.KIOSK_PIN, parse("--kiosk-pin").mode());
        assertEquals(Mode.HELP, parse("--kiosk-pin", "--help").mode());
    }

    @Test
    void theHelpDescribesTheKioskOptions() {
        for (String option : new String[] {"--kiosk ", "--kiosk-config FILE", "--kiosk-heartbeat FILE", "--kiosk-pin"}) {
            assertTrue(LaunchOptions.help().contains(option), option);
        }
    }

    @Test
    void theCommandLineExplainerAndHeartbeatOverrideTheConfig() throws IOException {
        Files.writeString(dir.resolve("from-config.stancemap.json"), "{}");
        Files.writeString(dir.resolve("cli.stancemap.json"), "{}");
        Path config = Files.writeString(dir.resolve("kiosk.json"),
                "{\"explainer\": \"from-config.stancemap.json\", \"idleSeconds\": 30, \"heartbeatFile\": \"hb\"}");
        LaunchOptions options = parse("--kiosk-config", config.toString(), "--kiosk-heartbeat",
                dir.resolve("watchdog-hb").toString(), dir.resolve("cli.stancemap.json").toString());
        KioskConfig kiosk = options.kioskConfig(new KioskConfigLoader()).config().orElseThrow();
        assertEquals(Optional.of(dir.resolve("cli.stancemap.json")), kiosk.explainer());
        assertEquals(dir.resolve("watchdog-hb"), kiosk.heartbeatFile());
        assertEquals(Duration.ofSeconds(30), kiosk.idle());

        KioskConfig fromFile = parse("--kiosk-config", config.toString()).kioskConfig(new KioskConfigLoader())
                .config().orElseThrow();
        assertEquals(Optional.of(dir.resolve("from-config.stancemap.json")), fromFile.explainer());
        assertEquals(dir.resolve("hb"), fromFile.heartbeatFile());
    }

    @Test
    void aBadConfigComesBackAsProblemsNotAnException() throws IOException {
        Path config = Files.writeString(dir.resolve("kiosk.json"), "{\"idleSeconds\": 1}");
        KioskConfigLoader.Result result = parse("--kiosk-config", config.toString(), "x.stancemap.json")
                .kioskConfig(new KioskConfigLoader());
        assertFalse(result.isValid());
        assertTrue(result.message().contains("$.idleSeconds"), result.message());
        assertThrows(IllegalStateException.class, () -> parse("x.json").kioskConfig(new KioskConfigLoader()));
    }

    @Test
    void aPinFromStandardInputGivesAConfigLineThatVerifies() {
        assertEquals(0, pin(PinCommand.lines(new StringReader("80451\n"))));
        Matcher m = Pattern.compile("^\"pinHash\": \"(pbkdf2-sha256\\$[^\"]+)\"\\R$").matcher(out());
        assertTrue(m.matches(), out());
        assertTrue(PinHash.verify("80451".toCharArray(), m.group(1)));
        assertFalse(out().contains("80451"), "the PIN itself is never printed");
        assertFalse(err().contains("80451"));
    }

    @Test
    void atATerminalThePinIsAskedTwice() {
        assertEquals(0, pin(typed("2468", "2468")));
        assertTrue(out().startsWith("\"pinHash\": \"pbkdf2-sha256$"), out());
    }

    @Test
    void twoDifferentPinsChangeNothing() {
        assertEquals(1, pin(typed("2468", "2469")));
        assertEquals("", out());
        assertTrue(err().contains("differ"), err());
    }

    @Test
    void aShortOrMissingPinIsRefused() {
        assertEquals(1, pin(PinCommand.lines(new StringReader("12\n"))));
        assertTrue(err().contains("at least 4"), err());
        assertEquals(1, pin(PinCommand.lines(new StringReader(""))));
        assertEquals("", out());
    }

    @Test
    void aPinWithLettersWorksButWarnsAboutNumberPads() {
        assertEquals(0, pin(PinCommand.lines(new StringReader("open-sesame\n"))));
        assertTrue(err().contains("other than digits"), err());
    }

    @Test
    void theOperatorExitStatusIsNeitherSuccessNorAUsageError() {
        assertEquals(3, KioskConfig.OPERATOR_EXIT_STATUS);
    }
}
