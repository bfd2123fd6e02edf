package org.stancemap.explainer;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.stancemap.io.AtomicFile;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.model.TourStep;

/**
 * Writes an explainer as the format's JSON: indented, fields in the order docs/FORMAT.md lists
 * them, offsets as the model holds them (code points), and optional fields only when they say
 * something, so a hand-edited file stays short. {@code status} appears only on suggestions.
 */
public final class ExplainerEncoder {

    /** The file's text, ending with a line break. */
    public String encode(Explainer explainer) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setHtmlSafe(false);
            writeExplainer(json, explainer);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text + "\n";
    }

    public byte[] encodeBytes(Explainer explainer) {
        return encode(explainer).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the file atomically: a crash leaves the old file or the new one, never half of it. */
    public void write(Explainer explainer, Path file) throws IOException {
        AtomicFile.write(file, encodeBytes(explainer), false);
    }

    private void writeExplainer(JsonWriter json, Explainer explainer) throws IOException {
        json.beginObject();
        json.name("format").value(Explainer.FORMAT_VERSION);
        json.name("id").value(explainer.id());
        writeArticle(json, explainer.article());
        json.name("actors").beginArray();
        for (Actor actor : explainer.actors()) {
            writeActor(json, actor);
        }
        json.endArray();
        json.name("stances").beginArray();
        for (Stance stance : explainer.stances()) {
            writeStance(json, stance);
        }
        json.endArray();
        json.name("links").beginArray();
        for (Link link : explainer.links()) {
            writeLink(json, link);
        }
        json.endArray();
        json.name("tour").beginArray();
        for (TourStep step : explainer.tour()) {
            writeStep(json, step);
        }
        json.endArray();
        json.name("glossary").beginArray();
        for (GlossaryEntry entry : explainer.glossary()) {
            json.beginObject();
            json.name("term").value(entry.term());
            json.name("definition").value(entry.definition());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private void writeArticle(JsonWriter json, Article article) throws IOException {
        json.name("article").beginObject();
        json.name("title").value(article.title());
        if (article.titleIsEditorial()) {
            json.name("titleIsEditorial").value(true);
        }
        json.name("outlet").value(article.outlet());
        json.name("date").value(article.date());
        json.name("url").value(article.url());
        json.name("text").value(article.text());
        json.endObject();
    }

    private void writeActor(JsonWriter json, Actor actor) throws IOException {
        json.beginObject();
        json.name("id").value(actor.id());
        json.name("name").value(actor.name());
        json.name("kind").value(actor.kind().jsonName());
        optional(json, "role", actor.role());
        if (!actor.blocs().isEmpty()) {
            ids(json, "blocs", actor.blocs());
        }
        if (actor.place().isPresent()) {
            json.name("place").beginObject();
            optional(json, "name", actor.place().get().name());
            json.name("lat").value(actor.place().get().latitude());
            json.name("lon").value(actor.place().get().longitude());
            json.endObject();
        }
        status(json, actor.status());
        json.endObject();
    }

    private void writeStance(JsonWriter json, Stance stance) throws IOException {
        json.beginObject();
        json.name("id").value(stance.id());
        json.name("actor").value(stance.actorId());
        json.name("summary").value(stance.summary());
        json.name("quotes").beginArray();
        for (Quote quote : stance.quotes()) {
            json.beginObject();
            spanFields(json, quote.span());
            json.name("delivery").value(quote.delivery().jsonName());
            json.endObject();
        }
        json.endArray();
        if (stance.context().isPresent()) {
            json.name("context").value(stance.context().get());
        }
        status(json, stance.status());
        json.endObject();
    }

    private void writeLink(JsonWriter json, Link link) throws IOException {
        json.beginObject();
        json.name("id").value(link.id());
        json.name("kind").value(link.kind().jsonName());
        json.name("from").value(link.fromStanceId());
        json.name("to").value(link.toStanceId());
        json.name("explanation").value(link.explanation());
        if (!link.evidence().isEmpty()) {
            json.name("evidence").beginArray();
            for (Span span : link.evidence()) {
                json.beginObject();
                spanFields(json, span);
                json.endObject();
            }
            json.endArray();
        }
        status(json, link.status());
        json.endObject();
    }

    private void writeStep(JsonWriter json, TourStep step) throws IOException {
        json.beginObject();
        json.name("title").value(step.title());
        json.name("caption").value(step.caption());
        optional(json, "notes", step.notes());
        ids(json, "actors", step.actorIds());
        ids(json, "links", step.linkIds());
        json.name("cumulative").value(step.cumulative());
        json.endObject();
    }

    private static void spanFields(JsonWriter json, Span span) throws IOException {
        json.name("start").value(span.start());
        json.name("end").value(span.end());
        json.name("text").value(span.text());
    }

    private static void ids(JsonWriter json, String name, List<String> ids) throws IOException {
        json.name(name).beginArray();
        for (String id : ids) {
            json.value(id);
        }
        json.endArray();
    }

    private static void optional(JsonWriter json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.name(name).value(value);
        }
    }

    private static void status(JsonWriter json, Status status) throws IOException {
        if (status.isSuggested()) {
            json.name("status").value(status.jsonName());
        }
    }
}
