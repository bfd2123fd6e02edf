package org.stancemap.testdata;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes large, valid explainer files for tests and benchmarks. Everything is drawn from one seeded
 * {@link Random}, so the same (actors, links, seed) always gives the same bytes.
 *
 * <p>What a generated explainer holds, for {@code actors} = N and {@code links} = M:
 * <ul>
 *   <li>a synthetic article of plain ASCII sentences in paragraphs separated by {@code \n}; every
 *       stance has one or two sentences of its own, mixed with filler sentences;</li>
 *   <li>N actors: about 3% events, 3% groups without a place, 2% alliances, 2% coalitions, 20% states
 *       (each in one or two alliances/coalitions) and the rest persons (each in one state); places
 *       lie between latitude 35..70 and longitude -10..140;</li>
 *   <li>one or two stances per non-event actor, each with one or two quotes that are exact spans of
 *       the article (direct or reported); every event is the context of at least one stance, so no
 *       actor is idle;</li>
 *   <li>M links of kinds opposes/supports/responds-to between stances of different actors, never
 *       repeating a relation (opposes and supports count A-B and B-A as the same), each with one
 *       evidence span and paragraph numbers in its explanation;</li>
 *   <li>a tour of 10 steps and a glossary of 6 terms.</li>
 * </ul>
 * Offsets are counted in code points, as {@code docs/FORMAT.md} asks (for ASCII text that is the
 * same as {@code String} indices).
 */
public final class ExplainerGenerator {

    public static final int TOUR_STEPS = 10;

    private static final String[] SYLLABLES = {
        "ka", "lo", "mir", "ven", "dra", "sol", "tan", "bel", "or", "us", "vik", "ra", "zen", "mo", "ta",
        "lin", "gar", "ost", "pel", "dor", "ani", "ve", "ko", "sha", "rin", "tel", "bro", "ma", "nis", "el",
    };
    private static final String[] STATE_SUFFIXES = {"ia", "land", "stan", "or", "mark", "ena"};
    private static final String[] ALLIANCE_WORDS = {"Pact", "Alliance", "Treaty Organisation", "Union"};
    private static final String[] COALITION_WORDS = {"Coalition", "Contact Group", "Partnership"};
    private static final String[] GROUP_WORDS = {"Movement", "Federation", "Council", "Network", "League"};
    private static final String[] EVENT_WORDS = {"Summit", "Talks", "Conference", "Forum", "Ceasefire Meeting"};
    private static final String[] ROLES = {
        "President", "Prime Minister", "Foreign Minister", "Defence Minister", "Opposition Leader", "Ambassador",
        "Trade Minister", "Finance Minister", "Chancellor", "Mayor",
    };
    private static final String[] WORDS = {
        "the", "new", "border", "treaty", "should", "be", "signed", "before", "winter", "talks", "must", "continue",
        "without", "any", "preconditions", "sanctions", "will", "hurt", "ordinary", "families", "grain", "exports",
        "cannot", "wait", "troops", "leave", "region", "at", "once", "peace", "requires", "guarantees", "from",
        "all", "sides", "ceasefire", "is", "only", "first", "step", "toward", "lasting", "settlement", "trade",
        "routes", "have", "to", "reopen", "pipeline", "deal", "was", "never", "fair", "aid", "reach", "civilians",
        "quickly", "our", "government", "not", "accept", "foreign", "pressure", "on", "this", "question",
        "elections", "held", "under", "international", "observation", "energy", "prices", "keep", "rising",
        "unless", "market", "calms", "refugees", "need", "safe", "corridors", "and", "shelter", "port", "open",
        "for", "ships", "of", "every", "flag", "negotiators", "meet", "again", "next", "month", "in", "neutral",
        "city", "tariffs", "lifted", "gradually", "water", "rights", "shared", "fairly", "between", "neighbours",
        "monitors", "allowed", "into", "disputed", "zone", "loans", "tied", "reforms", "courts",
    };
    private static final String[] REPORT_VERBS = {
        "said that", "argued that", "insisted that", "warned that", "claimed that", "repeated that", "suggested that",
    };
    private static final String[] DIRECT_VERBS = {"said", "told reporters", "declared", "wrote", "added"};
    private static final String[][] GLOSSARY = {
        {"ceasefire", "An agreement to stop fighting, often for a limited time or as a step towards peace."},
        {"sanctions", "Penalties, usually economic, that states impose to pressure another state."},
        {"coalition", "A group of states or parties that agree to act together for a shared aim."},
        {"security guarantee", "A promise by one or more states to help defend another if it is attacked."},
        {"tariff", "A tax on goods that cross a border, making imports dearer."},
        {"observer mission", "People sent by an outside body to watch and report on events such as elections."},
    };

    private ExplainerGenerator() {
    }

    /** A valid explainer as UTF-8 bytes, ready for {@code ExplainerLoader.load(bytes, name)}. */
    public static byte[] generateBytes(int actors, int links, long seed) {
        return generate(actors, links, seed).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A valid explainer file with exactly {@code actorCount} actors and {@code linkCount} links.
     *
     * @throws IllegalArgumentException if there are too few actors (at least 8) or more links than
     *     the stances allow
     */
    public static String generate(int actorCount, int linkCount, long seed) {
        if (actorCount < 8) {
            throw new IllegalArgumentException("need at least 8 actors, got " + actorCount);
        }
        if (linkCount < 0) {
            throw new IllegalArgumentException("negative link count " + linkCount);
        }
        return new Builder(actorCount, linkCount, new Random(seed), WORLD).build(seed);
    }

    /**
     * Like {@link #generateBytes}, but every place lies in {@code region} (south, north, west, east
     * in degrees): an article about one country or one city, such as an election.
     */
    public static byte[] generateInRegion(int actorCount, int linkCount, long seed, double[] region) {
        if (actorCount < 8) {
            throw new IllegalArgumentException("need at least 8 actors, got " + actorCount);
        }
        return new Builder(actorCount, linkCount, new Random(seed), region).build(seed).getBytes(StandardCharsets.UTF_8);
    }

    /** Where places lie by default: south, north, west, east in degrees. */
    private static final double[] WORLD = {35, 70, -10, 140};

    // ---------------------------------------------------------------- model of what is written

    private record Place(String name, double lat, double lon) {
    }

    private static final class GenActor {
        final String id;
        final String name;
        final String kind;
        final String role;
        final List<String> blocs = new ArrayList<>();
        Place place;

        GenActor(String id, String name, String kind, String role) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.role = role;
        }
    }

    private static final class GenQuote {
        final boolean direct;
        final String text;
        int start;
        int end;
        int paragraph;

        GenQuote(boolean direct, String text) {
            this.direct = direct;
            this.text = text;
        }
    }

    private static final class GenStance {
        final String id;
        final GenActor actor;
        final String summary;
        final List<GenQuote> quotes = new ArrayList<>();
        String context;

        GenStance(String id, GenActor actor, String summary) {
            this.id = id;
            this.actor = actor;
            this.summary = summary;
        }
    }

    private record GenLink(String id, String kind, GenStance from, GenStance to) {
    }

    // ---------------------------------------------------------------- building

    private static final class Builder {

        private final int actorCount;
        private final int linkCount;
        private final Random rng;
        private final Set<String> usedNames = new HashSet<>();
        private final List<GenActor> actors = new ArrayList<>();
        private final List<GenActor> states = new ArrayList<>();
        private final List<GenActor> blocs = new ArrayList<>();
        private final List<GenActor> events = new ArrayList<>();
        private final List<GenStance> stances = new ArrayList<>();
        private final List<GenLink> links = new ArrayList<>();
        private String article;

        private final double[] region;

        Builder(int actorCount, int linkCount, Random rng, double[] region) {
            this.region = region;
            this.actorCount = actorCount;
            this.linkCount = linkCount;
            this.rng = rng;
        }

        String build(long seed) {
            makeActors();
            makeStances();
            writeArticle();
            makeLinks();
            return toJson(seed);
        }

        private void makeActors() {
            int eventCount = Math.max(1, actorCount * 3 / 100);
            int groupCount = Math.max(1, actorCount * 3 / 100);
            int allianceCount = Math.max(1, actorCount / 50);
            int coalitionCount = Math.max(1, actorCount / 50);
            int stateCount = Math.max(2, actorCount / 5);
            int personCount = actorCount - eventCount - groupCount - allianceCount - coalitionCount - stateCount;

            for (int i = 0; i < allianceCount; i++) {
                GenActor a = new GenActor(String.format(Locale.ROOT, "alliance-%03d", i + 1),
                        uniqueName(() -> word(2) + " " + pick(ALLIANCE_WORDS)), "alliance",
                        "A defence alliance of several states");
                a.place = randomPlace();
                blocs.add(a);
                actors.add(a);
            }
            for (int i = 0; i < coalitionCount; i++) {
                GenActor c = new GenActor(String.format(Locale.ROOT, "coalition-%03d", i + 1),
                        uniqueName(() -> word(2) + " " + pick(COALITION_WORDS)), "coalition",
                        "A coalition of states that coordinate their policy");
                c.place = randomPlace();
                blocs.add(c);
                actors.add(c);
            }
            for (int i = 0; i < stateCount; i++) {
                GenActor s = new GenActor(String.format(Locale.ROOT, "state-%04d", i + 1),
                        uniqueName(() -> word(2) + pick(STATE_SUFFIXES)), "state", "");
                s.place = randomPlace();
                s.blocs.add(blocs.get(rng.nextInt(blocs.size())).id);
                if (rng.nextInt(3) == 0) {
                    String second = blocs.get(rng.nextInt(blocs.size())).id;
                    if (!s.blocs.contains(second)) {
                        s.blocs.add(second);
                    }
                }
                states.add(s);
                actors.add(s);
            }
            for (int i = 0; i < groupCount; i++) {
                // Groups with no single location: no place.
                GenActor g = new GenActor(String.format(Locale.ROOT, "group-%03d", i + 1),
                        uniqueName(() -> word(2) + " " + pick(GROUP_WORDS)), "group",
                        "A transnational civic group");
                actors.add(g);
            }
            for (int i = 0; i < eventCount; i++) {
                GenActor e = new GenActor(String.format(Locale.ROOT, "event-%03d", i + 1),
                        uniqueName(() -> word(2) + " " + pick(EVENT_WORDS)), "event",
                        "A meeting the article mentions");
                if (rng.nextBoolean()) {
                    e.place = randomPlace();
                }
                events.add(e);
                actors.add(e);
            }
            for (int i = 0; i < personCount; i++) {
                GenActor state = states.get(rng.nextInt(states.size()));
                GenActor p = new GenActor(String.format(Locale.ROOT, "person-%04d", i + 1),
                        uniqueName(() -> word(1 + rng.nextInt(2)) + " " + word(2 + rng.nextInt(2))), "person",
                        pick(ROLES) + " of " + state.name);
                p.blocs.add(state.id);
                // Near the state's place, like a capital and its other cities.
                double spread = Math.min(1, (region[1] - region[0]) / 10);
                p.place = new Place(word(2), clamp(state.place.lat + rng.nextGaussian() * spread, region[0], region[1]),
                        clamp(state.place.lon + rng.nextGaussian() * 1.5 * spread, region[2], region[3]));
                actors.add(p);
            }
            Collections.shuffle(actors, rng);
        }

        private void makeStances() {
            for (GenActor actor : actors) {
                if (actor.kind.equals("event")) {
                    continue;
                }
                int count = rng.nextInt(10) < 3 ? 2 : 1;
                for (int k = 1; k <= count; k++) {
                    GenStance stance = new GenStance("s-" + actor.id + "-" + k, actor,
                            actor.name + " holds position " + k + " on the dispute.");
                    int quotes = rng.nextInt(10) < 2 ? 2 : 1;
                    for (int q = 0; q < quotes; q++) {
                        stance.quotes.add(new GenQuote(rng.nextBoolean(), clause()));
                    }
                    stances.add(stance);
                }
            }
            // Every event is the context of at least one stance, and a few more stances get one too.
            List<GenStance> shuffled = new ArrayList<>(stances);
            Collections.shuffle(shuffled, rng);
            for (int i = 0; i < events.size(); i++) {
                shuffled.get(i).context = events.get(i).id;
            }
            for (int i = events.size(); i < shuffled.size(); i++) {
                if (rng.nextInt(10) == 0) {
                    shuffled.get(i).context = pick(events).id;
                }
            }
        }

        /** Lays out the article, writing each quote where it falls and noting its offsets. */
        private void writeArticle() {
            List<GenQuote> slots = new ArrayList<>();
            List<GenActor> speakers = new ArrayList<>();
            for (GenStance stance : stances) {
                for (GenQuote quote : stance.quotes) {
                    slots.add(quote);
                    speakers.add(stance.actor);
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < slots.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, rng);

            CodePointText text = new CodePointText();
            int paragraph = 1;
            int sentencesInParagraph = 0;
            int paragraphLength = 3 + rng.nextInt(5);
            for (int n = 0; n < order.size(); n++) {
                if (sentencesInParagraph > 0) {
                    if (sentencesInParagraph >= paragraphLength) {
                        text.append("\n");
                        paragraph++;
                        sentencesInParagraph = 0;
                        paragraphLength = 3 + rng.nextInt(5);
                    } else {
                        text.append(" ");
                    }
                }
                if (rng.nextInt(4) == 0) {
                    text.append(capitalize(clause()) + ". ");
                }
                GenQuote quote = slots.get(order.get(n));
                GenActor speaker = speakers.get(order.get(n));
                quote.paragraph = paragraph;
                if (quote.direct) {
                    text.append("\"");
                    quote.start = text.length();
                    text.append(quote.text);
                    quote.end = text.length();
                    text.append(",\" " + speaker.name + " " + pick(DIRECT_VERBS) + ".");
                } else {
                    text.append(speaker.name + " " + pick(REPORT_VERBS) + " ");
                    quote.start = text.length();
                    text.append(quote.text);
                    quote.end = text.length();
                    text.append(".");
                }
                sentencesInParagraph++;
            }
            text.append(" " + capitalize(clause()) + ".");
            article = text.toString();
        }

        private void makeLinks() {
            long pairs = (long) stances.size() * (stances.size() - 1);
            // Each unordered pair can carry an opposes and a supports link, each ordered pair a response.
            if (linkCount > pairs * 2 / 3) {
                throw new IllegalArgumentException(linkCount + " links do not fit between " + stances.size()
                        + " stances");
            }
            String[] kinds = {"opposes", "supports", "responds-to"};
            Set<String> seen = new HashSet<>();
            int attempts = 0;
            while (links.size() < linkCount) {
                if (++attempts > linkCount * 50 + 1000) {
                    throw new IllegalStateException("could not draw " + linkCount + " distinct links");
                }
                GenStance from = pick(stances);
                GenStance to = pick(stances);
                if (from == to || from.actor == to.actor) {
                    continue;
                }
                int r = rng.nextInt(10);
                String kind = kinds[r < 5 ? 0 : r < 8 ? 1 : 2];
                String a = from.id;
                String b = to.id;
                if (!kind.equals("responds-to") && a.compareTo(b) > 0) {
                    String swap = a;
                    a = b;
                    b = swap;
                }
                if (!seen.add(kind + "|" + a + "|" + b)) {
                    continue;
                }
                links.add(new GenLink(String.format(Locale.ROOT, "link-%05d", links.size() + 1), kind, from, to));
            }
        }

        // ---------------------------------------------------------------- JSON

        private String toJson(long seed) {
            StringWriter out = new StringWriter(1 << 20);
            try (JsonWriter json = new JsonWriter(out)) {
                json.setIndent(" ");
                json.setHtmlSafe(false);
                json.beginObject();
                json.name("format").value(1);
                json.name("id").value("generated-" + actorCount + "-" + linkCount + "-" + seed);
                json.name("article").beginObject();
                json.name("title").value("A generated dispute among " + actorCount + " actors");
                json.name("titleIsEditorial").value(true);
                json.name("outlet").value("");
                json.name("date").value("");
                json.name("url").value("");
                json.name("text").value(article);
                json.endObject();

                json.name("actors").beginArray();
                for (GenActor actor : actors) {
                    writeActor(json, actor);
                }
                json.endArray();

                json.name("stances").beginArray();
                for (GenStance stance : stances) {
                    writeStance(json, stance);
                }
                json.endArray();

                json.name("links").beginArray();
                for (GenLink link : links) {
                    writeLink(json, link);
                }
                json.endArray();

                writeTour(json);
                writeGlossary(json);
                json.endObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString();
        }

        private static void writeActor(JsonWriter json, GenActor actor) throws IOException {
            json.beginObject();
            json.name("id").value(actor.id);
            json.name("name").value(actor.name);
            json.name("kind").value(actor.kind);
            if (!actor.role.isEmpty()) {
                json.name("role").value(actor.role);
            }
            if (!actor.blocs.isEmpty()) {
                json.name("blocs").beginArray();
                for (String bloc : actor.blocs) {
                    json.value(bloc);
                }
                json.endArray();
            }
            if (actor.place != null) {
                json.name("place").beginObject();
                json.name("name").value(actor.place.name);
                json.name("lat").value(round(actor.place.lat));
                json.name("lon").value(round(actor.place.lon));
                json.endObject();
            }
            json.endObject();
        }

        private static void writeStance(JsonWriter json, GenStance stance) throws IOException {
            json.beginObject();
            json.name("id").value(stance.id);
            json.name("actor").value(stance.actor.id);
            json.name("summary").value(stance.summary);
            json.name("quotes").beginArray();
            for (GenQuote quote : stance.quotes) {
                json.beginObject();
                json.name("start").value(quote.start);
                json.name("end").value(quote.end);
                json.name("text").value(quote.text);
                json.name("delivery").value(quote.direct ? "direct" : "reported");
                json.endObject();
            }
            json.endArray();
            if (stance.context != null) {
                json.name("context").value(stance.context);
            }
            json.endObject();
        }

        private static void writeLink(JsonWriter json, GenLink link) throws IOException {
            GenQuote fromQuote = link.from.quotes.get(0);
            GenQuote toQuote = link.to.quotes.get(0);
            json.beginObject();
            json.name("id").value(link.id);
            json.name("kind").value(link.kind);
            json.name("from").value(link.from.id);
            json.name("to").value(link.to.id);
            json.name("explanation").value(link.from.actor.name + " (\u00b6" + fromQuote.paragraph + ") "
                    + link.kind.replace('-', ' ') + " " + link.to.actor.name + " (\u00b6" + toQuote.paragraph + ").");
            json.name("evidence").beginArray();
            json.beginObject();
            json.name("start").value(fromQuote.start);
            json.name("end").value(fromQuote.end);
            json.name("text").value(fromQuote.text);
            json.endObject();
            json.endArray();
            json.endObject();
        }

        private void writeTour(JsonWriter json) throws IOException {
            json.name("tour").beginArray();
            for (int step = 0; step < TOUR_STEPS; step++) {
                json.beginObject();
                json.name("title").value(step == 0 ? "The whole dispute" : "Step " + (step + 1));
                json.name("caption").value(step == 0 ? "Every actor and every link the article names."
                        : "A closer look at a few of the positions.");
                json.name("notes").value("Generated step " + (step + 1) + ".");
                json.name("actors").beginArray();
                if (step > 0) {
                    Set<String> chosen = new HashSet<>();
                    for (int i = 0; i < 3; i++) {
                        GenActor actor = pick(actors);
                        if (chosen.add(actor.id)) {
                            json.value(actor.id);
                        }
                    }
                }
                json.endArray();
                json.name("links").beginArray();
                if (step > 0 && !links.isEmpty()) {
                    Set<String> chosen = new HashSet<>();
                    for (int i = 0; i < 2; i++) {
                        GenLink link = pick(links);
                        if (chosen.add(link.id)) {
                            json.value(link.id);
                        }
                    }
                }
                json.endArray();
                json.name("cumulative").value(step >= 5);
                json.endObject();
            }
            json.endArray();
        }

        private static void writeGlossary(JsonWriter json) throws IOException {
            json.name("glossary").beginArray();
            for (String[] entry : GLOSSARY) {
                json.beginObject();
                json.name("term").value(entry[0]);
                json.name("definition").value(entry[1]);
                json.name("source").value("explainer");
                json.endObject();
            }
            json.endArray();
        }

        // ---------------------------------------------------------------- small helpers

        private String uniqueName(java.util.function.Supplier<String> make) {
            for (int attempt = 0; attempt < 100; attempt++) {
                String name = make.get();
                if (usedNames.add(name)) {
                    return name;
                }
            }
            // Practically unreachable; still unique.
            String name = make.get() + " " + usedNames.size();
            usedNames.add(name);
            return name;
        }

        private String word(int syllables) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                out.append(pick(SYLLABLES));
            }
            return capitalize(out.toString());
        }

        private String clause() {
            int length = 6 + rng.nextInt(9);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    out.append(' ');
                }
                out.append(pick(WORDS));
            }
            return out.toString();
        }

        private Place randomPlace() {
            return new Place(word(2), region[0] + rng.nextDouble() * (region[1] - region[0]),
                    region[2] + rng.nextDouble() * (region[3] - region[2]));
        }

        private <T> T pick(T[] items) {
            return items[rng.nextInt(items.length)];
        }

        private <T> T pick(List<T> items) {
            return items.get(rng.nextInt(items.size()));
        }

        private static String capitalize(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private static double clamp(double v, double lo, double hi) {
            return Math.max(lo, Math.min(hi, v));
        }

        private static double round(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    /** A string builder that also counts code points, the unit of article offsets. */
    private static final class CodePointText {
        private final StringBuilder text = new StringBuilder();
        private int codePoints;

        void append(String s) {
            text.append(s);
            codePoints += s.codePointCount(0, s.length());
        }

        int length() {
            return codePoints;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
