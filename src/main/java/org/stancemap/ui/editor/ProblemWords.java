package org.stancemap.ui.editor;

import org.stancemap.edit.Checkup;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.ui.Messages;

/** A problem in plain words: which part of the explainer it is about, then what the check says. */
final class ProblemWords {

    private static final int SHORT = 48;

    private ProblemWords() {
    }

    static String of(Explainer explainer, Checkup.Finding finding) {
        return Messages.format("problems.line", where(explainer, finding), sentence(finding.message()));
    }

    static String where(Explainer explainer, Checkup.Finding finding) {
        int number = finding.index() + 1;
        return switch (finding.part()) {
            case ARTICLE -> Messages.get("problems.where.article");
            case ACTOR -> finding.item().flatMap(i -> explainer.actor(i.id()))
                    .map(a -> Messages.format("problems.where.actor", a.name()))
                    .orElse(Messages.format("problems.where.actorNumber", number));
            case STANCE -> finding.item().flatMap(i -> explainer.stance(i.id()))
                    .map(s -> Messages.format("problems.where.stance",
                            explainer.actor(s.actorId()).map(Actor::name).orElse(s.actorId()), shorten(s.summary()),
                            finding.span().map(sp -> explainer.article().paragraphNumberAt(sp.start())).orElse(0)))
                    .orElse(Messages.format("problems.where.stanceNumber", number));
            case LINK -> finding.item().flatMap(i -> explainer.link(i.id()))
                    .map(l -> Messages.format("problems.where.link", SuggestionText.line(explainer,
                            finding.item().get())))
                    .orElse(Messages.format("problems.where.linkNumber", number));
            case TOUR -> number <= explainer.tour().size()
                    ? Messages.format("problems.where.tour", number, shorten(explainer.tour().get(number - 1).title()))
                    : Messages.format("problems.where.tourNumber", number);
            case GLOSSARY -> number <= explainer.glossary().size()
                    ? Messages.format("problems.where.glossary", explainer.glossary().get(number - 1).term())
                    : Messages.format("problems.where.glossaryNumber", number);
            case OTHER -> Messages.get("problems.where.explainer");
        };
    }

    private static String shorten(String text) {
        String line = text == null ? "" : text.strip();
        return line.length() <= SHORT ? line : line.substring(0, SHORT - 1).strip() + "…";
    }

    /** The checker's words begin in lower case, to follow a path; here they start a sentence. */
    private static String sentence(String message) {
        if (message == null || message.isEmpty()) {
            return "";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
