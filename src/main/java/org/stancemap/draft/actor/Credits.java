package org.stancemap.draft.actor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.stancemap.draft.place.Gazetteer;
import org.stancemap.draft.text.Sentence;
import org.stancemap.draft.text.Token;

/**
 * The parts of a sentence that credit who filed, wrote or photographed the story instead of naming
 * anyone in it: a dateline with its agency ("KELBY, Norland, May 4 (Wire) —"), an author's plug
 * ("Follow Ann Lee on Twitter"), a reporting line ("(Reporting by …; Editing by …)", "… contributed
 * reporting", "Ann Lee contributed.") and a photo credit ("Jon Berg via Getty Images", "Photo: Jon Berg/Wire"). They
 * stand outside the story, so no actor comes from them.
 */
final class Credits {

    private static final Set<String> DASHES = Set.of("—", "–", "-", "--", "―");
    private static final Set<String> SOCIAL_NETWORKS = Set.of("twitter", "facebook", "instagram", "threads",
            "bluesky", "mastodon", "tiktok", "x");
    private static final Set<String> CREDIT_OPENERS = Set.of("reporting", "editing", "writing", "additional",
            "compiled", "produced");
    private static final Set<String> PICTURE_WORDS = Set.of("photo", "photos", "photograph", "photographs",
            "picture", "pictures", "image", "images", "video");
    private static final Set<String> PICTURE_LABELS = Set.of(":", "by", "credit", "copyright", "courtesy");
    private static final Set<String> WRITERS = Set.of("writer", "writers", "reporter", "reporters",
            "correspondent", "correspondents");

    private final Gazetteer gazetteer;

    Credits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** For each token of the sentence, whether it belongs to a credit. */
    boolean[] of(Sentence sentence) {
        boolean[] credit = new boolean[sentence.size()];
        if (isCreditLine(sentence)) {
            Arrays.fill(credit, true);
            return credit;
        }
        Arrays.fill(credit, 0, datelineEnd(sentence), true);
        markPictureCredits(sentence, credit);
        return credit;
    }

    /** "Follow Ann Lee on Twitter", "(Reporting by …)", "Ann Lee contributed reporting". */
    private static boolean isCreditLine(Sentence sentence) {
        int first = firstWord(sentence);
        if (first >= sentence.size()) {
            return false;
        }
        Token opening = sentence.token(first);
        if (opening.text().equals("Follow") && followsOnNetwork(sentence, first + 1)) {
            return true;
        }
        if (opening.is("h/t") || (opening.is("hat") && first + 1 < sentence.size() && sentence.token(first + 1).is("tip"))) {
            return true; // "(h/t Kelby Wire.)": where the writer found the story
        }
        for (int i = first; i < sentence.size(); i++) {
            Token t = sentence.token(i);
            boolean opensClause = i == first || sentence.token(i - 1).text().equals(";");
            if (opensClause && t.isCapitalised() && CREDIT_OPENERS.contains(lower(t)) && hasByWithin(sentence, i + 1, 2)) {
                return true; // "Reporting by", "Additional reporting by", "Editing by"
            }
            if (t.is("contributed") && contributedToTheStory(sentence, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyNamesBefore(Sentence sentence, int at) {
        for (int i = 0; i < at; i++) {
            Token t = sentence.token(i);
            if (!t.isCapitalised() && !t.is("and") && !t.text().equals(",") && !t.text().equals(".")) {
                return false;
            }
        }
        return at > 0;
    }

    private static boolean followsOnNetwork(Sentence sentence, int from) {
        for (int i = from; i + 1 < sentence.size() && i < from + 8; i++) {
            if (sentence.token(i).is("on") && SOCIAL_NETWORKS.contains(lower(sentence.token(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasByWithin(Sentence sentence, int from, int count) {
        for (int i = from; i < sentence.size() && i < from + count; i++) {
            if (sentence.token(i).is("by")) {
                return true;
            }
        }
        return false;
    }

    /** "contributed reporting", "contributed to this report", or a writer who "contributed from" a place. */
    private static boolean contributedToTheStory(Sentence sentence, int at) {
        if (at + 1 >= sentence.size()) {
            return false;
        }
        Token next = sentence.token(at + 1);
        if (next.is("reporting") || (next.text().equals(".") && onlyNamesBefore(sentence, at))) {
            return true; // "… contributed reporting", "Ann Lee and Jon Berg contributed."
        }
        if (next.is("to") && at + 3 < sentence.size() && sentence.token(at + 2).is("this")) {
            String what = lower(sentence.token(at + 3));
            return what.equals("report") || what.equals("story") || what.equals("article");
        }
        if (next.is("from")) {
            for (int i = 0; i < at; i++) {
                if (WRITERS.contains(lower(sentence.token(i)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "KELBY, Norland, May 4 (Wire) —", "Oct 14 (Wire) -", "Kelby (Wire) –", "BRUSSELS —": a place
     * and date opening the sentence, an agency in brackets, then a dash. Returns the index after the
     * dash, or 0 when the sentence opens with no dateline. A name with a bracket and a dash
     * ("Sen. Ada Morrow (D-Ore.) —") is no dateline: it has no place, date, capitals or agency.
     */
    private int datelineEnd(Sentence sentence) {
        int n = sentence.size();
        int k = 0;
        boolean shouted = false;
        boolean dated = false;
        int words = 0;
        StringBuilder firstPlace = new StringBuilder();
        boolean placeDone = false;
        for (; k < n && k < 12; k++) {
            Token t = sentence.token(k);
            String text = t.text();
            if (text.isEmpty()) {
                return 0;
            }
            if (DASHES.contains(text) || text.equals("(")) {
                break;
            }
            if (text.equals(",") || text.equals(".")) {
                placeDone |= words > 0;
                continue;
            }
            if (Character.isDigit(text.charAt(0)) || Lexicon.MONTHS.contains(lower(t).replace(".", ""))) {
                dated = true;
                placeDone |= words > 0;
                continue;
            }
            if (!t.isCapitalised()) {
                return 0;
            }
            shouted |= words == 0 && MentionFinder.isShouted(text);
            if (!placeDone) {
                firstPlace.append(firstPlace.length() == 0 ? "" : " ").append(text);
            }
            words++;
        }
        if (k >= n && shouted && words <= 4) {
            return n; // "KELBY, N.H." split off by the sentence reader before "(Wire) —"
        }
        if (k >= n || k >= 12) {
            return 0;
        }
        int end = k + 1;
        boolean agency = false;
        if (sentence.token(k).text().equals("(")) {
            int close = k + 1;
            while (close < n && close - k <= 5 && !sentence.token(close).text().equals(")")) {
                close++;
            }
            if (close >= n || close == k + 1 || !sentence.token(close).text().equals(")")
                    || close + 1 >= n || !DASHES.contains(sentence.token(close + 1).text())) {
                return 0;
            }
            agency = Lexicon.NEWS_AGENCIES.contains(sentence.text(k + 1, close).toLowerCase(Locale.ROOT));
            end = close + 2;
        } else if (words == 0 && !dated) {
            return 0;
        }
        return shouted || dated || agency || isPlace(firstPlace.toString()) ? end : 0;
    }

    private boolean isPlace(String name) {
        return !name.isEmpty() && (gazetteer.city(name).isPresent() || gazetteer.country(name).isPresent());
    }

    /**
     * "Jon Berg via Getty Images", "Photo: Jon Berg/Wire", "Image copyright Wire", "(Wire Photo/Jon
     * Berg)", "Image caption": the photographer and the agency, and the label itself.
     */
    private static void markPictureCredits(Sentence sentence, boolean[] credit) {
        int n = sentence.size();
        for (int i = 0; i < n; i++) {
            Token t = sentence.token(i);
            if (t.is("via") && i + 1 < n && agencyEnd(sentence, i + 1) > i + 1) {
                int end = agencyEnd(sentence, i + 1);
                int start = i;
                while (start > 0 && sentence.token(start - 1).isCapitalised()) {
                    start--;
                }
                Arrays.fill(credit, start, end, true);
                i = end - 1;
            } else if (t.isCapitalised() && PICTURE_WORDS.contains(lower(t)) && i + 1 < n) {
                String label = lower(sentence.token(i + 1));
                if (label.equals("caption")) {
                    Arrays.fill(credit, i, i + 2, true);
                } else if (PICTURE_LABELS.contains(label)) {
                    int end = creditedNamesEnd(sentence, i + 2);
                    Arrays.fill(credit, i, end, true);
                    i = end - 1;
                }
            } else if (t.isCapitalised() && t.text().startsWith("Photo") && i > 0
                    && Lexicon.NEWS_AGENCIES.contains(lower(sentence.token(i - 1)))) {
                int end = i;
                while (end < n && !sentence.token(end).text().equals(")")) {
                    end++;
                }
                Arrays.fill(credit, i - 1, end, true); // "(AP Photo/Jon Berg)"
                i = end;
            }
        }
    }

    /** The end of an agency's name starting at {@code from} ("Getty Images", "AP"), or {@code from}. */
    private static int agencyEnd(Sentence sentence, int from) {
        for (int end = Math.min(sentence.size(), from + 3); end > from; end--) {
            if (Lexicon.NEWS_AGENCIES.contains(sentence.text(from, end).toLowerCase(Locale.ROOT))) {
                return end;
            }
        }
        return from;
    }

    /** Capitalised names, slashes and the agency after them: "Jon Berg/Wire", "Getty Images". */
    private static int creditedNamesEnd(Sentence sentence, int from) {
        int end = from;
        while (end < sentence.size()) {
            Token t = sentence.token(end);
            boolean part = t.isCapitalised() || t.text().equals("/") || t.text().equals("via")
                    || (t.text().equals(".") && end > from && sentence.token(end - 1).text().length() == 1);
            if (!part) {
                break;
            }
            end++;
        }
        return end;
    }

    private static int firstWord(Sentence sentence) {
        int i = 0;
        while (i < sentence.size() && !sentence.token(i).text().isEmpty()
                && !Character.isLetterOrDigit(sentence.token(i).text().charAt(0))) {
            i++;
        }
        return i;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
