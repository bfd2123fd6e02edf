package org.stancemap.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.stancemap.ui.Hints;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.search.GlossaryMatcher;
import org.stancemap.ui.Messages;
import org.stancemap.ui.glossary.GlossaryMarks;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.state.SpanRequest;
import org.stancemap.ui.theme.ScriptRuns;
import org.stancemap.ui.theme.ScriptRuns.Script;
import org.stancemap.ui.theme.ScriptText;
import org.stancemap.ui.theme.Styles;

/**
 * The whole article, paragraph by numbered paragraph, with every quoted span tinted in its actor's
 * colour. Clicking a quoted span selects who said it; a "show in article" request scrolls to the
 * span and makes it flash.
 */
public final class ArticleReader extends ScrollPane {

    private static final String NUMBER_GAP = "   ";
    /**
     * How much of a newly opened article gets its words before the window's first layout: about
     * what the reader shows at the start on a large screen. The paragraphs after it are worded
     * once that layout is done, so the live window comes sooner (bench/README.md, "Start-up").
     */
    private static final int FIRST_VIEW_CHARS = 800;

    private final AppState state;
    private final VBox content = new VBox();
    private final List<ParagraphView> paragraphs = new ArrayList<>();
    /** Paragraphs of the article shown that have only their number so far (see FIRST_VIEW_CHARS). */
    private final List<ParagraphView> unworded = new ArrayList<>();
    private final ReaderSelection selection;
    private String shownText;
    private Timeline flash;

    /** A quoted span inside one paragraph, in char indices of the paragraph's TextFlow. */
    private record Highlight(int from, int to, Actor actor, Quote quote, String blocClass, boolean suggested) {
    }

    private final class ParagraphView extends StackPane implements SelectableParagraph {
        final Article.Paragraph paragraph;
        final TextFlow flow = new TextFlow();
        final Pane highlights = new Pane();
        final List<Highlight> spans = new ArrayList<>();
        final List<GlossaryMatcher.Occurrence> terms = new ArrayList<>();
        final int prefixLength;
        final CodePointIndex offsets;
        /** The script of each run of the paragraph, by the flow index where it starts. */
        final TreeMap<Integer, Script> scripts = new TreeMap<>();
        /** A redraw of the highlights is queued. */
        private boolean highlightsAsked;

        ParagraphView(Article.Paragraph paragraph) {
            this.paragraph = paragraph;
            this.offsets = CodePointIndex.of(paragraph.text());
            String number = "¶" + paragraph.number() + NUMBER_GAP;
            prefixLength = number.length();
            getStyleClass().add(Styles.PARAGRAPH);
            setId("paragraph-" + paragraph.number());
            highlights.setMouseTransparent(true);
            highlights.setManaged(false);
            getChildren().addAll(highlights, flow);
            flow.layoutBoundsProperty().addListener((obs, was, now) -> askForHighlights());
            Text numberText = new Text(number);
            numberText.getStyleClass().add(Styles.PARAGRAPH_NUMBER);
            flow.getChildren().add(numberText);
        }

        /** Char index in the flow of a code point offset into the article. */
        @Override
        public int flowIndex(int articleOffset) {
            int within = Math.max(0, Math.min(articleOffset, paragraph.end()) - paragraph.start());
            return prefixLength + offsets.charIndex(within);
        }

        @Override
        public TextFlow flow() {
            return flow;
        }

        @Override
        public Pane underlay() {
            return highlights;
        }

        @Override
        public int start() {
            return paragraph.start();
        }

        @Override
        public int end() {
            return paragraph.end();
        }

        @Override
        public int articleOffset(int flowIndex) {
            int within = Math.max(0, Math.min(flowIndex - prefixLength, paragraph.text().length()));
            return paragraph.start() + offsets.codePointOffset(within);
        }

        boolean contains(Span span) {
            return span.start() >= paragraph.start() && span.start() < paragraph.end();
        }

        void build() {
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(prefixLength);
            cuts.add(prefixLength + paragraph.text().length());
            spans.forEach(h -> {
                cuts.add(h.from());
                cuts.add(h.to());
            });
            terms.forEach(t -> {
                cuts.add(prefixLength + t.start());
                cuts.add(prefixLength + t.end());
            });
            // Each run of another script is a piece of its own, drawn with its bundled font.
            scripts.clear();
            for (ScriptRuns.Run run : ScriptRuns.of(paragraph.text())) {
                cuts.add(prefixLength + run.start());
                cuts.add(prefixLength + run.end());
                scripts.put(prefixLength + run.start(), run.script());
                if (run.script() == Script.ARABIC || run.script() == Script.HEBREW) {
                    // A right-to-left piece that wraps onto a second line is drawn whole on the
                    // first one as well (a word appeared twice): one piece a word, so lines break
                    // between pieces, never inside one.
                    for (int i = run.start() + 1; i < run.end(); i++) {
                        if (Character.isWhitespace(paragraph.text().charAt(i - 1))
                                && !Character.isWhitespace(paragraph.text().charAt(i))) {
                            cuts.add(prefixLength + i);
                        }
                    }
                }
            }
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null && cut > previous) {
                    flow.getChildren().add(piece(previous, cut));
                }
                previous = cut;
            }
            askForHighlights();
        }

        /**
         * Redraws the highlights once the flow has its new shape, once for however often its
         * bounds change before then (a few times in a window's first layout). A paragraph not yet
         * worded has only its number, and nothing to highlight.
         */
        private void askForHighlights() {
            if (highlightsAsked) {
                return;
            }
            highlightsAsked = true;
            Platform.runLater(() -> {
                highlightsAsked = false;
                if (!unworded.contains(this)) {
                    drawHighlights();
                }
            });
        }

        private Text piece(int from, int to) {
            String text = paragraph.text().substring(from - prefixLength, to - prefixLength);
            Text piece = new Text(text);
            ScriptText.style(piece, scripts.floorEntry(from).getValue());
            List<Highlight> owners = spans.stream().filter(h -> h.from() <= from && h.to() >= to).toList();
            String quotedBy = null;
            if (!owners.isEmpty()) {
                piece.getStyleClass().add("quoted");
                piece.setAccessibleText(Messages.format("reader.quoted.accessible", names(owners), text));
                quotedBy = Messages.format("reader.quoted.tooltip", names(owners));
                piece.setOnMouseClicked(e -> {
                    // A drag that selects words for the editor is not a click on the quote.
                    if (e.isStillSincePress()) {
                        selectNextOwner(owners);
                    }
                });
                piece.setCursor(javafx.scene.Cursor.HAND);
            }
            var term = terms.stream().filter(t -> prefixLength + t.start() <= from && prefixLength + t.end() >= to)
                    .findFirst();
            if (term.isPresent()) {
                GlossaryMarks.mark(piece, term.get().entry(), quotedBy);
            } else if (quotedBy != null) {
                Hints.install(piece, quotedBy);
            }
            return piece;
        }

        void drawHighlights() {
            highlights.getChildren().clear();
            for (Highlight h : spans) {
                Path shape = new Path(flow.rangeShape(h.from(), h.to()));
                shape.getStyleClass().addAll(Styles.HIGHLIGHT, h.blocClass());
                if (h.suggested()) {
                    // A draft's quote, not yet confirmed: outlined with a dashed line (see the CSS).
                    shape.getStyleClass().add(Styles.SUGGESTED);
                } else {
                    shape.setStrokeWidth(0);
                }
                highlights.getChildren().add(shape);
            }
            selection.redraw();
        }
    }

    /** The span being flashed, kept in view (and its marker on its words) until the flash ends. */
    private Path liveMarker;
    private ParagraphView liveView;
    private Span liveSpan;

    public ArticleReader(AppState state) {
        this.state = state;
        getStyleClass().add(Styles.READER);
        setId("article-reader");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("reader-content");
        setContent(content);
        setFocusTraversable(true);
        setAccessibleText(Messages.get("reader.accessible"));
        selection = new ReaderSelection(state, this, () -> paragraphs);
        state.explainerProperty().addListener((obs, was, now) -> show(now));
        state.spanRequestProperty().addListener((obs, was, now) -> reveal(now));
        // A request that opened the reader came before the reader had its size: the first "show in
        // article" landed paragraphs away. Keep the flashing span in view while the reader settles.
        viewportBoundsProperty().addListener((obs, was, now) -> centreOnMarker());
        content.layoutBoundsProperty().addListener((obs, was, now) -> centreOnMarker());
        if (state.getExplainer() != null) {
            show(state.getExplainer());
        }
    }

    private void show(Explainer explainer) {
        paragraphs.clear();
        unworded.clear();
        content.getChildren().clear();
        if (explainer == null) {
            return;
        }
        Label title = new Label(Messages.get("reader.title"));
        title.getStyleClass().add("reader-title");
        content.getChildren().add(title);
        for (Article.Paragraph paragraph : explainer.article().paragraphs()) {
            ParagraphView view = new ParagraphView(paragraph);
            selection.install(view);
            paragraphs.add(view);
            content.getChildren().add(view);
        }
        GlossaryMatcher glossary = new GlossaryMatcher(explainer.glossary());
        paragraphs.forEach(view -> view.terms.addAll(glossary.find(view.paragraph.text())));
        BlocPalette palette = state.paletteOf(explainer);
        for (Stance stance : explainer.stances()) {
            Actor actor = explainer.actor(stance.actorId()).orElse(null);
            if (actor == null) {
                continue;
            }
            String blocClass = Styles.blocClass(palette.slotOf(actor.id()));
            for (Quote quote : stance.quotes()) {
                for (ParagraphView view : paragraphs) {
                    if (view.contains(quote.span())) {
                        view.spans.add(new Highlight(view.flowIndex(quote.span().start()),
                                view.flowIndex(quote.span().end()), actor, quote, blocClass,
                                stance.status().isSuggested()));
                    }
                }
            }
        }
        if (explainer.article().text().equals(shownText)) {
            // An edit of the same article: the author stays where they were reading.
            paragraphs.forEach(ParagraphView::build);
            double at = getVvalue();
            Platform.runLater(() -> setVvalue(at));
        } else {
            int before = 0;
            for (ParagraphView view : paragraphs) {
                if (before < FIRST_VIEW_CHARS) {
                    view.build();
                } else {
                    unworded.add(view);
                }
                before += view.paragraph.text().length();
            }
            setVvalue(0);
            wordRestAfterFirstLayout();
        }
        shownText = explainer.article().text();
    }

    /**
     * Words the paragraphs left with their number only, once the reader has been laid out in a
     * window (the frame that shows its top is then on its way), or at once when it is asked for
     * them first.
     */
    private void wordRestAfterFirstLayout() {
        if (unworded.isEmpty()) {
            return;
        }
        AfterLayout.once(this, () -> Platform.runLater(this::wordRest));
    }

    private void wordRest() {
        if (unworded.isEmpty()) {
            return;
        }
        List<ParagraphView> rest = List.copyOf(unworded);
        unworded.clear();
        rest.forEach(ParagraphView::build);
    }

    private static String names(List<Highlight> owners) {
        return String.join(", ", owners.stream().map(h -> h.actor().name()).distinct().toList());
    }

    /** When several actors share a span, each click moves on to the next of them. */
    private void selectNextOwner(List<Highlight> owners) {
        List<Actor> actors = owners.stream().map(Highlight::actor).distinct().toList();
        int current = actors.indexOf(state.getSelectedActor());
        state.selectActor(actors.get((current + 1) % actors.size()));
    }

    private void reveal(SpanRequest request) {
        if (request == null) {
            return;
        }
        wordRest();
        for (ParagraphView view : paragraphs) {
            if (view.contains(request.span())) {
                Platform.runLater(() -> flashSpan(view, request.span()));
                return;
            }
        }
    }

    /** Scrolls so the flashing span sits a third of the way down the view. */
    private void centreOnMarker() {
        Path marker = liveMarker;
        if (marker == null || marker.getScene() == null || getViewportBounds().getHeight() <= 0) {
            return;
        }
        // The words may have wrapped anew since the marker was drawn (the reader was opening).
        marker.getElements().setAll(liveView.flow.rangeShape(liveView.flowIndex(liveSpan.start()),
                liveView.flowIndex(liveSpan.end())));
        Bounds inContent = content.sceneToLocal(marker.localToScene(marker.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
        if (scrollable > 0) {
            double target = inContent.getMinY() - getViewportBounds().getHeight() / 3;
            setVvalue(Math.max(0, Math.min(1, target / scrollable)));
        }
    }

    private void flashSpan(ParagraphView view, Span span) {
        applyCss();
        layout();
        Path marker = new Path(view.flow.rangeShape(view.flowIndex(span.start()), view.flowIndex(span.end())));
        marker.getStyleClass().add("flash-marker");
        marker.pseudoClassStateChanged(Styles.FLASH, true);
        marker.setId("flash-marker");
        view.highlights.getChildren().add(marker);
        liveMarker = marker;
        liveView = view;
        liveSpan = span;
        centreOnMarker();
        if (flash != null) {
            flash.stop();
        }
        if (state.reduceMotionProperty().get()) {
            flash = new Timeline(new KeyFrame(Duration.seconds(2.5)));
        } else {
            flash = new Timeline(
                    new KeyFrame(Duration.ZERO, new KeyValue(marker.opacityProperty(), 0.9)),
                    new KeyFrame(Duration.millis(450), new KeyValue(marker.opacityProperty(), 0.3)),
                    new KeyFrame(Duration.millis(900), new KeyValue(marker.opacityProperty(), 0.9)),
                    new KeyFrame(Duration.millis(2200), new KeyValue(marker.opacityProperty(), 0)));
        }
        flash.setOnFinished(e -> {
            view.highlights.getChildren().remove(marker);
            if (liveMarker == marker) {
                liveMarker = null;
            }
        });
        flash.play();
    }
}
