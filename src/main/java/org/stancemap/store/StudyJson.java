package org.stancemap.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.io.JsonWords;
import org.stancemap.model.notes.Note;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.SavedProgress;
import org.stancemap.model.notes.StudyRecord;

/**
 * The study file's JSON form, read strictly: anything this version did not write, or could not have
 * written, is {@link Damage} rather than a guess. Fields a later version adds (same format number)
 * are skipped.
 */
final class StudyJson {

    static final int FORMAT = 1;

    /** What is wrong with the content of a study file, said for the reader of a message. */
    static final class Damage extends Exception {
        Damage(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads one object's fields, refusing a name given twice. */
    @FunctionalInterface
    private interface FieldReader {
        void read(String name) throws IOException, Damage;
    }

    private final JsonReader r;

    private StudyJson(String text) {
        r = new JsonReader(new StringReader(text));
        r.setStrictness(Strictness.STRICT);
    }

    static StudyRecord parse(String text, String explainerId) throws Damage {
        try {
            StudyJson json = new StudyJson(text);
            StudyRecord record = json.record(explainerId);
            if (json.r.peek() != JsonToken.END_DOCUMENT) {
                throw new Damage("there is more text after the notes");
            }
            return record;
        } catch (EOFException e) {
            throw new Damage("it is not valid JSON: it ends too early");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new Damage(JsonWords.syntaxProblem(e.getMessage()));
        }
    }

    private StudyRecord record(String explainerId) throws IOException, Damage {
        Integer[] format = {null};
        String[] owner = {null};
        List<Note> notes = new ArrayList<>();
        SavedProgress[] progress = {SavedProgress.none()};
        object("the file", name -> {
            switch (name) {
                case "format" -> {
                    format[0] = wholeNumber(name);
                    if (format[0] != FORMAT) {
                        throw new Damage("it has format " + format[0] + ", which this version of Stancemap does not"
                                + " know (it knows format " + FORMAT + ")");
                    }
                }
                case "explainer" -> owner[0] = string(name);
                case "notes" -> {
                    expect(JsonToken.BEGIN_ARRAY, name, "a list");
                    r.beginArray();
                    while (r.hasNext()) {
                        notes.add(note(notes.size() + 1));
                    }
                    r.endArray();
                }
                case "quiz" -> progress[0] = progress();
                default -> r.skipValue();
            }
        });
        if (format[0] == null) {
            throw new Damage("it does not say which format it has (“format” is missing)");
        }
        if (owner[0] == null) {
            throw new Damage("it does not say which explainer it belongs to (“explainer” is missing)");
        }
        if (!owner[0].equals(explainerId)) {
            throw new Damage("it holds the notes of another explainer (“" + owner[0] + "”)");
        }
        try {
            return new StudyRecord(owner[0], notes, progress[0]);
        } catch (IllegalArgumentException e) {
            throw new Damage(e.getMessage());
        }
    }

    private Note note(int number) throws IOException, Damage {
        String where = "note " + number;
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new Damage(where + " should be an object but is " + JsonWords.describe(r.peek()));
        }
        String[] kind = {null};
        String[] target = {null};
        String[] text = {null};
        boolean[] starred = {false};
        Instant[] created = {null};
        Instant[] updated = {null};
        String[] label = {""};
        object(where, name -> {
            switch (name) {
                case "kind" -> kind[0] = string(where + ": “kind”");
                case "target" -> target[0] = string(where + ": “target”");
                case "text" -> text[0] = string(where + ": “text”");
                case "starred" -> {
                    expect(JsonToken.BOOLEAN, where + ": “starred”", "true or false");
                    starred[0] = r.nextBoolean();
                }
                case "created" -> created[0] = instant(where + ": “created”");
                case "updated" -> updated[0] = instant(where + ": “updated”");
                case "label" -> label[0] = string(where + ": “label”");
                default -> r.skipValue();
            }
        });
        require(kind[0], where, "kind");
        require(target[0], where, "target");
        require(text[0], where, "text");
        require(created[0], where, "created");
        require(updated[0], where, "updated");
        NoteTarget.Kind k = NoteTarget.Kind.fromJson(kind[0]).orElseThrow(() -> new Damage(where
                + " is about a “" + kind[0] + "”, which is not an actor, stance or quote"));
        try {
            return new Note(new NoteTarget(k, target[0]), text[0], starred[0], created[0], updated[0], label[0]);
        } catch (IllegalArgumentException e) {
            throw new Damage(where + ": " + e.getMessage());
        }
    }

    private SavedProgress progress() throws IOException, Damage {
        expect(JsonToken.BEGIN_OBJECT, "quiz", "an object");
        int[] score = {0};
        int[] outOf = {0};
        List<String> missed = new ArrayList<>();
        object("quiz", name -> {
            switch (name) {
                case "bestScore" -> score[0] = wholeNumber("quiz: “bestScore”");
                case "bestOutOf" -> outOf[0] = wholeNumber("quiz: “bestOutOf”");
                case "missedKeys" -> {
                    expect(JsonToken.BEGIN_ARRAY, "quiz: “missedKeys”", "a list");
                    r.beginArray();
                    while (r.hasNext()) {
                        missed.add(string("quiz: a missed key"));
                    }
                    r.endArray();
                }
                default -> r.skipValue();
            }
        });
        try {
            return new SavedProgress(score[0], outOf[0], missed);
        } catch (IllegalArgumentException e) {
            throw new Damage("the quiz result: " + e.getMessage());
        }
    }

    private void object(String what, FieldReader fields) throws IOException, Damage {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new Damage(what.equals("the file") ? "it does not hold a JSON object"
                    : what + " should be an object but is " + JsonWords.describe(r.peek()));
        }
        Set<String> seen = new HashSet<>();
        r.beginObject();
        while (r.hasNext()) {
            String name = r.nextName();
            if (!seen.add(name)) {
                throw new Damage((what.equals("the file") ? "" : what + ": ") + "“" + name + "” appears twice");
            }
            fields.read(name);
        }
        r.endObject();
    }

    private static void require(Object value, String where, String name) throws Damage {
        if (value == null) {
            throw new Damage(where + " has no “" + name + "”");
        }
    }

    private void expect(JsonToken token, String name, String what) throws IOException, Damage {
        JsonToken actual = r.peek();
        if (actual != token) {
            throw new Damage(quoted(name) + " should be " + what + " but is " + JsonWords.describe(actual));
        }
    }

    private String string(String name) throws IOException, Damage {
        expect(JsonToken.STRING, name, "text");
        return r.nextString();
    }

    private int wholeNumber(String name) throws IOException, Damage {
        expect(JsonToken.NUMBER, name, "a whole number");
        String raw = r.nextString();
        try {
            return new BigDecimal(raw).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new Damage(quoted(name) + " should be a whole number but is " + raw);
        }
    }

    private Instant instant(String name) throws IOException, Damage {
        String raw = string(name);
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw new Damage(name + " should be a time like 2025-03-01T09:15:30Z but is “" + raw + "”");
        }
    }

    /** Top-level names are shown in quotes; nested ones already say where they are. */
    private static String quoted(String name) {
        return name.contains("“") ? name : "“" + name + "”";
    }




    static String write(StudyRecord record) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setStrictness(Strictness.STRICT);
            w.setIndent("  ");
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name("explainer").value(record.explainerId());
            w.name("notes").beginArray();
            for (Note note : record.notes()) {
                w.beginObject();
                w.name("kind").value(note.target().kind().jsonName());
                w.name("target").value(note.target().id());
                w.name("text").value(note.text());
                w.name("starred").value(note.starred());
                w.name("created").value(note.created().toString());
                w.name("updated").value(note.updated().toString());
                w.name("label").value(note.label());
                w.endObject();
            }
            w.endArray();
            SavedProgress p = record.progress();
            w.name("quiz").beginObject();
            w.name("bestScore").value(p.bestScore());
            w.name("bestOutOf").value(p.bestOutOf());
            w.name("missedKeys").beginArray();
            for (String key : p.missedKeys()) {
                w.value(key);
            }
            w.endArray();
            w.endObject();
            w.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.append('\n').toString();
    }
}
