package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/** The article reader: "show in article" from the panel, and clicking quoted text in the article. */
class ArticleReaderUiTest extends UiTestBase {

    @Test
    void showInArticleScrollsTheReaderToTheQuoteAndFlashesIt() {
        Stance stance = explainer.stance("putin-operations-continue").orElseThrow();
        Quote quote = stance.quotes().get(0);
        int paragraph = explainer.article().paragraphNumberAt(quote.span().start());
        assertEquals(7, paragraph, "the quote chosen for this test is in ¶7, near the end of the article");
        ScrollPane reader = (ScrollPane) byId("article-reader");
        Node paragraphView = byId("paragraph-" + paragraph);
        assertFalse(visibleIn(reader, paragraphView), "¶7 starts below the reader's fold");
        double vvalueBefore = fx(reader::getVvalue);

        clickBadge("putin");
        waitUntil("Putin's stances show", () -> view.lookup("#stance-" + stance.id()) != null);
        Hyperlink show = fx(() -> (Hyperlink) view.lookup("#stance-" + stance.id()).lookup(".show-in-article"));
        assertNotNull(show, "the quote offers \"show in article\"");
        scrollIntoView((ScrollPane) byId("side-panel"), show);
        assertNull(byId("flash-marker"));

        clickOn(show);

        waitUntil("the flash marker appears", () -> view.lookup("#flash-marker") != null);
        Node marker = byId("flash-marker");
        assertTrue(fx(() -> isAncestor(paragraphView, marker)), "the marker is on ¶" + paragraph);
        assertTrue(visibleIn(reader, marker), "the marked span is inside the reader's viewport");
        assertTrue(fx(reader::getVvalue) > vvalueBefore, "the reader scrolled down to the span");
    }

    @Test
    void clickingAQuotedSpanInTheArticleSelectsWhoSaidIt() {
        String rutteQuote = explainer.stancesOf("rutte").get(0).quotes().get(0).text();
        ScrollPane reader = (ScrollPane) byId("article-reader");
        Text piece = fx(() -> reader.lookupAll(".quoted").stream()
                .filter(n -> n instanceof Text t && !t.getText().isBlank() && rutteQuote.contains(t.getText()))
                .map(n -> (Text) n).findFirst().orElse(null));
        assertNotNull(piece, "the reader highlights Rutte's quote: " + rutteQuote);
        assertNull(state.getSelectedActor());
        scrollIntoView(reader, piece);
        assertTrue(visibleIn(reader, piece), "the quote is scrolled into view");

        clickOn(pointInside(piece));

        waitUntil("Rutte is selected", () -> state.getSelectedActor() != null);
        assertEquals("rutte", state.getSelectedActor().id());
        waitUntil("the panel shows Rutte", () -> actor("rutte").name().equals(panelActorName()));
    }

    /**
     * A point on the first few characters of a Text laid out in a TextFlow. The middle of the
     * Text's bounds is not safe: a piece wrapped over two lines has its middle between them.
     */
    private static Point2D pointInside(Text piece) {
        return fx(() -> {
            TextFlow flow = (TextFlow) piece.getParent();
            int offset = 0;
            for (Node child : flow.getChildren()) {
                if (child == piece) {
                    break;
                }
                offset += ((Text) child).getText().length();
            }
            int end = offset + Math.min(4, piece.getText().length());
            Bounds range = new Path(flow.rangeShape(offset, end)).getBoundsInLocal();
            return flow.localToScreen(range.getCenterX(), range.getCenterY());
        });
    }

    @Test
    void everyQuoteIsHighlightedInTheReader() {
        ScrollPane reader = (ScrollPane) byId("article-reader");
        // Runs of adjacent highlighted pieces: a quote overlapping another is cut into several pieces.
        List<String> runs = fx(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (Node flow : reader.lookupAll(".article-paragraph TextFlow")) {
                StringBuilder run = new StringBuilder();
                for (Node child : ((TextFlow) flow).getChildren()) {
                    if (child.getStyleClass().contains("quoted")) {
                        run.append(((Text) child).getText());
                    } else if (run.length() > 0) {
                        found.add(run.toString());
                        run.setLength(0);
                    }
                }
                if (run.length() > 0) {
                    found.add(run.toString());
                }
            }
            return found;
        });
        for (Stance stance : explainer.stances()) {
            for (Quote quote : stance.quotes()) {
                assertTrue(runs.stream().anyMatch(r -> r.contains(quote.text())),
                        "the reader highlights " + stance.id() + ": " + quote.text() + "\nhighlighted: " + runs);
            }
        }
    }

    /**
     * The paragraphs below the reader's fold get their words only after the window's first layout
     * (a quicker start): once the window is up, every paragraph reads as the article does.
     */
    @Test
    void everyParagraphReadsWordForWordOnceTheWindowIsUp() {
        ScrollPane reader = (ScrollPane) byId("article-reader");
        for (org.stancemap.model.Article.Paragraph paragraph : explainer.article().paragraphs()) {
            String shown = fx(() -> {
                StringBuilder words = new StringBuilder();
                TextFlow flow = (TextFlow) reader.lookup("#paragraph-" + paragraph.number() + " TextFlow");
                for (Node child : flow.getChildren()) {
                    words.append(((Text) child).getText());
                }
                return words.toString();
            });
            assertEquals("¶" + paragraph.number() + "   " + paragraph.text(), shown, "¶" + paragraph.number());
        }
    }

    /**
     * Each quote's tint lies behind its words, in the paragraphs worded after the window's first
     * layout too (their tints are drawn once they have words).
     */
    @Test
    void everyQuoteHasItsTintBehindItsWords() {
        ScrollPane reader = (ScrollPane) byId("article-reader");
        for (org.stancemap.model.Article.Paragraph paragraph : explainer.article().paragraphs()) {
            long quotes = explainer.stances().stream().flatMap(stance -> stance.quotes().stream())
                    .filter(q -> q.span().start() >= paragraph.start() && q.span().start() < paragraph.end())
                    .count();
            waitUntil("¶" + paragraph.number() + " shows a tint for each of its " + quotes + " quotes",
                    () -> fx(() -> reader.lookup("#paragraph-" + paragraph.number()).lookupAll(".quote-highlight")
                            .stream().filter(n -> !((Path) n).getElements().isEmpty()
                                    && n.getBoundsInParent().getHeight() > 0).count()) == quotes);
        }
    }
}
