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
                buffer[n++] = reader.nextDouble();
                buffer[n++] = reader.nextDouble();
                reader.endArray();
            }
            reader.endArray();
            rings.add(java.util.Arrays.copyOf(buffer, n));
        }
        reader.endArray();
        return rings;
    }
}
