package org.stancemap.explainer;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancemap.io.Wording;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Place;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.model.TourStep;

/**
 * Reads the JSON tree of an explainer file into model objects, reporting every missing field and
 * wrong type with its path. Entries too broken to build are left out; the checks that compare
 * entries with each other come afterwards, in {@link ExplainerChecks}.
 */
final class ExplainerDecoder {

    private static final Set<String> ROOT_FIELDS =
            Set.of("$schema", "format", "id", "article", "actors", "stances", "links", "tour", "glossary");
    private static final Set<String> ARTICLE_FIELDS =
            Set.of("title", "titleIsEditorial", "outlet", "date", "url", "text");
    private static final Set<String> ACTOR_FIELDS = Set.of("id", "name", "kind", "role", "blocs", "place", "status");
    private static final Set<String> PLACE_FIELDS = Set.of("name", "lat", "lon");
    private static final Set<String> STANCE_FIELDS = Set.of("id", "actor", "summary", "quotes", "context", "status");
    private static final Set<String> QUOTE_FIELDS = Set.of("start", "end", "text", "delivery");
    private static final Set<String> SPAN_FIELDS = Set.of("start", "end", "text");
    private static final Set<String> LINK_FIELDS = Set.of("id", "kind", "from", "to", "explanation", "evidence", "status");
    private static final Set<String> STEP_FIELDS = Set.of("title", "caption", "notes", "actors", "links", "cumulative");
    private static final Set<String> GLOSSARY_FIELDS = Set.of("term", "definition", "source");

    private final ProblemCollector problems;

    ExplainerDecoder(ProblemCollector problems) {
        this.problems = problems;
    }

    Optional<ExplainerDraft> decode(JsonElement root) {
        Optional<Fields> maybeRoot = Fields.of(root, "$", Wording.get("explainer.what.file"), problems);
        if (maybeRoot.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybeRoot.get();
        fields.warnAboutUnknown(ROOT_FIELDS);
        checkFormat(fields);
        Optional<String> id = fields.requiredText("id");
        Optional<Article> article = fields.child("article")
                .flatMap(e -> Fields.of(e.value(), e.path(), Wording.get("explainer.what.article"), problems))
                .flatMap(this::article);
        if (!fields.has("article")) {
            problems.error("$.article", Wording.format("explainer.field.missing", "article"));
        }
        List<Located<Actor>> actors = each(fields.array("actors", true), Wording.get("explainer.what.actor"), ACTOR_FIELDS, this::actor);
        if (fields.has("actors") && actors.isEmpty() && !problems.hasErrors()) {
            problems.error("$.actors", Wording.get("explainer.noActors"));
        }
        List<Located<Stance>> stances = each(fields.array("stances", true), Wording.get("explainer.what.stance"), STANCE_FIELDS, this::stance);
        List<Located<Link>> links = each(fields.array("links", false), Wording.get("explainer.what.link"), LINK_FIELDS, this::link);
        List<Located<TourStep>> tour = each(fields.array("tour", false), Wording.get("explainer.what.tourStep"), STEP_FIELDS, this::step);
        List<Located<GlossaryEntry>> glossary =
                each(fields.array("glossary", false), Wording.get("explainer.what.glossaryEntry"), GLOSSARY_FIELDS, this::glossaryEntry);
        if (id.isEmpty() || article.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExplainerDraft(id.get(), article.get(), actors, stances, links, tour, glossary));
    }

    private void checkFormat(Fields fields) {
        if (!fields.has("format")) {
            problems.error("$.format", Wording.format("explainer.format.missing", Explainer.FORMAT_VERSION));
            return;
        }
        fields.requiredInteger("format").ifPresent(version -> {
            if (version != Explainer.FORMAT_VERSION) {
                problems.error("$.format", Wording.format("explainer.format.other", version, Explainer.FORMAT_VERSION));
            }
        });
    }

    private interface EntryReader<T> {
        Optional<T> read(Fields fields);
    }

    private <T> List<Located<T>> each(List<Fields.Element> elements, String what, Set<String> known,
                                      EntryReader<T> reader) {
        List<Located<T>> result = new ArrayList<>();
        for (Fields.Element element : elements) {
            Fields.of(element.value(), element.path(), what, problems).ifPresent(fields -> {
                fields.warnAboutUnknown(known);
                reader.read(fields).ifPresent(value -> result.add(new Located<>(value, element.path())));
            });
        }
        return result;
    }

    private Optional<Article> article(Fields fields) {
        fields.warnAboutUnknown(ARTICLE_FIELDS);
        Optional<String> title = fields.requiredText("title");
        boolean editorial = fields.optionalBoolean("titleIsEditorial");
        String outlet = fields.optionalText("outlet");
        String date = fields.optionalText("date");
        String url = fields.optionalText("url");
        Optional<String> text = fields.requiredText("text");
        if (title.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Article(title.get(), editorial, outlet, date, url, text.get()));
    }

    private Optional<Actor> actor(Fields fields) {
        Optional<String> id = fields.requiredText("id");
        Optional<String> name = fields.requiredText("name");
        Optional<ActorKind> kind = fields.requiredText("kind").flatMap(k -> enumValue(fields, "kind", k,
                ActorKind.fromJson(k), Wording.get("explainer.allowed.actorKind")));
        String role = fields.optionalText("role");
        List<String> blocs = fields.textArray("blocs").stream().map(Fields.Element::asText).toList();
        Optional<Place> place = fields.child("place")
                .flatMap(e -> Fields.of(e.value(), e.path(), Wording.get("explainer.what.place"), problems))
                .flatMap(this::place);
        boolean placeBroken = fields.has("place") && place.isEmpty();
        Optional<Status> status = status(fields);
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || placeBroken || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actor(id.get(), name.get(), kind.get(), role, blocs, place, status.get()));
    }

    private Optional<Place> place(Fields fields) {
        fields.warnAboutUnknown(PLACE_FIELDS);
        String name = fields.optionalText("name");
        Optional<Double> lat = fields.requiredNumber("lat", -90, 90);
        Optional<Double> lon = fields.requiredNumber("lon", -180, 180);
        if (lat.isEmpty() || lon.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Place(name, lat.get(), lon.get()));
    }

    private Optional<Stance> stance(Fields fields) {
        Optional<String> id = fields.requiredText("id");
        Optional<String> actor = fields.requiredText("actor");
        Optional<String> summary = fields.requiredText("summary");
        List<Fields.Element> quoteElements = fields.array("quotes", true);
        if (fields.has("quotes") && quoteElements.isEmpty() && fields.child("quotes").get().value().isJsonArray()) {
            problems.error(fields.pathOf("quotes"), Wording.get("explainer.stance.noQuotes"));
        }
        List<Quote> quotes = each(quoteElements, Wording.get("explainer.what.quote"), QUOTE_FIELDS, this::quote)
                .stream().map(Located::value).toList();
        Optional<String> context = fields.has("context") ? fields.requiredText("context") : Optional.empty();
        Optional<Status> status = status(fields);
        if (id.isEmpty() || actor.isEmpty() || summary.isEmpty() || quotes.size() != quoteElements.size()
                || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stance(id.get(), actor.get(), summary.get(), quotes, context, status.get()));
    }

    private Optional<Quote> quote(Fields fields) {
        Optional<Span> span = span(fields);
        Optional<Delivery> delivery = fields.requiredText("delivery").flatMap(d -> enumValue(fields, "delivery", d,
                Delivery.fromJson(d), Wording.get("explainer.allowed.delivery")));
        if (span.isEmpty() || delivery.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quote(span.get(), delivery.get()));
    }

    private Optional<Span> span(Fields fields) {
        Optional<Integer> start = fields.requiredInteger("start");
        Optional<Integer> end = fields.requiredInteger("end");
        Optional<String> text = fields.requiredText("text");
        if (start.isEmpty() || end.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Span(start.get(), end.get(), text.get()));
    }

    private Optional<Link> link(Fields fields) {
        Optional<String> id = fields.requiredText("id");
        Optional<LinkKind> kind = fields.requiredText("kind").flatMap(k -> enumValue(fields, "kind", k,
                LinkKind.fromJson(k), Wording.get("explainer.allowed.linkKind")));
        Optional<String> from = fields.requiredText("from");
        Optional<String> to = fields.requiredText("to");
        Optional<String> explanation = fields.requiredText("explanation");
        List<Fields.Element> evidenceElements = fields.array("evidence", false);
        List<Span> evidence = each(evidenceElements, Wording.get("explainer.what.evidence"), SPAN_FIELDS, this::span)
                .stream().map(Located::value).toList();
        Optional<Status> status = status(fields);
        if (id.isEmpty() || kind.isEmpty() || from.isEmpty() || to.isEmpty() || explanation.isEmpty()
                || evidence.size() != evidenceElements.size() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link(id.get(), kind.get(), from.get(), to.get(), explanation.get(), evidence,
                status.get()));
    }

    /** Absent (or null) means confirmed, so files written before drafts existed keep their meaning. */
    private Optional<Status> status(Fields fields) {
        if (!fields.has("status")) {
            return Optional.of(Status.CONFIRMED);
        }
        return fields.requiredText("status").flatMap(s -> enumValue(fields, "status", s, Status.fromJson(s),
                Wording.get("explainer.allowed.status")));
    }

    private Optional<TourStep> step(Fields fields) {
        Optional<String> title = fields.requiredText("title");
        Optional<String> caption = fields.requiredText("caption");
        String notes = fields.optionalText("notes");
        List<String> actors = fields.textArray("actors").stream().map(Fields.Element::asText).toList();
        List<String> links = fields.textArray("links").stream().map(Fields.Element::asText).toList();
        boolean cumulative = fields.optionalBoolean("cumulative");
        if (title.isEmpty() || caption.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TourStep(title.get(), caption.get(), notes, actors, links, cumulative));
    }

    private Optional<GlossaryEntry> glossaryEntry(Fields fields) {
        Optional<String> term = fields.requiredText("term");
        Optional<String> definition = fields.requiredText("definition");
        if (fields.has("source")) {
            fields.requiredText("source").filter(s -> !s.equals("explainer")).ifPresent(s ->
                    problems.error(fields.pathOf("source"), Wording.get("explainer.glossary.source")));
        }
        if (term.isEmpty() || definition.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GlossaryEntry(term.get(), definition.get()));
    }

    private <E> Optional<E> enumValue(Fields fields, String name, String given, Optional<E> parsed, String allowed) {
        if (parsed.isEmpty()) {
            problems.error(fields.pathOf(name), Wording.format("explainer.unknownValue", Fields.abbreviate(given), name, allowed));
        }
        return parsed;
    }
}
