package org.stancemap.io;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/** Reads the country outlines that ship with the app; a missing or damaged file gives an empty map, not a crash. */
public final class WorldOutlineLoader {

    public static final String DEFAULT_RESOURCE = "/assets/map/countries.json";
    private static final Logger LOG = Logger.getLogger(WorldOutlineLoader.class.getName());

    public WorldOutline loadDefault() {
        try (InputStream in = WorldOutlineLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                LOG.warning("map outlines missing: " + DEFAULT_RESOURCE);
                return WorldOutline.empty();
            }
            JsonReader reader = new JsonReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.setStrictness(Strictness.STRICT);
            return read(reader);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "map outlines unreadable; drawing no land", e);
            return WorldOutline.empty();
        }
    }

    /**
     * Read as a stream straight into arrays of coordinates: a tree of the file's twenty thousand
     * points first (three objects and two strings a point) was about 8 MB of garbage made while
     * the window starts.
     */
    private static WorldOutline read(JsonReader reader) throws IOException {
        List<CountryOutline> countries = null;
        String source = null;
        String licence = null;
        reader.beginObject();
        while (reader.hasNext()) {
            switch (reader.nextName()) {
                case "countries" -> countries = readCountries(reader);
                case "source" -> source = reader.nextString();
                case "licence" -> licence = reader.nextString();
                default -> reader.skipValue();
            }
        }
        reader.endObject();
        if (countries == null || source == null || licence == null) {
            throw new IOException("the map outlines lack their countries, source or licence");
        }
        return new WorldOutline(countries, source, licence);
    }

    private static List<CountryOutline> readCountries(JsonReader reader) throws IOException {
        List<CountryOutline> countries = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
            String id = "";
            String name = null;
            List<double[]> rings = null;
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "id" -> id = readOptionalString(reader);
                    case "name" -> name = reader.nextString();
                    case "rings" -> rings = readRings(reader);
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            if (name == null || rings == null) {
                throw new IOException("a country in the map outlines has no name or no rings");
            }
            countries.add(new CountryOutline(id, name, rings));
        }
        reader.endArray();
        return countries;
    }

    private static String readOptionalString(JsonReader reader) throws IOException {
        if (reader.peek() == JsonToken.NULL) {
            reader.nextNull();
            return "";
        }
        return reader.nextString();
    }

    /**
     * A coordinate as the file writes it, a plain decimal such as -66.52: read as its digits over a
     * power of ten, which is the same double {@link Double#parseDouble} gives (both exact, then one
     * rounding) at a fraction of the cost for forty thousand numbers. Anything else goes to it.
     */
    static double coordinate(String text) {
        int at = text.startsWith("-") ? 1 : 0;
        long digits = 0;
        int decimals = -1;
        int count = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && decimals < 0 && i > at && i + 1 < text.length()) {
                decimals = 0;
            } else if (c >= '0' && c <= '9' && count < 15) {
                digits = digits * 10 + (c - '0');
                count++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else {
                return Double.parseDouble(text);
            }
        }
        if (count == 0) {
            return Double.parseDouble(text);
        }
        double value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
        return at == 1 ? -value : value;
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    /** Rings of [longitude, latitude] points, each as one array of alternating longitude, latitude. */
    private static List<double[]> readRings(JsonReader reader) throws IOException {
        List<double[]> rings = new ArrayList<>();
        double[] buffer = new double[1024];
        reader.beginArray();
        while (reader.hasNext()) {
            int n = 0;
            reader.beginArray();
            while (reader.hasNext()) {
                if (n + 2 > buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                }
                reader.beginArray();
                buffer[n++] = coordinate(reader.nextString());
                buffer[n++] = coordinate(reader.nextString());
                reader.endArray();
            }
            reader.endArray();
            rings.add(java.util.Arrays.copyOf(buffer, n));
        }
        reader.endArray();
        return rings;
    }
}
