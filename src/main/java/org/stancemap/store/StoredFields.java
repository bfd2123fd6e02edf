package org.stancemap.store;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.io.json.JsonDocument;
import org.stancemap.io.json.JsonSyntaxError;
import org.stancemap.io.json.JsonWords;
import org.stancemap.io.json.StrictJson;
import org.stancemap.io.Wording;

/**
 * The fields of one JSON object in a user's file, read strictly: the first thing that this version
 * did not write, or could not have written, is {@link Damage} naming its line, column and path.
 * Fields a later version adds are left alone.
 */
final class StoredFields {

    /** User files nest a few levels; deeper is not one of ours. */
    private static final int MAX_DEPTH = 16;

    private final JsonDocument document;
    private final JsonObject object;
    private final String path;
    /** How messages name this object's fields: "" at the top, "note 2: " in a list of notes. */
    private final String label;

    private StoredFields(JsonDocument document, JsonObject object, String path, String label) {
        this.document = document;
        this.object = object;
        this.path = path;
        this.label = label;
    }

    /** The top object of {@code text}, which must be strict JSON with no key given twice. */
    static StoredFields parse(String text) throws Damage {
        JsonDocument document;
        try {
            document = StrictJson.parse(text, MAX_DEPTH);
        } catch (JsonSyntaxError e) {
            throw Damage.of(e);
        }
        if (!document.duplicateKeys().isEmpty()) {
            String twice = document.duplicateKeys().get(0);
            throw new Damage(Wording.format("store.duplicateKey", twice.substring(twice.lastIndexOf('.') + 1)),
                    document.at(twice), twice);
        }
        if (!document.root().isJsonObject()) {
            throw new Damage(Wording.get("store.notObject"), document.at("$"), "$");
        }
        return new StoredFields(document, document.root().getAsJsonObject(), "$", "");
    }

    Set<String> names() {
        return object.keySet();
    }

    boolean isNull(String name) {
        return object.get(name).isJsonNull();
    }

    String text(String name) throws Damage {
        return expect(name, Wording.get("json.kind.text"), JsonElement::isJsonPrimitive, e -> e.getAsJsonPrimitive().isString())
                .getAsString();
    }

    boolean trueOrFalse(String name) throws Damage {
        return expect(name, Wording.get("json.kind.boolean"), JsonElement::isJsonPrimitive, e -> e.getAsJsonPrimitive().isBoolean())
                .getAsBoolean();
    }

    int wholeNumber(String name) throws Damage {
        BigDecimal number = expect(name, Wording.get("store.kind.wholeNumber"), JsonElement::isJsonPrimitive,
                e -> e.getAsJsonPrimitive().isNumber()).getAsBigDecimal();
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw damage(name, Wording.format("store.field.wrongKind", label, name, Wording.get("store.kind.wholeNumber"),
                    number.toPlainString()));
        }
    }

    StoredFields object(String name, String itsLabel) throws Damage {
        JsonObject value = expect(name, Wording.get("json.kind.object"), JsonElement::isJsonObject, e -> true).getAsJsonObject();
        return new StoredFields(document, value, pathOf(name), itsLabel);
    }

    /** The list {@code name}, each item with its path. */
    List<Item> list(String name) throws Damage {
        JsonArray array = expect(name, Wording.get("json.kind.list"), JsonElement::isJsonArray, e -> true).getAsJsonArray();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            items.add(new Item(array.get(i), pathOf(name) + "[" + i + "]"));
        }
        return items;
    }

    /** An item of a list. */
    final class Item {
        private final JsonElement value;
        private final String itemPath;

        private Item(JsonElement value, String itemPath) {
            this.value = value;
            this.itemPath = itemPath;
        }

        StoredFields object(String itsLabel) throws Damage {
            if (!value.isJsonObject()) {
                throw new Damage(Wording.format("store.item.wrongKind", itsLabel.replaceAll(": $", ""),
                        Wording.get("json.kind.object"), JsonWords.describe(value)), document.at(itemPath), itemPath);
            }
            return new StoredFields(document, value.getAsJsonObject(), itemPath, itsLabel);
        }

        String text(String what) throws Damage {
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                throw new Damage(Wording.format("store.item.wrongKind", what, Wording.get("json.kind.text"),
                        JsonWords.describe(value)), document.at(itemPath), itemPath);
            }
            return value.getAsString();
        }
    }

    /** Damage at the field {@code name} of this object. */
    Damage damage(String name, String message) {
        return new Damage(message, document.at(pathOf(name)), pathOf(name));
    }

    /** Damage about this object as a whole. */
    Damage damage(String message) {
        return new Damage(message, document.at(path), path);
    }

    Optional<String> missing(String... required) {
        for (String name : required) {
            if (!object.has(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private String pathOf(String name) {
        return path + "." + name;
    }

    private JsonElement expect(String name, String what, java.util.function.Predicate<JsonElement> shape,
            java.util.function.Predicate<JsonElement> kind) throws Damage {
        JsonElement value = object.get(name);
        if (value == null || !shape.test(value) || !kind.test(value)) {
            throw damage(name, Wording.format("store.field.wrongKind", label, name, what, JsonWords.describe(value)));
        }
        return value;
    }
}
