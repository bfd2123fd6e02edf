package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded mutations of the shipped explainer: the loader must always answer, never throw. */
class FuzzTest {

    private static final byte[] BASE = TestFiles.defaultBytes();
    private static final String[] JSON_BITS = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-1", "1e999", "0.5", "\"\u2019\"", "\n", "\\u0000",
        "\\ud800", "\u00e9", "//", "'", "1E+2147483648"
    };

    private final ExplainerLoader loader = new ExplainerLoader();

    /** Loads, and checks the invariants every result must keep; the seed names the failing case. */
    private LoadResult check(byte[] bytes, String what, long seed) {
        LoadResult result;
        try {
            result = loader.load(bytes, "fuzz.json");
        } catch (Throwable t) {
            fail("load threw " + t + " for " + what + " with seed " + seed, t);
            return null;
        }
        assertNotNull(result, what + " seed " + seed);
        assertNotNull(result.problems(), what + " seed " + seed);
        if (result.isValid()) {
            assertTrue(result.errors().isEmpty(), what + " seed " + seed + ": a valid result has errors");
        } else {
            assertFalse(result.errors().isEmpty(), what + " seed " + seed + ": an invalid result has no error");
        }
        for (Problem p : result.problems()) {
            String line = p.format();
            assertNotNull(line, what + " seed " + seed);
            assertFalse(line.isBlank(), what + " seed " + seed + ": empty problem");
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028")
                    || line.contains("\u2029") || line.contains("\u0085"),
                    what + " seed " + seed + ": problem is not one line: " + line);
            assertFalse(p.message().isBlank(), what + " seed " + seed);
        }
        return result;
    }

    // ---- byte-level mutations ----

    private static byte[] mutateBytes(Random random) {
        byte[] bytes = BASE.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(5)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> { // delete a run
                    int len = Math.min(bytes.length - at, 1 + random.nextInt(40));
                    byte[] shorter = new byte[bytes.length - len];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + len, shorter, at, bytes.length - at - len);
                    bytes = shorter.length == 0 ? new byte[] {'{'} : shorter;
                }
                case 3 -> { // insert JSON-ish text
                    byte[] bit = JSON_BITS[random.nextInt(JSON_BITS.length)].getBytes(StandardCharsets.UTF_8);
                    byte[] longer = new byte[bytes.length + bit.length];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    System.arraycopy(bit, 0, longer, at, bit.length);
                    System.arraycopy(bytes, at, longer, at + bit.length, bytes.length - at);
                    bytes = longer;
                }
                default -> bytes = Arrays.copyOf(bytes, at); // truncate
            }
        }
        return bytes;
    }

    @Test
    void byteMutationsNeverThrow() {
        int invalid = 0;
        for (long seed = 0; seed < 1200; seed++) {
            Random random = new Random(seed);
            if (!check(mutateBytes(random), "byte mutation", seed).isValid()) {
                invalid++;
            }
        }
        assertTrue(invalid > 600, "byte mutations should mostly break the file; only " + invalid + " did");
    }

    @Test
    void randomBytesNeverThrow() {
        for (long seed = 0; seed < 500; seed++) {
            Random random = new Random(1_000_000 + seed);
            byte[] bytes = new byte[random.nextInt(2000)];
            if (random.nextBoolean()) {
                random.nextBytes(bytes);
            } else { // random printable JSON-ish characters get further into the parser
                StringBuilder sb = new StringBuilder();
                while (sb.length() < bytes.length) {
                    sb.append(JSON_BITS[random.nextInt(JSON_BITS.length)]);
                }
                bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            }
            LoadResult result = check(bytes, "random bytes", seed);
            assertFalse(result.isValid(), "random bytes made a valid explainer, seed " + seed);
        }
    }

    // ---- tree-level mutations ----

    private static final JsonElement[] ODD_VALUES = {
        JsonNull.INSTANCE, new JsonPrimitive(""), new JsonPrimitive("   "), new JsonPrimitive(0),
        new JsonPrimitive(-1), new JsonPrimitive(Integer.MAX_VALUE), new JsonPrimitive(1e300),
        new JsonPrimitive(new java.math.BigDecimal("1e400")), new JsonPrimitive(2.5), new JsonPrimitive(true),
        new JsonPrimitive("putin"), new JsonPrimitive("allies-commit-troops"), new JsonPrimitive("line\nbreak\r\u2028"),
        new JsonPrimitive("\ud83d\ude00 emoji"), new JsonObject(), new JsonArray()
    };

    /** Every container in the tree, so a mutation can pick one at random. */
    private static void containers(JsonElement e, List<JsonElement> out) {
        if (e.isJsonObject()) {
            out.add(e);
            e.getAsJsonObject().entrySet().forEach(entry -> containers(entry.getValue(), out));
        } else if (e.isJsonArray()) {
            out.add(e);
            e.getAsJsonArray().forEach(child -> containers(child, out));
        }
    }

    private static JsonElement nest(JsonElement inner, int depth, Random random) {
        JsonElement deep = inner;
        for (int i = 0; i < depth; i++) {
            if (random.nextBoolean()) {
                JsonArray a = new JsonArray();
                a.add(deep);
                deep = a;
            } else {
                JsonObject o = new JsonObject();
                o.add("k", deep);
                deep = o;
            }
        }
        return deep;
    }

    private static void mutateTree(JsonObject root, Random random) {
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            List<JsonElement> all = new ArrayList<>();
            containers(root, all);
            JsonElement target = all.get(random.nextInt(all.size()));
            if (target.isJsonObject()) {
                JsonObject o = target.getAsJsonObject();
                List<String> keys = new ArrayList<>(o.keySet());
                if (keys.isEmpty()) {
                    o.addProperty("added", "x");
                    continue;
                }
                String key = keys.get(random.nextInt(keys.size()));
                switch (random.nextInt(6)) {
                    case 0 -> o.remove(key);
                    case 1 -> o.add(key, ODD_VALUES[random.nextInt(ODD_VALUES.length)].deepCopy());
                    case 2 -> o.add(key, nest(o.get(key), 10 + random.nextInt(100), random));
                    case 3 -> { // swap the values of two keys (ids swapped, types crossed)
                        String other = keys.get(random.nextInt(keys.size()));
                        JsonElement a = o.get(key);
                        o.add(key, o.get(other));
                        o.add(other, a);
                    }
                    case 4 -> o.add("unknown" + random.nextInt(3) + (random.nextBoolean() ? "\n" : ""), new JsonPrimitive(1));
                    default -> o.add(key, new JsonPrimitive(o.get(key).toString()));
                }
            } else {
                JsonArray a = target.getAsJsonArray();
                switch (random.nextInt(4)) {
                    case 0 -> { // duplicate the array's contents
                        JsonArray copy = a.deepCopy();
                        copy.forEach(a::add);
                    }
                    case 1 -> {
                        if (!a.isEmpty()) {
                            a.remove(random.nextInt(a.size()));
                        }
                    }
                    case 2 -> a.add(ODD_VALUES[random.nextInt(ODD_VALUES.length)].deepCopy());
                    default -> {
                        if (a.size() > 1) { // swap two entries
                            int i = random.nextInt(a.size());
                            int j = random.nextInt(a.size());
                            JsonElement x = a.get(i);
                            a.set(i, a.get(j));
                            a.set(j, x);
                        }
                    }
                }
            }
        }
    }

    @Test
    void treeMutationsNeverThrow() {
        JsonObject base = TestFiles.defaultTree();
        for (long seed = 0; seed < 1200; seed++) {
            Random random = new Random(2_000_000 + seed);
            JsonObject root = base.deepCopy();
            mutateTree(root, random);
            check(TestFiles.bytes(root), "tree mutation", seed);
        }
    }

    @Test
    void swappedIdsAreCaughtOrHarmless() {
        // Swapping two stances' actor fields keeps every reference valid; swapping an actor id with a
        // stance id breaks references. Both must answer cleanly, and the second must fail.
        JsonObject root = TestFiles.defaultTree();
        JsonObject firstActor = root.getAsJsonArray("actors").get(0).getAsJsonObject();
        JsonObject firstStance = root.getAsJsonArray("stances").get(0).getAsJsonObject();
        JsonElement actorId = firstActor.get("id");
        firstActor.add("id", firstStance.get("id"));
        firstStance.add("id", actorId);
        LoadResult result = check(TestFiles.bytes(root), "swapped ids", -1);
        assertFalse(result.isValid());
    }

    @Test
    void deepNestingAtThousandsOfLevelsIsASyntaxErrorNotACrash() {
        for (int depth : new int[] {100, 1_000, 5_000}) {
            for (String open : List.of("[", "{\"a\":")) {
                StringBuilder sb = new StringBuilder();
                sb.append(open.repeat(depth)).append("1");
                String close = open.equals("[") ? "]" : "}";
                sb.append(close.repeat(depth));
                LoadResult result = check(sb.toString().getBytes(StandardCharsets.UTF_8), "deep " + open, depth);
                assertFalse(result.isValid());
                assertTrue(result.errors().get(0).message().contains("levels deep"), result.errors().toString());
            }
        }
    }

    @Test
    void hundredThousandOpeningBracketsGiveASyntaxError() {
        byte[] bytes = "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        LoadResult result = check(bytes, "100,000 [", 0);
        assertFalse(result.isValid());
        assertEquals(1, result.errors().size(), result.errors().toString());
        Problem p = result.errors().get(0);
        assertTrue(p.hasPosition());
        assertFalse(p.hasPath());
        assertTrue(p.message().contains("levels deep"), p.message());
    }

    @Test
    void longKeyAboveABigListDoesNotExhaustMemory() {
        // Each value's path repeats every key above it; a long key over many values must not
        // multiply into gigabytes of paths.
        StringBuilder sb = new StringBuilder("{\"").append("k".repeat(1_000_000)).append("\": [");
        for (int i = 0; i < 1_000_000; i++) {
            sb.append(i == 0 ? "0" : ",0");
        }
        sb.append("]}");
        long start = System.nanoTime();
        LoadResult result = check(sb.toString().getBytes(StandardCharsets.UTF_8), "long key", 0);
        assertFalse(result.isValid());
        assertTrue(result.warnings().stream().anyMatch(p -> p.message().contains("unknown field")));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void longNameRepeatedInManyMessagesDoesNotExhaustMemory() {
        JsonObject root = TestFiles.defaultTree();
        JsonArray actors = root.getAsJsonArray("actors");
        actors.get(0).getAsJsonObject().addProperty("name", "P".repeat(4_000_000));
        for (int i = 0; i < 600; i++) {
            JsonObject a = new JsonObject();
            a.addProperty("id", "a" + i);
            a.addProperty("name", "n");
            a.addProperty("kind", "person");
            JsonArray blocs = new JsonArray();
            blocs.add("putin"); // a person, so every one of these is an error naming Putin's long name
            a.add("blocs", blocs);
            actors.add(a);
        }
        LoadResult result = check(TestFiles.bytes(root), "long name", 0);
        assertFalse(result.isValid());
        long chars = result.problems().stream().mapToLong(p -> p.format().length()).sum();
        assertTrue(chars < 5_000_000, "problems hold " + chars + " characters");
    }

    @Test
    void keysWithLineBreaksStillGiveOneLineProblems() {
        Map<String, String> keys = Map.of("line\nbreak", "n", "carriage\rreturn", "r", "sep\u2028arator", "s");
        JsonObject root = TestFiles.defaultTree();
        keys.forEach(root::addProperty);
        root.getAsJsonArray("actors").get(0).getAsJsonObject().addProperty("name", "Vladimir\nPutin");
        root.getAsJsonArray("actors").get(1).getAsJsonObject().getAsJsonArray("blocs").add("putin");
        LoadResult result = check(TestFiles.bytes(root), "line breaks", 0);
        assertEquals(3, result.warnings().stream().filter(p -> p.message().contains("unknown field")).count(),
                result.problems().toString());
    }
}
