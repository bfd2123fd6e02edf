package org.stancemap.ui.quiz;

import java.util.List;
import java.util.Random;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.model.Explainer;
import org.stancemap.model.notes.SavedProgress;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.quiz.Option;
import org.stancemap.quiz.Question;
import org.stancemap.quiz.QuestionKind;
import org.stancemap.quiz.QuizGenerator;
import org.stancemap.quiz.QuizProgress;
import org.stancemap.quiz.QuizRound;
import org.stancemap.ui.Messages;
import org.stancemap.ui.StudyCard;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.QuoteMarks;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * "Quiz yourself": a round of questions made from this explainer, one at a time. Choosing an
 * answer (a click, or the keys 1–4) says at once whether it was right, in words and with an icon,
 * and offers to show the quote in the article; the end of a round gives the score, the missed
 * questions, and a round of just those. The best score and the missed questions are remembered.
 */
public final class QuizView extends StudyCard {

    private final AppState state;
    private final Random seeds;
    private QuizGenerator generator;
    private QuizRound round;
    private int current;
    private final List<Button> optionButtons = new java.util.ArrayList<>();

    public QuizView(AppState state, Random seeds) {
        super(state, AppState.StudyPane.QUIZ, "quiz-view", "quiz.title");
        this.state = state;
        this.seeds = seeds;
        body.getStyleClass().add("quiz-body");
        state.explainerProperty().addListener((obs, was, now) -> {
            generator = null;
            round = null;
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        onShown(() -> {
            if (round == null || round.isComplete()) {
                newRound(false);
            }
        });
    }

    /** The round on screen; tests read the right answer from its question. */
    public QuizRound round() {
        return round;
    }

    public int currentIndex() {
        return current;
    }

    private void newRound(boolean practice) {
        Explainer explainer = state.getExplainer();
        if (explainer == null) {
            return;
        }
        if (generator == null) {
            generator = new QuizGenerator(explainer);
        }
        long seed = seeds.nextLong();
        if (practice && round != null) {
            round = round.practiceMissed(seed);
        } else {
            round = generator.round(seed, QuizGenerator.ROUND_SIZE, progress().missedKeys());
        }
        current = 0;
        showQuestion();
    }

    private QuizProgress progress() {
        StudyRecord record = state.studyRecordProperty().get();
        if (record == null) {
            return QuizProgress.NONE;
        }
        SavedProgress saved = record.progress();
        return new QuizProgress(saved.bestScore(), saved.bestOutOf(), saved.missedKeys());
    }

    private void showQuestion() {
        body.getChildren().clear();
        optionButtons.clear();
        if (round == null || round.isEmpty()) {
            body.getChildren().add(muted(Messages.get("quiz.none")));
            return;
        }
        Question question = round.question(current);
        Label counter = new Label(Messages.format(round.isPractice() ? "quiz.counter.practice" : "quiz.counter",
                current + 1, round.size()));
        counter.getStyleClass().add(Styles.CARD_TITLE);
        counter.setId("quiz-counter");
        Label prompt = ScriptText.install(new Label(question.prompt()));
        prompt.getStyleClass().add("quiz-prompt");
        prompt.setWrapText(true);
        Label subject = new Label(question.kind() == QuestionKind.WHO_SAID ? QuoteMarks.around(question.subject())
                : question.subject());
        subject.getStyleClass().add(question.kind() == QuestionKind.WHO_SAID ? Styles.QUOTE : "quiz-position");
        subject.setWrapText(true);
        subject.setId("quiz-subject");
        ScriptText.install(subject);
        VBox options = new VBox();
        options.getStyleClass().add(Styles.GAP_8);
        for (int i = 0; i < question.options().size(); i++) {
            Option option = question.options().get(i);
            int index = i;
            Button button = new Button((i + 1) + "   " + option.label()
                    + (option.detail().isBlank() ? "" : "\n" + option.detail()));
            button.setId("quiz-option-" + i);
            ScriptText.install(button);
            button.getStyleClass().add("quiz-option");
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setAccessibleText(Messages.format("quiz.option.accessible", i + 1, option.label(), option.detail()));
            button.setOnAction(e -> choose(index));
            optionButtons.add(button);
            options.getChildren().add(button);
        }
        body.getChildren().addAll(counter, prompt, subject, options);
        optionButtons.get(0).requestFocus();
    }

    private void choose(int option) {
        if (round.isAnswered(current)) {
            return;
        }
        boolean right = round.answer(current, option);
        Question question = round.question(current);
        for (int i = 0; i < optionButtons.size(); i++) {
            Button button = optionButtons.get(i);
            button.setDisable(true);
            if (i == question.correctIndex()) {
                button.getStyleClass().add("quiz-right");
                button.setGraphic(new Icon(Feather.CHECK));
            } else if (i == option) {
                button.getStyleClass().add("quiz-wrong");
                button.setGraphic(new Icon(Feather.X));
            }
        }
        Option answer = question.correctOption();
        String rightText = fullText(question.correctIndex(), answer);
        Label verdict = new Label(right ? Messages.format("quiz.right", rightText)
                : Messages.format("quiz.wrong", rightText), new Icon(right ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
        verdict.setId("quiz-verdict");
        ScriptText.install(verdict);
        verdict.getStyleClass().addAll("quiz-verdict", right ? "quiz-right" : "quiz-wrong");
        verdict.setWrapText(true);
        body.getChildren().add(verdict);
        if (!question.explanation().isBlank()) {
            Label why = new Label(Messages.format("quiz.why", question.explanation()));
            why.setId("quiz-explanation");
            ScriptText.install(why);
            why.getStyleClass().add("quiz-explanation");
            why.setWrapText(true);
            body.getChildren().add(why);
        }
        Button show = new Button(Messages.format("quiz.show", question.paragraph()), new Icon(Feather.BOOK_OPEN));
        show.setId("quiz-show");
        show.setOnAction(e -> showAnswer(question));
        Button next = new Button(Messages.get(current + 1 < round.size() ? "quiz.next" : "quiz.finish"),
                new Icon(Feather.ARROW_RIGHT));
        next.setId("quiz-next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.setOnAction(e -> advance());
        HBox actions = new HBox(next, show);
        actions.getStyleClass().add(Styles.GAP_8);
        body.getChildren().add(actions);
        next.requestFocus();
        if (round.isComplete()) {
            remember();
        }
    }

    /** An option as the reader saw it, with its number: "2. Vladimir Putin — President of Russia". */
    static String fullText(int index, Option option) {
        String text = Messages.format(option.detail().isBlank() ? "quiz.option.short" : "quiz.option.full",
                index + 1, option.label(), option.detail()).strip();
        // The messages end the sentence themselves: a summary's own full stop would make it two.
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** Shows the answer where it lives: the quote in the article and its holder's panel. */
    private void showAnswer(Question question) {
        Explainer explainer = state.getExplainer();
        state.panels().closeStudy();
        explainer.actor(question.correctOption().actorId()).ifPresent(state::selectActor);
        question.quote().ifPresent(state::showInArticle);
        if (question.quote().isEmpty()) {
            explainer.stance(question.stanceId()).flatMap(s -> s.quotes().stream().findFirst())
                    .ifPresent(q -> state.showInArticle(q.span()));
        }
    }

    private void advance() {
        if (current + 1 < round.size()) {
            current++;
            showQuestion();
        } else {
            showSummary();
        }
    }

    private void remember() {
        QuizProgress next = progress().fold(round);
        state.editStudy(r -> r.withProgress(next.bestScore(), next.bestOutOf(), next.missedKeys()));
    }

    private void showSummary() {
        body.getChildren().clear();
        Label score = new Label(Messages.format("quiz.score", round.score(), round.size()));
        score.getStyleClass().add("quiz-score");
        score.setId("quiz-score");
        body.getChildren().add(score);
        QuizProgress progress = progress();
        if (progress.hasBestScore()) {
            body.getChildren().add(muted(Messages.format("quiz.best", progress.bestScore(), progress.bestOutOf())));
        }
        List<Question> missed = round.missed();
        // The score and what to do next come first, so the results open at the score.
        Button again = new Button(Messages.get("quiz.again"), new Icon(Feather.REFRESH_CW));
        again.setId("quiz-again");
        again.setOnAction(e -> newRound(false));
        HBox actions = new HBox();
        actions.getStyleClass().add(Styles.GAP_8);
        if (!missed.isEmpty()) {
            Button practise = new Button(Messages.get("quiz.practise"), new Icon(Feather.TARGET));
            practise.setId("quiz-practise");
            practise.getStyleClass().add("accent");
            practise.setOnAction(e -> newRound(true));
            actions.getChildren().add(practise);
        }
        actions.getChildren().add(again);
        body.getChildren().add(actions);
        if (!missed.isEmpty()) {
            Label title = new Label(Messages.get("quiz.review"));
            title.getStyleClass().add("section-title");
            body.getChildren().add(title);
            for (int i = 0; i < round.size(); i++) {
                Question question = round.question(i);
                int given = round.answerOf(i).orElse(-1);
                if (given < 0 || question.isCorrect(given)) {
                    continue;
                }
                body.getChildren().add(reviewCard(question, given));
            }
        }
        scrollToTop();
        actions.getChildren().get(0).requestFocus();
    }

    /** A missed question: what was asked, the reader's answer beside the right one, and why. */
    private VBox reviewCard(Question question, int given) {
        Label what = new Label(question.kind() == QuestionKind.WHO_SAID ? QuoteMarks.around(question.subject())
                : question.subject());
        what.setWrapText(true);
        ScriptText.install(what);
        Label yours = new Label(Messages.format("quiz.review.yours", fullText(given, question.options().get(given))),
                new Icon(Feather.X));
        yours.setWrapText(true);
        ScriptText.install(yours);
        yours.getStyleClass().add("quiz-yours");
        Label answer = new Label(Messages.format("quiz.review.answer",
                fullText(question.correctIndex(), question.correctOption()), question.paragraph()),
                new Icon(Feather.CHECK));
        answer.setWrapText(true);
        ScriptText.install(answer);
        answer.getStyleClass().add("quiz-review-answer");
        VBox card = new VBox(what, yours, answer);
        if (!question.explanation().isBlank()) {
            Label why = new Label(Messages.format("quiz.why", question.explanation()));
            why.setWrapText(true);
            why.getStyleClass().add(Styles.MUTED);
            ScriptText.install(why);
            card.getChildren().add(why);
        }
        card.getStyleClass().addAll(Styles.CARD, "quiz-missed");
        return card;
    }

    private void onKey(KeyEvent event) {
        if (round == null || round.isEmpty() || current >= round.size() || round.isAnswered(current)) {
            return;
        }
        String text = event.getText();
        if (event.getCode().isDigitKey() && text != null && !text.isEmpty() && Character.isDigit(text.charAt(0))) {
            int option = text.charAt(0) - '1';
            if (option >= 0 && option < optionButtons.size()) {
                choose(option);
                event.consume();
            }
        } else if (event.getCode() == KeyCode.ESCAPE) {
            state.panels().closeStudy();
            event.consume();
        }
    }

}
