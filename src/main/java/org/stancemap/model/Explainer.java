package org.stancemap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A validated explainer: one article, its actors, their stances and the links between them. */
public final class Explainer {

    public static final int FORMAT_VERSION = 1;

    private final String id;
    private final Article article;
    private final List<Actor> actors;
    private final List<Stance> stances;
    private final List<Link> links;
    private final List<TourStep> tour;
    private final List<GlossaryEntry> glossary;
    private final Map<String, Actor> actorsById;
    private final Map<String, Stance> stancesById;
    private final Map<String, Link> linksById;

    public Explainer(String id, Article article, List<Actor> actors, List<Stance> stances,
                     List<Link> links, List<TourStep> tour, List<GlossaryEntry> glossary) {
        this.id = id;
        this.article = article;
        this.actors = List.copyOf(actors);
        this.stances = List.copyOf(stances);
        this.links = List.copyOf(links);
        this.tour = List.copyOf(tour);
        this.glossary = List.copyOf(glossary);
        this.actorsById = index(this.actors, Actor::id);
        this.stancesById = index(this.stances, Stance::id);
        this.linksById = index(this.links, Link::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    /** A stable identity for this explainer, used to keep a reader's notes and progress apart. */
    public String id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Stance> stances() {
        return stances;
    }

    public List<Link> links() {
        return links;
    }

    public List<TourStep> tour() {
        return tour;
    }

    public List<GlossaryEntry> glossary() {
        return glossary;
    }

    public Optional<Actor> actor(String actorId) {
        return Optional.ofNullable(actorsById.get(actorId));
    }

    public Optional<Stance> stance(String stanceId) {
        return Optional.ofNullable(stancesById.get(stanceId));
    }

    public Optional<Link> link(String linkId) {
        return Optional.ofNullable(linksById.get(linkId));
    }

    public List<Stance> stancesOf(String actorId) {
        return stances.stream().filter(s -> s.actorId().equals(actorId)).toList();
    }

    public List<Link> linksOf(String stanceId) {
        return links.stream().filter(l -> l.touches(stanceId)).toList();
    }

    /** Actors that list {@code blocId} among their blocs. */
    public List<Actor> membersOf(String blocId) {
        return actors.stream().filter(a -> a.blocs().contains(blocId)).toList();
    }

    /** The actor who holds the stance with this id. */
    public Optional<Actor> holderOf(String stanceId) {
        return stance(stanceId).flatMap(s -> actor(s.actorId()));
    }
}
