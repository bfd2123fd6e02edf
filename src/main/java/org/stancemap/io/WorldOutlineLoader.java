package org.stancemap.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
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
            return read(JsonParser.parseReader(reader).getAsJsonObject());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "map outlines unreadable; drawing no land", e);
            return WorldOutline.empty();
        }
    }

    private static WorldOutline read(JsonObject root) {
        List<CountryOutline> countries = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray("countries")) {
            JsonObject country = element.getAsJsonObject();
            JsonElement id = country.get("id");
            List<double[]> rings = new ArrayList<>();
            for (JsonElement ringElement : country.getAsJsonArray("rings")) {
                JsonArray ring = ringElement.getAsJsonArray();
                double[] coordinates = new double[ring.size() * 2];
                for (int i = 0; i < ring.size(); i++) {
                    JsonArray point = ring.get(i).getAsJsonArray();
                    coordinates[2 * i] = point.get(0).getAsDouble();
                    coordinates[2 * i + 1] = point.get(1).getAsDouble();
                }
                rings.add(coordinates);
            }
            countries.add(new CountryOutline(id == null || id.isJsonNull() ? "" : id.getAsString(),
                    country.get("name").getAsString(), rings));
        }
        return new WorldOutline(countries, root.get("source").getAsString(), root.get("licence").getAsString());
    }
}
