package org.stancemap.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;

/** Small hand-built explainers: the quiz asks what it soundly can and never throws. */
class DegenerateExplainersTest {

    private static final String TEXT = "Alpha said one thing.\nBeta said another thing.\nGamma said a third.";

    private static Actor actor(String id, ActorKind kind, String... blocs) {
        return new Actor(id, "Name of " + id, kind, "", List.of(blocs), Optional.empty());
    }

    private static Quote quote(String words) {
        int start = TEXT.indexOf(words);
        return new Quote(new Span(start, start + words.length(), words), Delivery.DIRECT);
    }

    private static Stance stance(String id, String actorId, String summary, String... quotes) {
        return new Stance(id, actorId, summary, java.util.Arrays.stream(quotes).map(DegenerateExplainersTest::quote)
                .toList(), Optional.empty());
    }

    private static Link opposes(String id, String from, String to) {
        return new Link(id, LinkKind.OPPOSES, from, to, "", List.of());
    }

    private static Explainer explainer(List<Actor> actors, List<Stance> stances, List<Link> links) {
        return new Explainer("test", new Article("t", true, "", "", "", TEXT), actors, stances, links, List.of(),
                List.of());
    }

    /** Generates several rounds and checks them; returns the size of a full round. */
    private static int roundSize(Explainer explainer) {
        QuizGenerator generator = new QuizGenerator(explainer);
        int size = -1;
        for (long seed = 0; seed < 10; seed++) {
            QuizRound round = generator.round(seed);
            assertEquals(List.of(), QuizChecks.problems(explainer, round));
            size = round.size();
            assertEquals(List.of(), QuizChecks.problems(explainer, generator.practice(QuizChecks.allKeys(explainer), seed)));
        }
        return size;
    }

    @Test
    void anEmptyExplainerGivesAnEmptyRound() {
        Explainer empty = explainer(List.of(), List.of(), List.of());
        assertEquals(0, roundSize(empty));
        assertEquals(0, new QuizGenerator(empty).questionCount());
        assertTrue(new QuizGenerator(empty).practice(List.of("who-said:x:1-2", "opposes:y"), 1).isEmpty());
    }

    @Test
    void noArticleAtAllDoesNotMatter() {
        Explainer noArticle = new Explainer("x", null, List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON)),
                List.of(stance("sa", "a", "One thing", "one thing")), List.of(), List.of(), List.of());
        Question q = new QuizGenerator(noArticle).round(1).question(0);
        assertEquals(0, q.paragraph());
    }

    @Test
    void aSingleActorCannotBeAskedWhoSaidIt() {
        Explainer one = explainer(List.of(actor("a", ActorKind.PERSON)),
                List.of(stance("sa", "a", "One thing", "one thing"), stance("sa2", "a", "Another", "another thing")),
                List.of(opposes("l", "sa", "sa2")));
        assertEquals(0, roundSize(one));
    }

    @Test
    void twoActorsGiveTwoOptionQuestions() {
        Explainer two = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON)),
                List.of(stance("sa", "a", "One thing", "one thing"), stance("sb", "b", "Another", "another thing")),
                List.of(opposes("l", "sa", "sb")));
        assertEquals(2, roundSize(two), "two quotes; the link has no position left to offer against it");
        new QuizGenerator(two).round(3).questions().forEach(q -> assertEquals(2, q.options().size()));
    }

    @Test
    void actorsWithoutStancesStillServeAsDistractors() {
        Explainer e = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.STATE),
                        actor("c", ActorKind.PERSON), actor("ev", ActorKind.EVENT)),
                List.of(stance("sa", "a", "One thing", "one thing")), List.of());
        Question q = new QuizGenerator(e).round(1).question(0);
        assertEquals(3, q.options().size(), "the event is not offered: " + q.options());
        assertEquals("a", q.correctOption().actorId());
    }

    @Test
    void noQuotesAndNoLinksGiveNoQuestions() {
        Explainer e = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON)),
                List.of(stance("sa", "a", "One thing"), stance("sb", "b", "Another")), List.of());
        assertEquals(0, roundSize(e));
    }

    @Test
    void onlyLinksAndNoQuotesGiveOnlyOpposesQuestions() {
        Explainer e = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON),
                        actor("c", ActorKind.STATE)),
                List.of(stance("sa", "a", "One thing"), stance("sb", "b", "Another"), stance("sc", "c", "A third")),
                List.of(opposes("l", "sa", "sb")));
        QuizRound round = new QuizGenerator(e).round(1);
        assertEquals(1, round.size());
        assertEquals(QuestionKind.WHO_OPPOSES, round.question(0).kind());
        assertEquals(2, round.question(0).options().size());
        assertEquals(List.of(), QuizChecks.problems(e, round));
    }

    @Test
    void everyoneHoldingTheSameWordsLeavesNoQuestionForThem() {
        Explainer e = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON)),
                List.of(stance("sa", "a", "One thing", "one thing"), stance("sb", "b", "Same", "one thing")),
                List.of());
        assertEquals(0, roundSize(e));
    }

    @Test
    void brokenReferencesAreSkipped() {
        List<Stance> stances = new ArrayList<>(List.of(stance("sa", "a", "One thing", "one thing"),
                stance("orphan", "nobody", "Held by no actor", "another thing"),
                stance("sb", "b", "Another", "a third"), stance("sc", "c", "", "Gamma")));
        List<Link> links = List.of(opposes("self", "sa", "sa"), opposes("dangling", "sa", "gone"),
                opposes("to-orphan", "sb", "orphan"), opposes("fine", "sa", "sb"),
                new Link("supports", LinkKind.SUPPORTS, "sa", "sc", "", List.of()));
        Explainer e = explainer(List.of(actor("a", ActorKind.PERSON), actor("b", ActorKind.PERSON),
                actor("c", ActorKind.PERSON)), stances, links);
        QuizGenerator generator = new QuizGenerator(e);
        assertEquals(List.of(), QuizChecks.problems(e, generator.practice(QuizChecks.allKeys(e), 1)));
        assertTrue(generator.hasQuestion("who-said:sa:0-0".replace("0-0", quote("one thing").span().start() + "-"
                + quote("one thing").span().end())));
        assertTrue(!generator.hasQuestion("opposes:self") && !generator.hasQuestion("opposes:dangling"));
        assertTrue(generator.hasQuestion("opposes:to-orphan"), "the orphan's holder is unknown but the link is sound");
        roundSize(e);
    }

    @Test
    void membersAndTheirBlocAreNotOfferedAgainstEachOther() {
        Explainer e = explainer(List.of(actor("state", ActorKind.STATE), actor("leader", ActorKind.PERSON, "state"),
                        actor("other", ActorKind.PERSON)),
                List.of(stance("ss", "state", "One thing", "one thing")), List.of());
        Question q = new QuizGenerator(e).round(1).question(0);
        assertEquals(List.of("other", "state"), q.options().stream().map(Option::actorId).sorted().toList());
    }
}
