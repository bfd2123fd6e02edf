package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.model.TourStep;
import org.stancemap.testdata.PseudoLanguage;
import org.stancemap.ui.state.AppState;

/**
 * With every bundle replaced by a pseudo-language that wraps each value in ⟦ ⟧, the main screens
 * show no English of their own: every word on screen comes from a bundle or from the explainer.
 * A word written into the code in English fails this test, so a second language is a file.
 */
class PseudoLocaleUiTest extends UiTestBase {

    private static Runnable english;

    @BeforeAll
    static void speakThePseudoLanguage() {
        english = PseudoLanguage.speak();
    }

    @AfterAll
    static void speakEnglishAgain() {
        english.run();
    }

    @Test
    void theMainWindowWithAnActorChosenShowsNoEnglishOfItsOwn() {
        clickBadge("putin");
        waitForPulses(3);
        assertNoEnglish("the main window with Putin chosen");
    }

    @Test
    void theStudyCardsShowNoEnglishOfTheirOwn() {
        for (AppState.StudyPane pane : new AppState.StudyPane[] {AppState.StudyPane.QUIZ,
                AppState.StudyPane.NOTES, AppState.StudyPane.HANDOUT}) {
            fxRun(() -> state.panels().openStudy(pane));
            waitForPulses(3);
            assertNoEnglish("the " + pane + " card");
            fxRun(() -> state.panels().openStudy(AppState.StudyPane.NONE));
        }
    }

    private void assertNoEnglish(String where) {
        List<String> data = explainerWords();
        List<String> english = fx(() -> {
            List<String> found = new ArrayList<>();
            walk(view, node -> {
                for (String text : textsOf(node)) {
                    if (!fromBundleOrExplainer(text, data)) {
                        found.add((node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId())
                                + ": \"" + text + "\"");
                    }
                }
            });
            return found;
        });
        assertTrue(english.isEmpty(), where + " shows words that are in no bundle:\n  "
                + String.join("\n  ", english));
    }

    /**
     * Whether every word of {@code text} is inside ⟦ ⟧ or the explainer's own (the map shows actors'
     * initials, the article and summaries come in runs split around glossary terms and quotes).
     */
    private static boolean fromBundleOrExplainer(String text, List<String> data) {
        for (String segment : PseudoLanguage.untranslated(text)) {
            String piece = segment.strip();
            if (!PseudoLanguage.hasWord(piece) || data.stream().anyMatch(d -> d.contains(piece))) {
                continue;
            }
            String left = piece;
            for (String words : data) {
                left = left.replace(words, " ");
            }
            if (PseudoLanguage.hasWord(left) && !isInitials(left.strip(), data)) {
                return false;
            }
        }
        return true;
    }

    /** "EM" for Emmanuel Macron: the capitals that start the words of a name. */
    private static boolean isInitials(String text, List<String> data) {
        return text.length() <= 3 && text.chars().allMatch(Character::isUpperCase)
                && data.stream().anyMatch(d -> java.util.Arrays.stream(d.split("\\s+"))
                        .filter(w -> !w.isEmpty()).map(w -> w.substring(0, 1)).reduce("", String::concat).contains(text));
    }

    /** What a visible node shows in words: its text, prompt and tooltip. */
    private static List<String> textsOf(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
            if (labeled.getTooltip() != null) {
                texts.add(labeled.getTooltip().getText());
            }
        } else if (node instanceof Text text && !(node.getParent() instanceof Labeled)) {
            texts.add(text.getText());
        } else if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        texts.add(node.getAccessibleText());
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null
                && !(node instanceof Labeled)) {
            Tooltip tip = control.getTooltip();
            texts.add(tip.getText());
        }
        texts.removeIf(t -> t == null || t.isBlank());
        return texts;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        if (!node.isVisible()) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }

    /** Every piece of text the explainer itself holds, longest first, so that names inside quotes go last. */
    private List<String> explainerWords() {
        List<String> words = new ArrayList<>();
        words.add(explainer.article().title());
        words.add(explainer.article().outlet());
        words.add(explainer.article().date());
        words.addAll(List.of(explainer.article().text().split("\n")));
        for (Actor actor : explainer.actors()) {
            words.add(actor.name());
            words.add(actor.role());
            words.addAll(actor.blocs());
            actor.place().ifPresent(place -> words.add(place.name()));
        }
        for (Stance stance : explainer.stances()) {
            words.add(stance.summary());
            stance.context().ifPresent(words::add);
            stance.quotes().stream().map(Quote::text).forEach(words::add);
        }
        for (Link link : explainer.links()) {
            words.add(link.explanation());
        }
        for (TourStep step : explainer.tour()) {
            words.add(step.title());
            words.add(step.caption());
        }
        for (GlossaryEntry entry : explainer.glossary()) {
            words.add(entry.term());
            words.add(entry.definition());
        }
        words.removeIf(w -> w == null || w.isBlank());
        Collections.sort(words, (a, b) -> Integer.compare(b.length(), a.length()));
        return Stream.concat(words.stream(), Stream.of(explainer.id())).toList();
    }
}
