package org.stancemap.io.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import org.stancemap.io.Wording;

/** JSON's kinds of value in words a reader of a message understands. */
public final class JsonWords {

    private JsonWords() {
    }

    /** "text", "a number", "true or false", "null", "a list", "an object" or "missing". */
    public static String describe(JsonElement value) {
        if (value == null) {
            return Wording.get("json.kind.missing");
        }
        if (value.isJsonNull()) {
            return Wording.get("json.kind.null");
        }
        if (value.isJsonObject()) {
            return Wording.get("json.kind.object");
        }
        if (value.isJsonArray()) {
            return Wording.get("json.kind.list");
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        return Wording.get(p.isBoolean() ? "json.kind.boolean" : p.isNumber() ? "json.kind.number" : "json.kind.text");
    }
}
