package org.stancemap.draft.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stancemap.draft.TextRange;
import org.stancemap.draft.place.City;
import org.stancemap.draft.place.Country;
import org.stancemap.draft.place.Gazetteer;
import org.stancemap.draft.text.QuoteSpans;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.Token;
import org.stancemap.draft.text.VerbForms;

/**
 * Finds the stretches of each sentence that name or point at an actor: runs of proper nouns with
 * their titles, states by name, capital or demonym, organisations, loose groups, pronouns and
 * descriptions ("the senator").
 */
public final class MentionFinder {

    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<Mention> find(List<Sentence> sentences, QuoteSpans quotes) {
        Set<String> lowerCase = lowerCaseWords(sentences);
        Credits credits = new Credits(gazetteer);
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            new SentenceScan(sentence, s, mentions, quotes, lowerCase, credits.of(sentence)).run();
        }
        return mentions;
    }

    /** Every word the article writes in lower case somewhere, lower-cased. */
    private static Set<String> lowerCaseWords(List<Sentence> sentences) {
        Set<String> words = new java.util.HashSet<>();
        for (Sentence sentence : sentences) {
            for (Token token : sentence.tokens()) {
                if (!token.text().isEmpty() && Character.isLowerCase(token.text().charAt(0))) {
                    words.add(token.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** One pass over one sentence's tokens. */
    private final class SentenceScan {
        private final Sentence sentence;
        private final int index;
        private final List<Mention> out;
        private final QuoteSpans quotes;
        private final Set<String> lowerCase;
        /** Tokens of a dateline, byline or photo credit: they name no actor. */
        private final boolean[] credit;
        private final int firstVerb;

        SentenceScan(Sentence sentence, int index, List<Mention> out, QuoteSpans quotes, Set<String> lowerCase,
                     boolean[] credit) {
            this.sentence = sentence;
            this.index = index;
            this.out = out;
            this.quotes = quotes;
            this.lowerCase = lowerCase;
            this.credit = credit;
            int verb = 0;
            while (verb < sentence.size() && !sentence.token(verb).isVerb()) {
                verb++;
            }
            this.firstVerb = verb;
        }

        void run() {
            int i = 0;
            while (i < sentence.size()) {
                i = Math.max(i + 1, scanAt(i));
            }
        }

        /** Looks for a mention starting at token i; returns the token after it (or i if none). */
        private int scanAt(int i) {
            if (credit[i]) {
                return i;
            }
            Token token = sentence.token(i);
            String lower = token.text().toLowerCase(Locale.ROOT);
            if (lower.equals("he") || lower.equals("she") || lower.equals("they")) {
                add(i, i + 1, MentionType.PRONOUN, lower, "", "", "");
                return i + 1;
            }
            int group = groupEnd(i);
            if (group > i) {
                return group;
            }
            if (lower.equals("the")) {
                int description = descriptionEnd(i);
                if (description > i) {
                    return description;
                }
            }
            if (startsRun(i)) {
                return properRun(i);
            }
            if (Lexicon.DETERMINERS.contains(lower)) {
                return agentPhraseEnd(i);
            }
            return i;
        }

        /** "the newspaper", "a senior official", "the second official": a speaker named by function. */
        private int agentPhraseEnd(int i) {
            int j = i + 1;
            while (j < sentence.size() && j - i <= 4 && isModifier(sentence.token(j))) {
                j++;
            }
            while (j + 1 < sentence.size() && sentence.token(j).tag().equals("NOUN")
                    && sentence.token(j + 1).tag().equals("NOUN")) {
                j++;
            }
            if (j < sentence.size() && !sentence.token(j).isCapitalised()
                    && Lexicon.AGENT_NOUNS.contains(sentence.token(j).text().toLowerCase(Locale.ROOT))
                    && !(j + 1 < sentence.size() && sentence.token(j + 1).tag().equals("NOUN"))) {
                add(i, j + 1, MentionType.GROUP, text(i + 1, j + 1), "", countryOf(i + 1, j), "");
                return j + 1;
            }
            return i;
        }

        private boolean isModifier(Token token) {
            String tag = token.tag();
            return (tag.equals("ADJ") || tag.equals("NUM")
                    || (tag.equals("PROPN") && token.isCapitalised()))
                    && !Lexicon.AGENT_NOUNS.contains(token.text().toLowerCase(Locale.ROOT));
        }

        private boolean startsRun(int i) {
            Token token = sentence.token(i);
            if (!token.isCapitalised() || isNeverName(token.text())) {
                return Lexicon.HONORIFICS.contains(token.text().toLowerCase(Locale.ROOT));
            }
            if (isCapitalisedOnlyAsOpening(i) || isDate(i)) {
                return false;
            }
            boolean adjectiveOfName = token.tag().equals("ADJ") && i + 1 < sentence.size()
                    && sentence.token(i + 1).isCapitalised() && !isNeverName(sentence.token(i + 1).text());
            return token.isProperNoun() || isTitle(token) || isAffiliation(token) || isAcronym(token.text()) || adjectiveOfName
                    || (i == 0 && token.tag().equals("NOUN") && i + 1 < sentence.size()
                        && VerbForms.baseIn(sentence.token(i + 1).text(), Lexicon.SPEECH_VERBS) != null);
        }

        /**
         * "Rather, …", "Head …": a lone word capitalised only because it opens the sentence, which
         * the article writes in lower case elsewhere, is a common word, not a name.
         */
        private boolean isCapitalisedOnlyAsOpening(int i) {
            if (!opensSentence(i) || (i + 1 < sentence.size() && continuesRun(i + 1))) {
                return false;
            }
            String word = sentence.token(i).text();
            return lowerCase.contains(word.toLowerCase(Locale.ROOT)) && !isAcronym(word)
                    && countryNamedBy(word).isEmpty() && !isTitle(sentence.token(i));
        }

        /** "Oct 14", "Jan 4": a short month name before a day. */
        private boolean isDate(int i) {
            return Lexicon.MONTHS.contains(sentence.token(i).text().toLowerCase(Locale.ROOT)) && i + 1 < sentence.size()
                    && !sentence.token(i + 1).text().isEmpty() && Character.isDigit(sentence.token(i + 1).text().charAt(0));
        }

        /** Whether only opening quotes or brackets come before token i in its sentence. */
        private boolean opensSentence(int i) {
            for (int k = 0; k < i; k++) {
                String t = sentence.token(k).text();
                if (t.isEmpty() || Character.isLetterOrDigit(t.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        private boolean continuesRun(int j) {
            Token token = sentence.token(j);
            if (!token.isCapitalised() || isNeverName(token.text())) {
                return false;
            }
            return token.isProperNoun() || isTitle(token) || isAcronym(token.text())
                    || token.tag().equals("NOUN") || token.tag().equals("ADJ");
        }

        private int properRun(int i) {
            int end = i + 1;
            while (end < sentence.size() && !credit[end]) {
                if (continuesRun(end)) {
                    end++;
                } else if (isPossessive(sentence.token(end)) && end + 1 < sentence.size()
                        && sentence.token(end + 1).isCapitalised()
                        && Lexicon.ORGANISATION_WORDS.contains(sentence.token(end + 1).text().toLowerCase(Locale.ROOT))) {
                    // "the Norland Fishermen's Association": the possessive is part of the name
                    end += 2;
                } else if (isBridge(end) && end + 1 < sentence.size() && sentence.token(end + 1).isProperNoun()) {
                    end += 2;
                } else {
                    break;
                }
            }
            new RunReader(i, end).read();
            return end;
        }

        private boolean isBridge(int j) {
            String word = sentence.token(j).text();
            return word.equals("of") || word.equals("for");
        }

        /** "Western leaders", "Republican lawmakers", "officials", "Ukraine's allies". */
        private int groupEnd(int i) {
            int j = i;
            while (j < sentence.size() && isGroupAdjective(sentence.token(j))) {
                j++;
            }
            if (j < sentence.size() && isGroupNoun(sentence.token(j))) {
                boolean possessive = j - i == 2 && isPossessive(sentence.token(i + 1));
                if (j == i && Lexicon.COALITION_NOUNS.contains(sentence.token(j).text().toLowerCase(Locale.ROOT))
                        && !possessive) {
                    return i;
                }
                String name = text(i, j + 1);
                MentionType type = MentionType.GROUP;
                add(i, j + 1, type, name, "", countryOf(i, j), "");
                return j + 1;
            }
            if (j == i + 1 && i + 2 < sentence.size() && isPossessive(sentence.token(i + 1))) {
                return i;
            }
            return i;
        }

        private boolean isGroupAdjective(Token token) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            return Lexicon.GROUP_ADJECTIVES.contains(lower) || gazetteer.countryOfDemonym(token.text()).isPresent()
                    || (token.isCapitalised() && gazetteer.country(token.text()).isPresent())
                    || isPossessive(token);
        }

        private boolean isGroupNoun(Token token) {
            return Lexicon.GROUP_NOUNS.contains(token.text().toLowerCase(Locale.ROOT))
                    || Peoples.isPlural(token.text(), gazetteer);
        }

        private boolean isPossessive(Token token) {
            String t = token.text();
            return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
        }

        private String countryOf(int from, int to) {
            for (int k = from; k < to; k++) {
                Optional<Country> country = countryNamedBy(sentence.token(k).text());
                if (country.isPresent()) {
                    return country.get().code();
                }
            }
            return "";
        }

        /** "the senator", "the Russian president". */
        private int descriptionEnd(int i) {
            int j = i + 1;
            String code = "";
            if (j < sentence.size()) {
                Optional<Country> country = gazetteer.countryOfDemonym(sentence.token(j).text());
                if (country.isPresent()) {
                    code = country.get().code();
                    j++;
                }
            }
            if (j < sentence.size()) {
                String head = sentence.token(j).text().toLowerCase(Locale.ROOT);
                if (Lexicon.DESCRIPTION_HEADS.contains(head) && !sentence.token(j).isProperNoun()) {
                    add(i, j + 1, MentionType.DESCRIPTION, head, "", code, "");
                    return j + 1;
                }
            }
            return i;
        }

        private boolean isTitle(Token token) {
            String lower = token.text().toLowerCase(Locale.ROOT);
            return Lexicon.TITLES.contains(lower) || Lexicon.HONORIFICS.contains(lower);
        }

        private boolean isAffiliation(Token token) {
            return countryNamedBy(token.text()).isPresent() || isAcronym(token.text());
        }

        private Optional<Country> countryNamedBy(String word) {
            Optional<Country> country = gazetteer.countryOfDemonym(word);
            return country.isPresent() ? country : gazetteer.country(word);
        }

        private String text(int from, int to) {
            return sentence.text(from, to);
        }


        private void add(int from, int to, MentionType type, String name, String role, String code, String affiliation) {
            TextRange range = new TextRange(sentence.token(from).start(), sentence.token(to - 1).end());
            boolean named = type == MentionType.PERSON || type == MentionType.STATE || type == MentionType.ORGANISATION;
            if (!named && quotes.inside(range.start())) {
                return;
            }
            out.add(new Mention(range, index, from, to, type, name, role, code, affiliation, from < firstVerb));
        }

        /** Reads one run of capitalised words: affiliation, titles, then a name. */
        private final class RunReader {
            private final int from;
            private final int to;

            RunReader(int from, int to) {
                this.from = from;
                this.to = to;
            }

            void read() {
                String whole = text(from, to);
                if (to - from >= 3 && isShouted(whole) || isDateline(whole)) {
                    return; // a headline in capitals, or where the story was filed: not a name
                }
                if (isCompassPointAsRegion() || isUnknownPlace()
                        || (to - from == 1 && (Peoples.isLoneAdjective(whole) || isStateAbbreviation(from)))) {
                    return;
                }
                if (readAsPlace(whole)) {
                    return;
                }
                if (to - from > 1 && isGroupNoun(sentence.token(to - 1))) {
                    // "Native Americans", "Reagan Democrats": many people under one name, not a person
                    add(from, to, MentionType.GROUP, whole, "", countryOf(from, to - 1), "");
                    return;
                }
                int firstTitle = from;
                while (firstTitle < to && !isTitle(sentence.token(firstTitle))) {
                    firstTitle++;
                }
                int nameStart = firstTitle;
                while (nameStart < to && isTitle(sentence.token(nameStart))) {
                    nameStart++;
                }
                boolean titled = firstTitle < to && nameStart < to;
                if (!titled || firstTitle == from) {
                    if (readAsOrganisation(whole)) {
                        return;
                    }
                }
                if (firstTitle == from && nameStart >= to) {
                    return; // "Republican contenders", "the President": titles with no name are nobody yet
                }
                if (!titled) {
                    firstTitle = from;
                    nameStart = from;
                }
                String code = "";
                String affiliation = "";
                if (firstTitle > from) {
                    Optional<Country> country = firstTitle - from == 1 ? countryNamedBy(sentence.token(from).text())
                            : gazetteer.country(text(from, firstTitle));
                    if (country.isPresent()) {
                        code = country.get().code();
                        add(from, firstTitle, MentionType.STATE, country.get().name(), "", code, "");
                    } else {
                        affiliation = text(from, firstTitle);
                        add(from, firstTitle, MentionType.ORGANISATION, affiliation, "", "", "");
                    }
                }
                if (nameStart >= to || !isName(nameStart, to)) {
                    return;
                }
                String role = roleText(from, firstTitle, nameStart);
                add(from, to, MentionType.PERSON, text(nameStart, to), role, code, affiliation);
            }

            /** "KELBY, Norland —", "KELBY (Wire) —": a place in capitals opening the story. */
            private boolean isDateline(String whole) {
                return isShouted(whole) && opensSentence(from) && to < sentence.size()
                        && DATELINE_MARKS.contains(sentence.token(to).text());
            }

            /** "the council of Norland", "in Tarvik": a lone unknown name after "of" or "in" is a place, not a person. */
            private boolean isUnknownPlace() {
                return to - from == 1 && from > 0 && !isTitle(sentence.token(from)) && !isAcronym(sentence.token(from).text())
                        && (sentence.token(from - 1).text().equals("of") || sentence.token(from - 1).text().equals("in"));
            }

            /** "San Bernardino, Calif.", "NASHUA, N.H. —": a state of the union as news style shortens it. */
            private boolean isStateAbbreviation(int k) {
                String word = sentence.token(k).text().toLowerCase(Locale.ROOT);
                boolean periodFollows = k + 1 < sentence.size() && sentence.token(k + 1).text().equals(".");
                return Lexicon.STATE_ABBREVIATIONS.contains(word)
                        || (periodFollows && Lexicon.STATE_ABBREVIATIONS.contains(word + "."));
            }

            /** "the West", "the South": a part of the world, not someone. */
            private boolean isCompassPointAsRegion() {
                return to - from == 1 && from > 0 && sentence.token(from - 1).text().equalsIgnoreCase("the")
                        && COMPASS_POINTS.contains(sentence.token(from).text());
            }

            private String roleText(int start, int firstTitle, int titleEnd) {
                int first = firstTitle;
                while (first < titleEnd && Lexicon.HONORIFICS.contains(sentence.token(first).text().toLowerCase(Locale.ROOT))) {
                    first++;
                }
                if (first >= titleEnd) {
                    return "";
                }
                return text(firstTitle > start ? start : first, titleEnd);
            }

            private boolean isName(int a, int b) {
                for (int k = a; k < b; k++) {
                    if (!sentence.token(k).isProperNoun() && !sentence.token(k).isCapitalised()) {
                        return false;
                    }
                }
                return true;
            }

            /** A place is no actor unless it is a state (or its capital); a dateline ("OSLO —") is none at all. */
            private boolean readAsPlace(String whole) {
                if (isShouted(whole)) {
                    String name = titleCase(whole);
                    if (gazetteer.country(name).isPresent() || gazetteer.city(name).isPresent() || gazetteer.isRegion(name)) {
                        return true;
                    }
                }
                String name = whole.startsWith("The ") ? whole.substring(4) : whole;
                Optional<Country> country = gazetteer.country(name);
                if (country.isPresent()) {
                    add(from, to, MentionType.STATE, country.get().name(), "", country.get().code(), "");
                    return true;
                }
                if (gazetteer.isRegion(name) || WORLD_REGIONS.contains(name)) {
                    return true;
                }
                Optional<City> city = gazetteer.city(name);
                if (city.isPresent()) {
                    if (city.get().capital()) {
                        gazetteer.countryWithCode(city.get().countryCode()).ifPresent(c ->
                                add(from, to, MentionType.STATE, c.name(), "", c.code(), ""));
                    }
                    return true;
                }
                if (to - from == 1) {
                    Optional<Country> demonym = gazetteer.countryOfDemonym(name);
                    if (demonym.isPresent()) {
                        add(from, to, MentionType.STATE, demonym.get().name(), "", demonym.get().code(), "");
                        return true;
                    }
                }
                return false;
            }

            private boolean readAsOrganisation(String whole) {
                String lower = whole.toLowerCase(Locale.ROOT);
                boolean organisation = Lexicon.ALLIANCES.contains(lower) || (to - from == 1 && isAcronym(whole))
                        || Lexicon.NEWS_AGENCIES.contains(lower.startsWith("the ") ? lower.substring(4) : lower)
                        || Lexicon.ORGANISATION_WORDS.contains(sentence.token(to - 1).text().toLowerCase(Locale.ROOT));
                for (int k = from; k < to && !organisation; k++) {
                    organisation = sentence.token(k).text().equals("of")
                            && Lexicon.ORGANISATION_WORDS.contains(sentence.token(k - 1).text().toLowerCase(Locale.ROOT));
                }
                if (organisation) {
                    int start = from > 0 && sentence.token(from - 1).text().equalsIgnoreCase("the") ? from - 1 : from;
                    add(start, to, MentionType.ORGANISATION, whole, "", "", "");
                }
                return organisation;
            }
        }
    }

    private static final Set<String> DATELINE_MARKS = Set.of(",", "(", "—", "–", "-");

    /** Parts of the world, places rather than someone: "across the Middle East". */
    private static final Set<String> WORLD_REGIONS = Set.of("Europe", "Asia", "Africa", "Middle East", "Mideast",
            "Latin America", "South America", "North America", "Central America", "Caribbean", "Balkans",
            "Scandinavia", "Arctic", "Antarctica", "Oceania", "Eurasia");

    private static final Set<String> COMPASS_POINTS = Set.of("West", "East", "North", "South",
            "Midwest", "Northeast", "Southwest", "Northwest", "Southeast");

    /**
     * Dates, the listed function words, and a party-and-state tag after a politician's name
     * ("R-Ore.", "D-N.Y.", "I-Me."): capitalised, never someone.
     */
    static boolean isNeverName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Lexicon.NOT_NAMES.contains(lower) || isPartyTag(word)
                || (lower.endsWith("s") && WEEKDAYS.contains(lower.substring(0, lower.length() - 1)));
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** "R-Ore.", "D-N.Y.", or "R-" when the tokenizer splits it off the state. */
    private static boolean isPartyTag(String word) {
        return word.length() >= 2 && (word.charAt(0) == 'R' || word.charAt(0) == 'D' || word.charAt(0) == 'I')
                && word.charAt(1) == '-' && (word.length() == 2 || Character.isUpperCase(word.charAt(2)));
    }

    /** "WASHINGTON", "NEW YORK": a dateline's place in capitals, longer than an acronym. */
    static boolean isShouted(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 4;
    }

    static String titleCase(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean start = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 2;
    }
}
