package org.stancemap.export;

import java.io.IOException;
import java.util.List;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.model.Explainer;
import org.stancemap.quiz.Option;
import org.stancemap.quiz.Question;
import org.stancemap.quiz.QuestionKind;
import org.stancemap.quiz.QuizGenerator;

/**
 * A few of the quiz's questions for the class, each with its numbered options and room to answer, and
 * their answers on a page of their own for the teacher. The same explainer always gives the same
 * questions, so thirty copies printed on two days match.
 */
final class HandoutQuestions {

    /** Handouts of one explainer ask the same questions. */
    static final long SEED = 20_250_906L;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float WRITING_LINE = 16;
    private static final float BOX = 7;

    private final PageFlow flow;
    private final Explainer explainer;
    private final List<Question> questions;

    HandoutQuestions(PageFlow flow, Explainer explainer, int count) {
        this.flow = flow;
        this.explainer = explainer;
        this.questions = count == 0 ? List.of() : pick(new QuizGenerator(explainer).round(SEED).questions(), count);
    }

    /**
     * Mostly "who said it?" (short options, quick on paper), with one question about positions at odds
     * when the round has one and there is room for three or more, in the round's order.
     */
    static List<Question> pick(List<Question> round, int count) {
        List<Question> chosen = new java.util.ArrayList<>();
        if (count >= 3) {
            round.stream().filter(q -> q.kind() == QuestionKind.WHO_OPPOSES).findFirst().ifPresent(chosen::add);
        }
        for (Question q : round) {
            if (chosen.size() < count && q.kind() == QuestionKind.WHO_SAID) {
                chosen.add(q);
            }
        }
        for (Question q : round) {
            if (chosen.size() < count && !chosen.contains(q)) {
                chosen.add(q);
            }
        }
        return round.stream().filter(chosen::contains).toList();
    }

    List<Question> questions() {
        return questions;
    }

    void drawQuestions(OpposingTable.Heading heading) throws IOException {
        if (questions.isEmpty()) {
            return;
        }
        heading.draw(HandoutText.get("questions.heading"));
        flow.paragraph(HandoutText.get("questions.intro"), Face.SANS, HandoutComposer.META,
                HandoutComposer.META_LEADING, PrintPalette.MUTED, 0);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            List<String> subject = TextLines.wrap(subject(q), flow.fonts(), Face.SERIF, SIZE, flow.width() - 14);
            // A question stays on one page with its options and its room to answer.
            flow.gap(4);
            flow.ensure(LEADING * (2 + subject.size() + q.options().size()) + WRITING_LINE);
            flow.paragraph((i + 1) + ". " + q.prompt(), Face.SANS_BOLD, SIZE, LEADING, PrintPalette.INK, 0);
            flow.paragraph(subject(q), Face.SERIF, SIZE, LEADING, PrintPalette.INK, 14);
            options(q);
            writingLine(HandoutText.get("questions.answer"), 14);
        }
    }

    /** The options with a box to tick, two to a line when they are short. */
    private void options(Question q) throws IOException {
        float indent = 14 + BOX + 5;
        float half = (flow.width() - indent) / 2;
        boolean paired = q.options().stream().allMatch(o ->
                flow.fonts().width(printed(q, q.options().indexOf(o)), Face.SANS, SIZE) + BOX + 12 <= half);
        for (int o = 0; o < q.options().size(); o++) {
            boolean right = paired && o % 2 == 1;
            if (right) {
                flow.advance(-LEADING);
            }
            float x = flow.left() + 14 + (right ? half : 0);
            float top = flow.y();
            List<String> lines = TextLines.wrap(printed(q, o), flow.fonts(), Face.SANS, SIZE,
                    paired ? half - BOX - 12 : flow.width() - indent);
            flow.ensure(LEADING * lines.size());
            if (flow.y() != top) {
                top = flow.y();
            }
            flow.content().setLineWidth(0.6f);
            PrintPalette.INK.stroke(flow.content());
            flow.content().addRect(x, flow.pdfY(top + LEADING * 0.78f), BOX, BOX);
            flow.content().stroke();
            for (String line : lines) {
                flow.text(line, Face.SANS, SIZE, PrintPalette.INK, x + BOX + 5, flow.y() + LEADING * 0.78f);
                flow.advance(LEADING);
            }
        }
    }

    /** A label and a rule to write on, to the right edge. */
    private void writingLine(String label, float indent) throws IOException {
        flow.ensure(WRITING_LINE);
        float baseline = flow.y() + WRITING_LINE - 5;
        flow.text(label, Face.SANS, SIZE, PrintPalette.MUTED, flow.left() + indent, baseline);
        float start = flow.left() + indent + flow.fonts().width(label, Face.SANS, SIZE) + 6;
        flow.content().setLineWidth(0.5f);
        PrintPalette.RULE.stroke(flow.content());
        flow.content().moveTo(start, flow.pdfY(baseline + 1.5f));
        flow.content().lineTo(flow.left() + flow.width(), flow.pdfY(baseline + 1.5f));
        flow.content().stroke();
        flow.advance(WRITING_LINE);
    }

    private static String subject(Question q) {
        return q.kind() == QuestionKind.WHO_SAID ? "“" + q.subject() + "”" : q.subject();
    }

    static String optionText(int index, Option option) {
        return (index + 1) + ". " + option.label() + (option.detail().isBlank() ? "" : " — " + option.detail());
    }

    /** On paper a "who said it?" option is the name alone (the roles are in "Who says what"). */
    private static String printed(Question q, int index) {
        Option option = q.options().get(index);
        return q.kind() == QuestionKind.WHO_SAID ? (index + 1) + ". " + option.label() : optionText(index, option);
    }

    /** The answers on a fresh page, so the handout can be printed without it. */
    void drawAnswers(OpposingTable.Heading heading) throws IOException {
        if (questions.isEmpty()) {
            return;
        }
        flow.newPage();
        heading.draw(HandoutText.get("answers.heading"));
        flow.paragraph(HandoutText.get("answers.intro"), Face.SANS, HandoutComposer.META,
                HandoutComposer.META_LEADING, PrintPalette.MUTED, 0);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            flow.gap(6);
            flow.ensure(LEADING * 3);
            String answer = optionText(q.correctIndex(), q.correctOption());
            flow.paragraph(q.paragraph() > 0 ? HandoutText.format("answers.one", i + 1, answer, q.paragraph())
                    : HandoutText.format("answers.one.noParagraph", i + 1, answer), Face.SANS_BOLD, SIZE, LEADING,
                    PrintPalette.INK, 0);
            if (!q.explanation().isBlank()) {
                flow.paragraph(HandoutText.format("answers.why", q.explanation()), Face.SANS, SIZE, LEADING,
                        PrintPalette.INK, 14);
            }
        }
    }
}
