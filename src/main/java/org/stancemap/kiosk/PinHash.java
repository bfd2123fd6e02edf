package org.stancemap.kiosk;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.stancemap.io.Wording;

/**
 * The operator PIN, stored as a PBKDF2-HMAC-SHA256 hash with its own random salt and iteration
 * count in one line: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64). The PIN
 * itself is never stored or shown.
 *
 * <p>A short PIN cannot be made safe against someone who copies the config file and tries every
 * combination; the hash keeps it from being read at a glance and makes each guess cost a fraction
 * of a second. Keep the config file readable only by the kiosk account and its administrators.
 * Checking takes that fraction of a second too, so call {@link #verify} off the FX thread.
 */
public final class PinHash {

    public static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Fewer would make each guess at a copied config cheaper than OWASP advises. */
    static final int MIN_ITERATIONS = DEFAULT_ITERATIONS;
    /** A hash that asks for more would make each check take minutes. */
    static final int MAX_ITERATIONS = 10_000_000;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    public static final int MIN_PIN_LENGTH = 4;
    public static final int MAX_PIN_LENGTH = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PinHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new PIN with a fresh random salt; the caller should clear {@code pin} afterwards. */
    public static String create(char[] pin) {
        return create(pin, DEFAULT_ITERATIONS);
    }

    static String create(char[] pin, int iterations) {
        Optional<String> problem = problemWithPin(pin);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PinHash(iterations, salt, derive(pin, salt, iterations, HASH_BYTES)).encode();
    }

    /** Why a PIN cannot be used, or empty if it can. */
    public static Optional<String> problemWithPin(char[] pin) {
        if (pin.length < MIN_PIN_LENGTH) {
            return Optional.of(Wording.format("pin.tooShort", MIN_PIN_LENGTH));
        }
        if (pin.length > MAX_PIN_LENGTH) {
            return Optional.of(Wording.format("pin.tooLong", MAX_PIN_LENGTH));
        }
        for (char c : pin) {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                return Optional.of(Wording.get("pin.badCharacter"));
            }
        }
        return Optional.empty();
    }

    /** Whether every character is a digit 0–9, so a number pad can enter it. */
    public static boolean isDigitsOnly(char[] pin) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return pin.length > 0;
    }

    /**
     * Whether {@code pin} matches {@code encoded}. A malformed {@code encoded} never matches. The
     * comparison of the two hashes takes the same time wherever they differ.
     */
    public static boolean verify(char[] pin, String encoded) {
        Optional<PinHash> parsed = parse(encoded);
        if (parsed.isEmpty() || pin.length == 0 || pin.length > MAX_PIN_LENGTH) {
            return false;
        }
        PinHash stored = parsed.get();
        byte[] candidate = derive(pin, stored.salt, stored.iterations, stored.hash.length);
        try {
            return MessageDigest.isEqual(candidate, stored.hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    /** What is wrong with an encoded hash, in words for the person editing the config; empty if nothing. */
    public static Optional<String> problemWith(String encoded) {
        String[] parts = encoded.split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return Optional.of(Wording.format("pin.hash.notOurs", SCHEME + "$ITERATIONS$SALT$HASH"));
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return Optional.of(Wording.format("pin.hash.iterationsNotNumber", abbreviate(parts[1])));
        }
        if (iterations < MIN_ITERATIONS) {
            return Optional.of(Wording.format("pin.hash.tooFewIterations", iterations,
                    String.format(Locale.ENGLISH, "%,d", MIN_ITERATIONS)));
        }
        if (iterations > MAX_ITERATIONS) {
            return Optional.of(Wording.format("pin.hash.tooManyIterations", iterations,
                    String.format(Locale.ENGLISH, "%,d", MAX_ITERATIONS)));
        }
        byte[] salt = decode(parts[2]);
        if (salt == null || salt.length < 8 || salt.length > 64) {
            return Optional.of(Wording.get("pin.hash.badSalt"));
        }
        byte[] hash = decode(parts[3]);
        if (hash == null || hash.length < 16 || hash.length > 64) {
            return Optional.of(Wording.get("pin.hash.badHash"));
        }
        return Optional.empty();
    }

    private static Optional<PinHash> parse(String encoded) {
        if (encoded == null || problemWith(encoded).isPresent()) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\\$", -1);
        return Optional.of(new PinHash(Integer.parseInt(parts[1]), decode(parts[2]), decode(parts[3])));
    }

    private String encode() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime has this algorithm (it is required of all Java SE platforms).
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 16 ? text : text.substring(0, 12) + "…";
    }
}
