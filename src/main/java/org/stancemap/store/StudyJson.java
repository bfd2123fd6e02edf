package org.stancemap.store;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancemap.model.RuleBroken;
import org.stancemap.model.notes.Note;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.SavedProgress;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.io.Wording;

/**
 * The study file's JSON form, read strictly: anything this version did not write, or could not have
 * written, is {@link Damage} (with its line, column and path) rather than a guess. Fields a later
 * version adds (same format number) are skipped.
 */
final class StudyJson {

    static final int FORMAT = 1;

    private StudyJson() {
    }

    static StudyRecord parse(String text, String explainerId) throws Damage {
        StoredFields file = StoredFields.parse(text);
        Integer format = null;
        String owner = null;
        List<Note> notes = new ArrayList<>();
        SavedProgress progress = SavedProgress.none();
        for (String name : file.names()) {
            switch (name) {
                case "format" -> {
                    format = file.wholeNumber(name);
                    if (format != FORMAT) {
                        throw file.damage(name, Wording.format("store.format.unknown", format, FORMAT));
                    }
                }
                case "explainer" -> owner = file.text(name);
                case "notes" -> {
                    for (StoredFields.Item item : file.list(name)) {
                        notes.add(note(item, notes.size() + 1));
                    }
                }
                case "quiz" -> progress = progress(file.object(name, Wording.get("notes.file.quiz") + ": "));
                default -> {
                    // written by a later version; harmless
                }
            }
        }
        if (format == null) {
            throw file.damage(Wording.get("notes.file.noFormat"));
        }
        if (owner == null) {
            throw file.damage(Wording.get("notes.file.noExplainer"));
        }
        if (!owner.equals(explainerId)) {
            throw file.damage("explainer", Wording.format("notes.file.otherExplainer", owner));
        }
        try {
            return new StudyRecord(owner, notes, progress);
        } catch (RuleBroken e) {
            throw file.damage(words(e));
        }
    }

    private static Note note(StoredFields.Item item, int number) throws Damage {
        String where = Wording.format("notes.file.note", number);
        StoredFields note = item.object(where + ": ");
        String kind = null;
        String target = null;
        String text = null;
        boolean starred = false;
        Instant created = null;
        Instant updated = null;
        String label = "";
        for (String name : note.names()) {
            switch (name) {
                case "kind" -> kind = note.text(name);
                case "target" -> target = note.text(name);
                case "text" -> text = note.text(name);
                case "starred" -> starred = note.trueOrFalse(name);
                case "created" -> created = instant(note, name, where);
                case "updated" -> updated = instant(note, name, where);
                case "label" -> label = note.text(name);
                default -> {
                    // written by a later version; harmless
                }
            }
        }
        Optional<String> missing = note.missing("kind", "target", "text", "created", "updated");
        if (missing.isPresent()) {
            throw note.damage(Wording.format("notes.file.noteMissing", where, missing.get()));
        }
        String kindName = kind;
        NoteTarget.Kind k = NoteTarget.Kind.fromJson(kind).orElseThrow(() -> note.damage("kind",
                Wording.format("notes.file.badKind", where, kindName)));
        try {
            return new Note(new NoteTarget(k, target), text, starred, created, updated, label);
        } catch (RuleBroken e) {
            throw note.damage(where + ": " + words(e));
        }
    }

    private static SavedProgress progress(StoredFields quiz) throws Damage {
        int score = 0;
        int outOf = 0;
        List<String> missed = new ArrayList<>();
        for (String name : quiz.names()) {
            switch (name) {
                case "bestScore" -> score = quiz.wholeNumber(name);
                case "bestOutOf" -> outOf = quiz.wholeNumber(name);
                case "missedKeys" -> {
                    for (StoredFields.Item key : quiz.list(name)) {
                        missed.add(key.text(Wording.get("notes.file.missedKey")));
                    }
                }
                default -> {
                    // written by a later version; harmless
                }
            }
        }
        try {
            return new SavedProgress(score, outOf, missed);
        } catch (RuleBroken e) {
            throw quiz.damage(Wording.format("notes.file.quizResult", words(e)));
        }
    }

    /** The model's rule in the reader's words ({@code model.*} in the logic's bundle). */
    private static String words(RuleBroken rule) {
        return Wording.format("model." + rule.key(), rule.args());
    }

    private static Instant instant(StoredFields note, String name, String where) throws Damage {
        String raw = note.text(name);
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw note.damage(name, Wording.format("notes.file.badTime", where, name, raw));
        }
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
