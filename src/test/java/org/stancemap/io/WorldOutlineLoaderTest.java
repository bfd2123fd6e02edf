package org.stancemap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stancemap.model.geo.CountryOutline;
import org.stancemap.model.geo.WorldOutline;

/** The land the map draws: every country and every point of the shipped outlines, read as the file says. */
class WorldOutlineLoaderTest {

    @Test
    void everyCountryAndPointOfTheFileIsRead() throws Exception {
        WorldOutline world = new WorldOutlineLoader().loadDefault();
        JsonObject file;
        try (Reader in = new InputStreamReader(
                WorldOutlineLoader.class.getResourceAsStream(WorldOutlineLoader.DEFAULT_RESOURCE), StandardCharsets.UTF_8)) {
            file = JsonParser.parseReader(in).getAsJsonObject();
        }
        JsonArray countries = file.getAsJsonArray("countries");
        assertEquals(countries.size(), world.countries().size());
        assertEquals(file.get("source").getAsString(), world.source());
        assertEquals(file.get("licence").getAsString(), world.licence());
        for (int c = 0; c < countries.size(); c++) {
            JsonObject country = countries.get(c).getAsJsonObject();
            CountryOutline read = world.countries().get(c);
            assertEquals(country.get("name").getAsString(), read.name());
            // A few territories have no code: a null id.
            assertEquals(country.get("id").isJsonNull() ? "" : country.get("id").getAsString(), read.id());
            JsonArray rings = country.getAsJsonArray("rings");
            assertEquals(rings.size(), read.rings().size(), read.name());
            for (int r = 0; r < rings.size(); r++) {
                JsonArray ring = rings.get(r).getAsJsonArray();
                double[] expected = new double[ring.size() * 2];
                int i = 0;
                for (JsonElement point : ring) {
                    expected[i++] = point.getAsJsonArray().get(0).getAsDouble();
                    expected[i++] = point.getAsJsonArray().get(1).getAsDouble();
                }
                assertArrayEquals(expected, read.rings().get(r), read.name() + " ring " + r);
            }
        }
    }
}
