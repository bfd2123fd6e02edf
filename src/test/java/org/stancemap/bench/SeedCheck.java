package org.stancemap.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stancemap.draft.ArticleAnalyser;
import org.stancemap.draft.Findings;
import org.stancemap.draft.FoundActor;
import org.stancemap.draft.FoundStatement;
import org.stancemap.draft.TextRange;
import org.stancemap.model.ActorKind;

/**
 * Drafts the built-in explainer's article and compares with the hand-made explainer: which of its
 * actors (events aside) the draft finds, and which of its stances a draft statement overlaps.
 */
final class SeedCheck {

    private SeedCheck() {
    }

    static void run(ArticleAnalyser analyser, Path article, Path explainer) throws IOException {
        if (!Files.exists(article) || !Files.exists(explainer)) {
            System.out.println("seed check: " + article + " or " + explainer + " is absent; skipped");
            return;
        }
        String text = Files.readString(article, StandardCharsets.UTF_8);
        JsonObject seed = JsonParser.parseString(Files.readString(explainer, StandardCharsets.UTF_8)).getAsJsonObject();
        String seedText = seed.getAsJsonObject("article").get("text").getAsString();
        Findings findings = analyser.analyse(text);

        int actors = 0;
        int actorsFound = 0;
        List<String> missingActors = new ArrayList<>();
        for (JsonElement e : seed.getAsJsonArray("actors")) {
            JsonObject actor = e.getAsJsonObject();
            if (actor.get("kind").getAsString().equals("event")) {
                continue;
            }
            actors++;
            String name = actor.get("name").getAsString();
            boolean person = actor.get("kind").getAsString().equals("person");
            if (findings.actors().stream().anyMatch(a -> sameActor(a, name, person))) {
                actorsFound++;
            } else {
                missingActors.add(name);
            }
        }
        int stances = 0;
        int overlapped = 0;
        int rightActor = 0;
        for (JsonElement e : seed.getAsJsonArray("stances")) {
            JsonObject stance = e.getAsJsonObject();
            stances++;
            String actorName = actorName(seed, stance.get("actor").getAsString());
            boolean any = false;
            boolean right = false;
            for (JsonElement q : stance.getAsJsonArray("quotes")) {
                JsonObject quote = q.getAsJsonObject();
                TextRange range = new TextRange(seedText.offsetByCodePoints(0, quote.get("start").getAsInt()),
                        seedText.offsetByCodePoints(0, quote.get("end").getAsInt()));
                for (FoundStatement s : findings.statements()) {
                    if (s.content().overlaps(range)) {
                        any = true;
                        FoundActor speaker = findings.actors().get(s.speaker());
                        right |= sameActor(speaker, actorName, speaker.kind() == ActorKind.PERSON);
                    }
                }
            }
            overlapped += any ? 1 : 0;
            rightActor += right ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "seed article: actors found %d/%d%s; stances overlapped by a draft statement "
                        + "%d/%d (%d of them given to the same actor); draft has %d actors, %d statements%n",
                actorsFound, actors, missingActors.isEmpty() ? "" : " (missing " + String.join(", ", missingActors) + ")",
                overlapped, stances, rightActor, findings.actors().size(), findings.statements().size());
    }

    private static String actorName(JsonObject seed, String id) {
        for (JsonElement e : seed.getAsJsonArray("actors")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject().get("name").getAsString();
            }
        }
        return id;
    }

    private static boolean sameActor(FoundActor found, String name, boolean person) {
        if (person) {
            String[] words = name.split(" ");
            return found.kind() == ActorKind.PERSON && found.name().endsWith(words[words.length - 1]);
        }
        return normal(found.name()).equals(normal(name));
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
