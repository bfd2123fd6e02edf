package org.stancemap.draft.actor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stancemap.draft.FoundActor;
import org.stancemap.draft.place.Country;
import org.stancemap.draft.place.Gazetteer;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Place;

/**
 * Merges mentions into actors, in article order: a surname or "Mr. X" joins the person of that
 * name, a state joins by its country, "he"/"she" join the person mentioned last, "they" the group
 * mentioned last, and "the Russian president" the person whose title and country fit.
 */
public final class ActorTable {

    private final Gazetteer gazetteer;
    private final List<ActorDraft> drafts = new ArrayList<>();
    private final Map<Mention, Integer> actorOfMention = new IdentityHashMap<>();
    private int lastPerson = -1;
    private int lastSubjectPerson = -1;
    private int lastGroup = -1;

    private ActorTable(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static ActorTable resolve(List<Mention> mentions, Gazetteer gazetteer) {
        ActorTable table = new ActorTable(gazetteer);
        mentions.forEach(table::take);
        table.addTiedStates();
        return table;
    }

    /** Adds a mention found later (a speaker named by a plain noun phrase) and returns its actor, or -1. */
    public int register(Mention mention) {
        take(mention);
        return actorOf(mention);
    }

    /**
     * Whether the actor at this index is only described by what it is or does ("the plan", "a
     * spokesman", "the national government") or by a bare plural with no name in it ("reporters",
     * "senior officials"), as opposed to a named group ("Republican lawmakers", "Ukraine's allies").
     */
    public boolean isOnlyDescribed(int actor) {
        ActorDraft draft = drafts.get(actor);
        if (draft.named || draft.kind != ActorKind.GROUP) {
            return false;
        }
        String[] words = draft.name.split(" ");
        String last = words[words.length - 1];
        if (Peoples.isPlural(last, gazetteer)) {
            return true; // "Muslims", "American Muslims": a people talked about
        }
        return !Lexicon.GROUP_NOUNS.contains(last.toLowerCase(Locale.ROOT)) || !hasNameWord(draft.name);
    }

    /**
     * Whether the actor at this index is a news or photo agency ("AP", "Reuters", "Getty Images"):
     * where the story or a picture came from, a side of the story only when it reports something.
     */
    public boolean isNewsAgency(int actor) {
        ActorDraft draft = drafts.get(actor);
        String name = stripThe(draft.name).toLowerCase(Locale.ROOT);
        return draft.kind != ActorKind.PERSON && draft.kind != ActorKind.STATE && Lexicon.NEWS_AGENCIES.contains(name);
    }

    /** A capitalised word other than a generic one capitalised only by opening the sentence ("Officials", "Senior"). */
    private static boolean hasNameWord(String name) {
        for (String word : name.split(" ")) {
            String lower = word.toLowerCase(Locale.ROOT);
            boolean generic = (Lexicon.GROUP_NOUNS.contains(lower) && !Lexicon.PROPER_GROUP_NOUNS.contains(lower))
                    || Lexicon.GENERIC_GROUP_ADJECTIVES.contains(lower);
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !generic) {
                return true;
            }
        }
        return false;
    }

    /** The actor (index into {@link #actors()}) a mention refers to, or -1 when it is unresolved. */
    public int actorOf(Mention mention) {
        return actorOfMention.getOrDefault(mention, -1);
    }

    private void take(Mention mention) {
        int actor = switch (mention.type()) {
            case PERSON -> person(mention);
            case STATE -> keyed(ActorKind.STATE, mention.name(), mention);
            case ORGANISATION -> keyed(kindOfOrganisation(mention.name()), stripThe(mention.name()), mention);
            case GROUP -> keyed(kindOfGroup(mention.name()), mention.name(), mention);
            case PRONOUN -> mention.name().equals("they") ? lastGroup : lastSubjectPerson >= 0 ? lastSubjectPerson : lastPerson;
            case DESCRIPTION -> described(mention);
        };
        if (actor < 0) {
            return;
        }
        actorOfMention.put(mention, actor);
        ActorDraft draft = drafts.get(actor);
        if (mention.type() == MentionType.PRONOUN || mention.type() == MentionType.DESCRIPTION) {
            draft.mentions.add(mention.range());
        } else {
            draft.absorb(mention);
        }
        if (draft.kind == ActorKind.PERSON) {
            lastPerson = actor;
            if (mention.subject()) {
                lastSubjectPerson = actor;
            }
        } else if (draft.kind != ActorKind.STATE || mention.type() == MentionType.STATE) {
            lastGroup = actor;
        }
    }

    private int person(Mention mention) {
        String[] words = mention.name().split(" ");
        String last = words[words.length - 1];
        for (int i = drafts.size() - 1; i >= 0; i--) {
            ActorDraft draft = drafts.get(i);
            boolean otherFirstName = words.length > 1 && draft.name.split(" ").length > 1
                    && !draft.name.split(" ")[0].equalsIgnoreCase(words[0]);
            if (draft.kind == ActorKind.PERSON && !otherFirstName && (draft.lastWord().equalsIgnoreCase(last)
                    || (words.length == 1 && draft.hasWord(last)))) {
                return named(i, mention);
            }
        }
        // "Hillary" first (a headline, say), "Hillary Clinton" later: one person, by the full name.
        for (int i = drafts.size() - 1; words.length > 1 && i >= 0; i--) {
            ActorDraft draft = drafts.get(i);
            if (draft.kind == ActorKind.PERSON && draft.name.indexOf(' ') < 0 && draft.name.equalsIgnoreCase(words[0])) {
                return named(i, mention);
            }
        }
        drafts.add(new ActorDraft(ActorKind.PERSON, mention.name()));
        return drafts.size() - 1;
    }

    /** The person at {@code i}, who takes the mention's name when it is the fuller one. */
    private int named(int i, Mention mention) {
        ActorDraft draft = drafts.get(i);
        if (mention.name().split(" ").length > draft.name.split(" ").length) {
            draft.name = mention.name();
        }
        return i;
    }

    private int keyed(ActorKind kind, String name, Mention mention) {
        for (int i = 0; i < drafts.size(); i++) {
            ActorDraft draft = drafts.get(i);
            if (draft.kind == kind && draft.name.equalsIgnoreCase(name)) {
                return i;
            }
        }
        drafts.add(new ActorDraft(kind, name));
        return drafts.size() - 1;
    }

    private int described(Mention mention) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                ActorDraft draft = drafts.get(i);
                if (draft.kind != ActorKind.PERSON) {
                    continue;
                }
                boolean titleFits = draft.role.toLowerCase(Locale.ROOT).contains(mention.name());
                boolean countryFits = mention.countryCode().isEmpty() || mention.countryCode().equals(draft.countryCode);
                if (countryFits && (titleFits || (pass == 1 && !mention.countryCode().isEmpty()))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static ActorKind kindOfOrganisation(String name) {
        return Lexicon.ALLIANCES.contains(stripThe(name).toLowerCase(Locale.ROOT)) ? ActorKind.ALLIANCE : ActorKind.GROUP;
    }

    private static ActorKind kindOfGroup(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split(" ");
        return Lexicon.COALITION_NOUNS.contains(words[words.length - 1]) ? ActorKind.COALITION : ActorKind.GROUP;
    }

    private static String stripThe(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    /** A person tied to a state by a title ("French President …") brings that state in as their bloc. */
    private void addTiedStates() {
        for (int i = 0, n = drafts.size(); i < n; i++) {
            ActorDraft draft = drafts.get(i);
            if (draft.kind == ActorKind.PERSON && !draft.countryCode.isEmpty()) {
                gazetteer.countryWithCode(draft.countryCode).ifPresent(c -> stateIndex(c));
            }
        }
    }

    private int stateIndex(Country country) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).kind == ActorKind.STATE && drafts.get(i).name.equals(country.name())) {
                return i;
            }
        }
        ActorDraft state = new ActorDraft(ActorKind.STATE, country.name());
        state.countryCode = country.code();
        drafts.add(state);
        return drafts.size() - 1;
    }

    public List<FoundActor> actors() {
        List<FoundActor> actors = new ArrayList<>(drafts.size());
        for (ActorDraft draft : drafts) {
            actors.add(new FoundActor(draft.name, draft.kind, draft.role, place(draft), draft.mentions, blocs(draft)));
        }
        return actors;
    }

    private Optional<Place> place(ActorDraft draft) {
        if (draft.kind != ActorKind.STATE && draft.kind != ActorKind.PERSON) {
            return Optional.empty();
        }
        Optional<Country> country = draft.kind == ActorKind.STATE && draft.countryCode.isEmpty()
                ? gazetteer.country(draft.name) : gazetteer.countryWithCode(draft.countryCode);
        return country.map(Country::capital).filter(p -> p != null);
    }

    private List<Integer> blocs(ActorDraft draft) {
        List<Integer> blocs = new ArrayList<>();
        if (draft.kind != ActorKind.PERSON) {
            return blocs;
        }
        if (!draft.countryCode.isEmpty()) {
            gazetteer.countryWithCode(draft.countryCode).ifPresent(c -> blocs.add(indexOfState(c.name())));
        }
        if (!draft.affiliation.isEmpty()) {
            for (int i = 0; i < drafts.size(); i++) {
                if (drafts.get(i).kind != ActorKind.PERSON && drafts.get(i).name.equalsIgnoreCase(draft.affiliation)) {
                    blocs.add(i);
                }
            }
        }
        blocs.removeIf(b -> b < 0);
        return blocs;
    }

    private int indexOfState(String name) {
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.get(i).kind == ActorKind.STATE && drafts.get(i).name.equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
