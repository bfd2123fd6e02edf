package org.stancemap.edit;

import java.util.List;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;

/** A copy of an explainer with some of its parts replaced; the rest is shared, not copied. */
final class ExplainerCopy {

    private final String id;
    private Article article;
    private List<Actor> actors;
    private List<Stance> stances;
    private List<Link> links;
    private List<TourStep> tour;
    private List<GlossaryEntry> glossary;

    private ExplainerCopy(Explainer from) {
        id = from.id();
        article = from.article();
        actors = from.actors();
        stances = from.stances();
        links = from.links();
        tour = from.tour();
        glossary = from.glossary();
    }

    static ExplainerCopy of(Explainer from) {
        return new ExplainerCopy(from);
    }

    ExplainerCopy article(Article value) {
        article = value;
        return this;
    }

    ExplainerCopy actors(List<Actor> value) {
        actors = value;
        return this;
    }

    ExplainerCopy stances(List<Stance> value) {
        stances = value;
        return this;
    }

    ExplainerCopy links(List<Link> value) {
        links = value;
        return this;
    }

    ExplainerCopy tour(List<TourStep> value) {
        tour = value;
        return this;
    }

    ExplainerCopy glossary(List<GlossaryEntry> value) {
        glossary = value;
        return this;
    }

    Explainer build() {
        return new Explainer(id, article, actors, stances, links, tour, glossary);
    }
}
