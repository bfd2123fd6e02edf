package org.stancemap.draft.actor;

import java.util.Set;
import org.stancemap.draft.text.WordSet;

/** Word lists for recognising actors: titles, honorifics, group nouns, organisation words. */
final class Lexicon {

    private Lexicon() {
    }

    /** Courtesy titles: dropped from names, never a role. */
    static final Set<String> HONORIFICS = WordSet.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir",
            "dame", "miss");

    /** Titles that may stand before a person's name and make up their role. */
    static final Set<String> TITLES = WordSet.of("president", "vice", "prime", "minister", "chief", "secretary",
            "general", "gen.", "senator", "sen.", "rep.", "representative", "gov.", "governor", "chancellor",
            "speaker", "leader", "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor",
            "ambassador", "director", "chairman", "chairwoman", "chair", "ceo", "candidate", "congressman",
            "congresswoman", "commissioner", "spokesman", "spokeswoman", "spokesperson", "foreign", "defense",
            "defence", "interior", "finance", "attorney", "lt.", "col.", "adm.", "admiral", "colonel",
            "sgt.", "former", "deputy", "assistant", "acting", "state", "house", "senate", "majority",
            "minority", "press", "national", "security", "adviser", "advisor", "envoy", "emir", "sheikh",
            "nominee", "founder", "host", "anchor", "professor", "prof.", "reverend", "rev.", "father",
            "gop", "democratic", "republican", "democrat", "frontrunner", "front-runner", "strategist", "pollster",
            "manager", "campaign");

    /** Title nouns that a description ("the senator", "the Russian president") can stand on. */
    static final Set<String> DESCRIPTION_HEADS = WordSet.of("president", "minister", "chancellor", "senator",
            "governor", "candidate", "nominee", "leader", "chief", "secretary", "congressman",
            "congresswoman", "mayor", "speaker", "businessman", "billionaire", "frontrunner", "front-runner",
            "spokesman", "spokeswoman", "premier", "king", "queen", "pope", "ambassador", "director");

    /** Plural nouns that make a loose group: "officials", "Western leaders". */
    static final Set<String> GROUP_NOUNS = WordSet.of("officials", "leaders", "lawmakers", "legislators",
            "voters", "supporters", "critics", "analysts", "experts", "diplomats", "protesters", "aides",
            "advisers", "advisors", "observers", "economists", "investigators", "prosecutors", "sources",
            "allies", "republicans", "democrats", "conservatives", "liberals", "progressives", "activists",
            "senators", "delegates", "donors", "strategists", "pollsters", "scientists", "residents",
            "citizens", "members", "governments", "authorities", "insiders", "staffers", "operatives",
            "evangelicals", "independents", "candidates", "politicians", "negotiators", "ministers",
            "generals", "commanders", "rebels", "militants", "campaigners", "opponents", "republicans",
            "americans", "workers", "students", "parents", "doctors", "lawyers", "journalists", "reporters",
            "representatives", "leaders", "polls", "surveys");

    /** Adjectives of a group: "Western leaders", "Republican lawmakers". */
    static final Set<String> GROUP_ADJECTIVES = WordSet.of("western", "eastern", "european", "republican",
            "democratic", "gop", "conservative", "liberal", "progressive", "senior", "top", "military",
            "government", "administration", "campaign", "party", "state", "federal", "local", "foreign",
            "congressional", "white", "house", "intelligence", "security", "defense", "u.s.", "american",
            "evangelical", "establishment", "many", "some", "other", "several");

    /** Group nouns that are names themselves: "Democrats" is a named group, "voters" is not. */
    static final Set<String> PROPER_GROUP_NOUNS = WordSet.of("republicans", "democrats");

    /** Group adjectives that name no one: "senior officials" is as bare as "officials". */
    static final Set<String> GENERIC_GROUP_ADJECTIVES = WordSet.of("senior", "top", "military", "government",
            "administration", "campaign", "party", "state", "federal", "local", "foreign", "congressional",
            "intelligence", "security", "defense", "establishment", "many", "some", "other", "several");

    /** Collective nouns for blocs of states: "Ukraine's allies" is a coalition. */
    static final Set<String> COALITION_NOUNS = WordSet.of("allies", "coalition", "partners");

    /** Words that make a proper-noun run an organisation. */
    static final Set<String> ORGANISATION_WORDS = WordSet.of("union", "party", "department", "ministry",
            "committee", "council", "agency", "organization", "organisation", "commission", "congress",
            "senate", "house", "court", "campaign", "administration", "times", "post", "news", "bank",
            "fund", "institute", "university", "association", "foundation", "alliance", "nations",
            "network", "journal", "press", "group", "office", "bureau", "service", "board", "corporation",
            "inc.", "company", "center", "centre", "forces", "army", "navy", "police", "kremlin", "pentagon",
            "parliament", "assembly", "convention", "federation", "front", "movement", "league", "club", "channel",
            "reuters", "gop", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "bbc", "npr", "politico",
            "breitbart", "twitter", "facebook", "google", "pac", "hamas", "hezbollah", "taliban");

    /** Organisations that are blocs of states. */
    static final Set<String> ALLIANCES = WordSet.of("nato", "european union", "eu", "un", "united nations", "g7",
            "g20", "g-7", "g-20", "african union", "asean", "opec", "arab league", "brics",
            "north atlantic treaty organization");

    /** Singular nouns for a speaking body or person named only by its function: "the newspaper", "a spokesman". */
    static final Set<String> AGENT_NOUNS = WordSet.of("spokesman", "spokeswoman", "spokesperson", "official",
            "aide", "adviser", "advisor", "source", "newspaper", "paper", "report", "poll", "survey", "study",
            "statement", "campaign", "group", "committee", "agency", "department", "administration",
            "government", "ministry", "organization", "organisation", "company", "network", "magazine",
            "website", "analysis", "memo", "letter", "lawsuit", "complaint", "ruling", "court", "judge",
            "lawyer", "attorney", "expert", "analyst", "economist", "researcher", "editorial", "board",
            "article", "document", "release", "spokesperson", "strategist", "pollster", "operative",
            "insider", "staffer", "representative", "lawmaker", "senator", "governor", "candidate", "nominee",
            "president", "chairman", "director", "author", "writer", "columnist", "reporter", "commentator",
            "host", "professor", "historian", "scholar", "activist", "voter", "supporter", "critic", "man",
            "woman", "resident", "friend", "member", "leader", "ad", "video", "book", "tweet", "post", "email",
            "message", "speech", "platform", "plan", "bill", "law", "order", "policy", "proposal", "memo",
            "investigation", "audit", "review", "inquiry", "party", "team", "office", "white");

    /** Words that introduce a noun phrase naming a speaker. */
    static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "one", "another", "this", "that");

    /** The commonest verbs of saying: a capitalised word before one of them is a name ("Gates said"). */
    static final Set<String> SPEECH_VERBS = WordSet.of("say", "tell", "write", "add", "ask", "claim", "argue", "tweet");

    /** Capitalised words that are never names. */
    static final Set<String> NOT_NAMES = WordSet.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan.", "feb.", "feb", "mar.", "apr.", "apr", "jun.",
            "jul.", "aug.", "aug", "sep.", "sept.", "sept", "oct.", "nov.", "dec.", "i", "god", "mr.", "mrs.", "ms.", "but", "and", "the",
            "however", "meanwhile", "yes", "no", "ok", "okay", "oh", "well", "thanks", "thank", "today",
            "tonight", "yesterday", "tomorrow", "christmas", "easter", "internet", "web", "a", "an",
            "this", "that", "these", "those", "it", "in", "on", "at", "for", "if", "when", "so", "as", "let",
            "editor", "nor", "or", "since", "afterward", "afterwards", "although", "though", "while", "because",
            "after", "before", "until", "unless", "whether", "instead", "also", "yet", "then", "thus", "hence",
            "indeed", "perhaps", "maybe", "even", "now", "here", "there", "why", "how", "what", "where", "who",
            "which", "whose", "some", "many", "most", "all", "both", "each", "every", "few", "such", "not",
            "we", "you", "they", "he", "she", "his", "her", "their", "our", "my", "your", "its");

    /** Month names a tagger may take for names when short: "Oct 14", "Jan 4". */
    static final Set<String> MONTHS = WordSet.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /**
     * News and photo agencies, lower case, as a credit names them: where a story or a picture came
     * from, an actor only when the article quotes what it reports.
     */
    static final Set<String> NEWS_AGENCIES = WordSet.of("ap", "the associated press", "associated press",
            "reuters", "thomson reuters", "afp", "agence france-presse", "agence france presse", "upi",
            "united press international", "getty", "getty images", "dpa", "deutsche presse-agentur", "efe",
            "xinhua", "tass", "itar-tass", "kyodo", "kyodo news", "yonhap", "ansa", "anadolu", "anadolu agency",
            "press association", "pa media", "canadian press", "the canadian press", "aap", "bloomberg news",
            "shutterstock", "alamy", "epa-efe", "ap photo", "reuters photo", "afp photo");

    /**
     * Peoples by faith, origin or nationality in the plural ("Muslims", "Latinos"): many people
     * talked about, never one person, and a side of the story only when they speak.
     */
    static final Set<String> PEOPLE_PLURALS = WordSet.of("muslims", "christians", "jews", "hindus", "sikhs",
            "buddhists", "catholics", "protestants", "mormons", "evangelicals", "latinos", "latinas", "latinx",
            "hispanics", "arabs", "kurds", "asians", "africans", "europeans", "americans", "blacks", "whites",
            "shiites", "sunnis", "palestinians",
            "israelis", "iraqis", "afghans", "pakistanis", "syrians", "iranians", "russians", "mexicans",
            "ukrainians", "cubans", "haitians", "somalis", "yazidis", "uighurs", "uyghurs");

    /** A faith, or one of its people as an adjective ("a proud Muslim", "the Latino vote"): no one by itself. */
    static final Set<String> PEOPLE_SINGULARS = WordSet.of("muslim", "christian", "jew", "jewish", "hindu", "sikh",
            "buddhist", "catholic", "protestant", "mormon", "evangelical", "latino", "latina", "hispanic", "arab",
            "kurd", "kurdish", "islam", "christianity", "judaism", "hinduism", "buddhism", "catholicism",
            "islamic", "sunni", "shiite", "shia", "jihadist", "islamist");

    /** The states of the union as news style abbreviates them after a town: "San Bernardino, Calif.". */
    static final Set<String> STATE_ABBREVIATIONS = WordSet.of("ala.", "ariz.", "ark.", "calif.", "colo.", "conn.",
            "del.", "fla.", "ga.", "ill.", "ind.", "kan.", "kans.", "ky.", "la.", "md.", "mass.", "mich.", "minn.",
            "miss.", "mo.", "mont.", "neb.", "nev.", "n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.",
            "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "tex.", "vt.", "va.", "wash.", "w.va.", "wis.", "wyo.");
}
