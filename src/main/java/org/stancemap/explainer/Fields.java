package org.stancemap.explainer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.io.Wording;

/**
 * Typed, path-aware access to the fields of one JSON object. Every getter reports what is wrong
 * (missing, wrong type, empty) to the collector and returns empty rather than throwing, so that a
 * single pass finds every problem.
 */
final class Fields {

    private final JsonObject object;
    private final String path;
    private final ProblemCollector problems;

    private Fields(JsonObject object, String path, ProblemCollector problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /** Opens {@code element} as an object, or reports that it should be one. */
    static Optional<Fields> of(JsonElement element, String path, String what, ProblemCollector problems) {
        if (element == null || !element.isJsonObject()) {
            problems.error(path, Wording.format("explainer.field.notObject", what, describe(element)));
            return Optional.empty();
        }
        return Optional.of(new Fields(element.getAsJsonObject(), path, problems));
    }

    String path() {
        return path;
    }

    String pathOf(String name) {
        return path + "." + name;
    }

    /** Warns about each field not in {@code known}: newer files still open, but authors see typos. */
    void warnAboutUnknown(Set<String> known) {
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                problems.warning(pathOf(name), Wording.format("explainer.field.unknown", name));
            }
        }
    }

    boolean has(String name) {
        JsonElement value = object.get(name);
        return value != null && !value.isJsonNull();
    }

    Optional<String> requiredText(String name) {
        if (!has(name)) {
            problems.error(pathOf(name), Wording.format("explainer.field.missing", name));
            return Optional.empty();
        }
        return text(name, true);
    }

    /** Optional text: absent or null reads as empty; present must be a string. */
    String optionalText(String name) {
        if (!has(name)) {
            return "";
        }
        return text(name, false).orElse("");
    }

    private Optional<String> text(String name, boolean mustHaveContent) {
        JsonElement value = object.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isString()) {
            problems.error(pathOf(name), Wording.format("explainer.field.notText", name, describe(value)));
            return Optional.empty();
        }
        String text = p.getAsString();
        if (mustHaveContent && text.isBlank()) {
            problems.error(pathOf(name), Wording.format("explainer.field.empty", name));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    Optional<Integer> requiredInteger(String name) {
        if (!has(name)) {
            problems.error(pathOf(name), Wording.format("explainer.field.missing", name));
            return Optional.empty();
        }
        JsonElement value = object.get(name);
        if (value instanceof JsonPrimitive p && p.isNumber()) {
            BigDecimal number = p.getAsBigDecimal();
            if (number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                    && number.stripTrailingZeros().scale() <= 0) {
                return Optional.of(number.intValue());
            }
        }
        problems.error(pathOf(name), Wording.format("explainer.field.notWhole", name, describe(value)));
        return Optional.empty();
    }

    Optional<Double> requiredNumber(String name, double min, double max) {
        if (!has(name)) {
            problems.error(pathOf(name), Wording.format("explainer.field.missing", name));
            return Optional.empty();
        }
        JsonElement value = object.get(name);
        if (!(value instanceof JsonPrimitive p) || !p.isNumber()) {
            problems.error(pathOf(name), Wording.format("explainer.field.notNumber", name, describe(value)));
            return Optional.empty();
        }
        BigDecimal number = p.getAsBigDecimal();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.error(pathOf(name), Wording.format("explainer.field.outOfRange", name,
                    abbreviate(number.toString()), trim(min), trim(max)));
            return Optional.empty();
        }
        return Optional.of(number.doubleValue());
    }

    boolean optionalBoolean(String name) {
        if (!has(name)) {
            return false;
        }
        JsonElement value = object.get(name);
        if (value instanceof JsonPrimitive p && p.isBoolean()) {
            return p.getAsBoolean();
        }
        problems.error(pathOf(name), Wording.format("explainer.field.notBoolean", name, describe(value)));
        return false;
    }

    /** The elements of an array field with their paths; a missing optional array reads as empty. */
    List<Element> array(String name, boolean required) {
        if (!has(name)) {
            if (required) {
                problems.error(pathOf(name), Wording.format("explainer.field.missingList", name));
            }
            return List.of();
        }
        JsonElement value = object.get(name);
        if (!value.isJsonArray()) {
            problems.error(pathOf(name), Wording.format("explainer.field.notList", name, describe(value)));
            return List.of();
        }
        JsonArray array = value.getAsJsonArray();
        List<Element> elements = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            elements.add(new Element(array.get(i), pathOf(name) + "[" + i + "]"));
        }
        return elements;
    }

    /** An array of texts (ids, usually); non-text entries are reported and skipped. */
    List<Element> textArray(String name) {
        List<Element> texts = new ArrayList<>();
        for (Element element : array(name, false)) {
            if (element.value() instanceof JsonPrimitive p && p.isString()) {
                texts.add(element);
            } else {
                problems.error(element.path(), Wording.format("explainer.field.entryNotText", name,
                        describe(element.value())));
            }
        }
        return texts;
    }

    Optional<Element> child(String name) {
        return has(name) ? Optional.of(new Element(object.get(name), pathOf(name))) : Optional.empty();
    }

    /** A JSON value with the path it was found at. */
    record Element(JsonElement value, String path) {
        String asText() {
            return value.getAsString();
        }
    }

    static String describe(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return Wording.get("explainer.value.null");
        }
        if (value.isJsonObject()) {
            return Wording.get("json.kind.object");
        }
        if (value.isJsonArray()) {
            return Wording.get("json.kind.list");
        }
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return Wording.get("explainer.value.boolean");
        }
        if (p.isNumber()) {
            return Wording.format("explainer.value.number", abbreviate(p.getAsBigDecimal().toString()));
        }
        return Wording.format("explainer.value.text", abbreviate(p.getAsString()));
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "…";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
