package org.stancemap.explainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Status;

/** The schema and the format guide describe the status field as the decoder reads it. */
class SchemaStatusTest {

    private static final Path SCHEMA = Path.of("docs", "explainer.schema.json");
    private static final Path GUIDE = Path.of("docs", "FORMAT.md");

    @Test
    void schemaAllowsExactlyTheStatusWordsOnActorsStancesAndLinks() throws IOException {
        JsonObject defs = JsonParser.parseString(Files.readString(SCHEMA, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonObject("$defs");
        List<String> allowed = new ArrayList<>();
        JsonArray values = defs.getAsJsonObject("status").getAsJsonArray("enum");
        for (JsonElement value : values) {
            if (!value.isJsonNull()) {
                allowed.add(value.getAsString());
            }
        }
        assertEquals(Arrays.stream(Status.values()).map(Status::jsonName).sorted().toList(),
                allowed.stream().sorted().toList());
        for (String entry : List.of("actor", "stance", "link")) {
            JsonObject status = defs.getAsJsonObject(entry).getAsJsonObject("properties").getAsJsonObject("status");
            assertEquals("#/$defs/status", status.get("$ref").getAsString(), entry);
        }
    }

    @Test
    void formatGuideListsStatusForEachOfThem() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        assertEquals(3, guide.split("\\| `status` \\| no \\| text \\|", -1).length - 1, "one table row each");
        assertTrue(guide.contains("## Drafts"));
    }
}
