package org.stancemap.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/**
 * Checks questions against the explainer's own data, never trusting the question's right-answer index
 * until the data has named the right option. Returns problems as text so one failure lists them all.
 */
final class QuizChecks {

    private QuizChecks() {
    }

    static List<String> problems(Explainer explainer, Question q) {
        List<String> problems = new ArrayList<>();
        if (q.options().size() < 2 || q.options().size() > 4) {
            problems.add(q.key() + ": " + q.options().size() + " options");
        }
        Set<String> labels = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Option o : q.options()) {
            String id = q.kind() == QuestionKind.WHO_SAID ? o.actorId() : o.stanceId().orElse("?");
            if (!labels.add(o.label().strip().toLowerCase() + "|" + (q.kind() == QuestionKind.WHO_SAID ? ""
                    : o.detail().strip().toLowerCase())) || !ids.add(id)) {
                problems.add(q.key() + ": duplicate option " + o);
            }
        }
        List<Integer> right = q.kind() == QuestionKind.WHO_SAID ? rightWhoSaid(explainer, q, problems)
                : rightOpposes(explainer, q, problems);
        if (right.size() != 1) {
            problems.add(q.key() + ": " + right.size() + " right options " + right + " in " + q.options());
        } else if (right.get(0) != q.correctIndex()) {
            problems.add(q.key() + ": marks option " + q.correctIndex() + " right, the data says " + right.get(0));
        }
        return problems;
    }

    /** Options whose actor holds a quote with exactly the asked words. */
    private static List<Integer> rightWhoSaid(Explainer explainer, Question q, List<String> problems) {
        String expectedKey = "who-said:" + q.stanceId() + ":" + q.quote().map(s -> s.start() + "-" + s.end()).orElse("?");
        if (!q.key().equals(expectedKey)) {
            problems.add(q.key() + ": key should be " + expectedKey);
        }
        Stance stance = explainer.stance(q.stanceId()).orElse(null);
        if (stance == null || stance.quotes().stream().noneMatch(x -> q.quote().equals(java.util.Optional.of(x.span())))) {
            problems.add(q.key() + ": the stance has no such quote");
            return List.of();
        }
        if (!q.subject().equals(q.quote().get().text())) {
            problems.add(q.key() + ": subject is not the quote");
        }
        Set<String> speakers = new HashSet<>();
        for (Stance s : explainer.stances()) {
            for (Quote quote : s.quotes()) {
                if (quote.text().strip().equalsIgnoreCase(q.subject().strip())) {
                    speakers.add(s.actorId());
                }
            }
        }
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (speakers.contains(q.options().get(i).actorId())) {
                right.add(i);
            }
        }
        if (right.size() == 1 && !q.options().get(right.get(0)).actorId().equals(stance.actorId())) {
            problems.add(q.key() + ": the right option is not the stance's holder");
        }
        Actor speaker = explainer.actor(stance.actorId()).orElseThrow();
        for (Option o : q.options()) {
            Actor a = explainer.actor(o.actorId()).orElseThrow();
            if (a.kind() == ActorKind.EVENT && speaker.kind() != ActorKind.EVENT) {
                problems.add(q.key() + ": offers the event " + a.id());
            }
        }
        return right;
    }

    /** Options whose stance an opposing link joins to the shown stance, in either direction. */
    private static List<Integer> rightOpposes(Explainer explainer, Question q, List<String> problems) {
        String linkId = q.key().substring("opposes:".length());
        Link link = explainer.link(linkId).orElse(null);
        if (!q.key().startsWith("opposes:") || link == null || link.kind() != LinkKind.OPPOSES
                || !link.touches(q.stanceId())) {
            problems.add(q.key() + ": not an opposing link of the shown stance " + q.stanceId());
        }
        Set<String> opposed = new HashSet<>();
        for (Link l : explainer.links()) {
            if (l.kind() == LinkKind.OPPOSES && l.touches(q.stanceId())) {
                opposed.add(l.otherEnd(q.stanceId()));
            }
        }
        List<Integer> right = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            String stanceId = q.options().get(i).stanceId().orElse("?");
            if (stanceId.equals(q.stanceId())) {
                problems.add(q.key() + ": offers the shown stance itself");
            }
            if (opposed.contains(stanceId)) {
                right.add(i);
            }
        }
        if (link != null && right.size() == 1
                && !q.options().get(right.get(0)).stanceId().orElse("?").equals(link.otherEnd(q.stanceId()))) {
            problems.add(q.key() + ": the right option is not the link's other end");
        }
        return right;
    }

    static List<String> problems(Explainer explainer, QuizRound round) {
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Question q : round.questions()) {
            problems.addAll(problems(explainer, q));
            if (!keys.add(q.key())) {
                problems.add(q.key() + ": asked twice");
            }
        }
        return problems;
    }

    /**
     * Whether the words name the actor who says them: by name, by a person's surname, or by another name
     * the actor's role gives in quotation marks. Such words give the answer away and are not asked.
     */
    static boolean namesItsSpeaker(String words, Actor speaker) {
        String text = " " + words.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<String> names = new ArrayList<>(List.of(speaker.name()));
        if (speaker.kind() == ActorKind.PERSON && speaker.name().contains(" ")) {
            String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
            if (surname.length() > 2) {
                names.add(surname);
            }
        }
        java.util.regex.Matcher alias = java.util.regex.Pattern.compile("“(\\p{Lu}[\\p{L}’'.-]*(?: \\p{Lu}[\\p{L}’'.-]*){0,3})”")
                .matcher(speaker.role() == null ? "" : speaker.role());
        while (alias.find()) {
            names.add(alias.group(1));
        }
        return names.stream().anyMatch(n ->
                text.contains(" " + n.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "));
    }

    /** Every question key the explainer's data could give, worked out from the data alone. */
    static List<String> allKeys(Explainer explainer) {
        List<String> keys = new ArrayList<>();
        for (Stance s : explainer.stances()) {
            Actor speaker = explainer.actor(s.actorId()).orElse(null);
            for (Quote quote : s.quotes()) {
                if (speaker == null || !namesItsSpeaker(quote.text(), speaker)) {
                    keys.add("who-said:" + s.id() + ":" + quote.span().start() + "-" + quote.span().end());
                }
            }
        }
        for (Link l : explainer.links()) {
            if (l.kind() == LinkKind.OPPOSES) {
                keys.add("opposes:" + l.id());
            }
        }
        return keys;
    }
}
