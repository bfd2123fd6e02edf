package org.stancemap.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Place;

/**
 * A small analyser for tests: "Name Name cue (that) content." and "“content,” Name cue." with a
 * handful of cues, people only (a name ending in "Union" or "Alliance" is an alliance). It stands
 * in for the real engine so that import, assembly and the command line can be tested on their own.
 */
public final class PatternAnalyser implements ArticleAnalyser {

    private static final String NAME = "((?:[A-Z][\\p{L}’'-]+ ){0,3}[A-Z][\\p{L}’'-]+)";
    private static final String CUES = "(said|says|rejected|welcomed|responded|warned|condemned|backed|argued)";
    private static final Pattern REPORTED = Pattern.compile(NAME + " " + CUES + "(?: that)? ([^.\\n]+)");
    private static final Pattern DIRECT = Pattern.compile("“([^”\\n]+)”,? " + NAME + " " + CUES);

    private final Map<String, Place> places;

    public PatternAnalyser() {
        this(Map.of());
    }

    /** Gives the named actors these places, as a gazetteer would. */
    PatternAnalyser(Map<String, Place> places) {
        this.places = places;
    }

    @Override
    public Findings analyse(String text) {
        Map<String, List<TextRange>> mentions = new LinkedHashMap<>();
        List<Object[]> raw = new ArrayList<>();
        Matcher direct = DIRECT.matcher(text);
        while (direct.find()) {
            raw.add(new Object[] {direct.group(2), new TextRange(direct.start(1), direct.end(1)),
                    new TextRange(direct.start(3), direct.end(3)), lemma(direct.group(3)), true,
                    new TextRange(direct.start(2), direct.end(2))});
        }
        Matcher reported = REPORTED.matcher(text);
        while (reported.find()) {
            raw.add(new Object[] {reported.group(1), new TextRange(reported.start(3), reported.end(3)),
                    new TextRange(reported.start(2), reported.end(2)), lemma(reported.group(2)), false,
                    new TextRange(reported.start(1), reported.end(1))});
        }
        for (Object[] r : raw) {
            mentions.computeIfAbsent((String) r[0], k -> new ArrayList<>());
        }
        for (String name : mentions.keySet()) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
                mentions.get(name).add(new TextRange(i, i + name.length()));
            }
        }
        List<String> names = new ArrayList<>(mentions.keySet());
        List<FoundActor> actors = new ArrayList<>();
        for (String name : names) {
            ActorKind kind = name.matches(".*(Union|Alliance)") ? ActorKind.ALLIANCE : ActorKind.PERSON;
            actors.add(new FoundActor(name, kind, "", Optional.ofNullable(places.get(name)), mentions.get(name),
                    List.of()));
        }
        List<FoundStatement> statements = new ArrayList<>();
        for (Object[] r : raw) {
            statements.add(new FoundStatement(names.indexOf((String) r[0]), (TextRange) r[1], (TextRange) r[2],
                    (String) r[3], (Boolean) r[4], Optional.of((TextRange) r[5])));
        }
        return new Findings(actors, statements);
    }

    private static String lemma(String cue) {
        return switch (cue) {
            case "said", "says" -> "say";
            case "rejected" -> "reject";
            case "welcomed" -> "welcome";
            case "responded" -> "respond";
            case "warned" -> "warn";
            case "condemned" -> "condemn";
            case "backed" -> "back";
            default -> "argue";
        };
    }
}
