package org.stancemap.io.json;

import com.google.gson.JsonElement;
import java.util.List;
import java.util.Map;

/**
 * A JSON text read strictly: its tree, where each value starts (by JSON path: {@code $},
 * {@code $.actors[2].name}), and the paths of keys given twice in one object (the tree keeps the
 * first value; a later one is only reported).
 */
public record JsonDocument(JsonElement root, Map<String, JsonPosition> positions, List<String> duplicateKeys) {

    /** Where the value at {@code path} starts, or {@link JsonPosition#UNKNOWN}. */
    public JsonPosition at(String path) {
        return positions.getOrDefault(path, JsonPosition.UNKNOWN);
    }
}
