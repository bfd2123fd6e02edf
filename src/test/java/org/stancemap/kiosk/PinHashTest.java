package org.stancemap.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PinHashTest {

    /** Few iterations keep the tests fast; the format and the check are the same. */
    private static String hash(String pin) {
        return PinHash.create(pin.toCharArray(), PinHash.MIN_ITERATIONS);
    }

    @Test
    void theRightPinMatchesAndOthersDoNot() {
        String stored = hash("4711");
        assertTrue(PinHash.verify("4711".toCharArray(), stored));
        assertFalse(PinHash.verify("4712".toCharArray(), stored));
        assertFalse(PinHash.verify("471".toCharArray(), stored));
        assertFalse(PinHash.verify("47110".toCharArray(), stored));
        assertFalse(PinHash.verify(new char[0], stored));
    }

    @Test
    void theDefaultIterationCountIsWrittenIntoTheHashAndVerifies() {
        String stored = PinHash.create("90210".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
        assertTrue(PinHash.verify("90210".toCharArray(), stored));
    }

    @Test
    void theHashNeverContainsThePin() {
        String pin = "135792468";
        String stored = hash(pin);
        assertFalse(stored.contains(pin), stored);
        String pinBase64 = Base64.getEncoder().withoutPadding().encodeToString(pin.getBytes(StandardCharsets.UTF_8));
        assertFalse(stored.contains(pinBase64), stored);
    }

    @Test
    void eachHashHasItsOwnSalt() {
        String a = hash("2468");
        String b = hash("2468");
        assertNotEquals(a, b);
        assertTrue(PinHash.verify("2468".toCharArray(), a));
        assertTrue(PinHash.verify("2468".toCharArray(), b));
    }

    @Test
    void theEncodingHasFourPartsWithSaltAndHashOfTheExpectedSize() {
        String[] parts = hash("2468").split("\\$");
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PinHash.MIN_ITERATIONS), parts[1]);
        assertEquals(PinHash.SALT_BYTES, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(PinHash.HASH_BYTES, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void aTamperedHashNoLongerMatches() {
        String stored = hash("2468");
        String[] parts = stored.split("\\$");
        byte[] digest = Base64.getDecoder().decode(parts[3]);
        digest[0] ^= 1;
        String tampered = parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(digest);
        assertFalse(PinHash.verify("2468".toCharArray(), tampered));
        String otherCount = parts[0] + "$" + (PinHash.MIN_ITERATIONS + 1) + "$" + parts[2] + "$" + parts[3];
        assertFalse(PinHash.verify("2468".toCharArray(), otherCount));
    }

    @Test
    void malformedHashesNeverMatchAndSayWhy() {
        for (String bad : new String[] {"", "2468", "sha1$1000$AAAA$AAAA", "pbkdf2-sha256$x$AAAAAAAAAAA$AAAA",
                "pbkdf2-sha256$1000$!!!$AAAA", "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA$AAAA",
                "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA$AA"}) {
            assertFalse(PinHash.verify("2468".toCharArray(), bad), bad);
            assertTrue(PinHash.problemWith(bad).isPresent(), bad);
        }
        assertFalse(PinHash.verify("2468".toCharArray(), null));
    }

    @Test
    void unusablePinsAreRefusedBeforeHashing() {
        assertThrows(IllegalArgumentException.class, () -> hash("123"));
        assertThrows(IllegalArgumentException.class, () -> hash("12 34"));
        assertThrows(IllegalArgumentException.class, () -> hash("1".repeat(PinHash.MAX_PIN_LENGTH + 1)));
        assertTrue(PinHash.problemWithPin("1234".toCharArray()).isEmpty());
        assertTrue(PinHash.isDigitsOnly("0123".toCharArray()));
        assertFalse(PinHash.isDigitsOnly("12a4".toCharArray()));
    }
}
