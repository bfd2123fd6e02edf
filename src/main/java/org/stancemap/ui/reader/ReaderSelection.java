package org.stancemap.ui.reader;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import org.stancemap.edit.WordSelection;
import org.stancemap.model.CodePointIndex;
import org.stancemap.ui.state.AppState;

/**
 * Selecting the article's words while the editor is open: a drag (or a click on one word) selects
 * whole words, with Alt single characters; Shift+←/→ moves the selection's end and
 * Ctrl+Shift+←/→ its start, by a word or with Alt by a character. The selection lives in
 * {@link AppState#articleSelectionProperty()}, where the editor reads it, and is tinted here.
 */
final class ReaderSelection {

    static final String STYLE = "reader-selection";

    private final AppState state;
    private final ScrollPane reader;
    private final Supplier<List<? extends SelectableParagraph>> paragraphs;
    private int anchor = -1;

    ReaderSelection(AppState state, ScrollPane reader, Supplier<List<? extends SelectableParagraph>> paragraphs) {
        this.state = state;
        this.reader = reader;
        this.paragraphs = paragraphs;
        state.articleSelectionProperty().addListener((obs, was, now) -> redraw());
        state.editingProperty().addListener((obs, was, now) -> {
            if (!now) {
                state.selectWords(null);
            }
        });
        reader.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** Lets the author select words in {@code paragraph} by pointing. */
    void install(SelectableParagraph paragraph) {
        paragraph.flow().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (!state.editingProperty().get() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            offsetAt(e.getSceneX(), e.getSceneY()).ifPresent(offset -> {
                anchor = offset;
                select(offset, offset, e.isAltDown());
            });
            reader.requestFocus();
        });
        // Released as well as dragged: a quick drag may report no movement in between.
        paragraph.flow().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (state.editingProperty().get() && anchor >= 0 && !e.isStillSincePress()) {
                offsetAt(e.getSceneX(), e.getSceneY()).ifPresent(offset -> select(anchor, offset, e.isAltDown()));
            }
        });
        paragraph.flow().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (state.editingProperty().get() && anchor >= 0) {
                offsetAt(e.getSceneX(), e.getSceneY()).ifPresent(offset -> select(anchor, offset, e.isAltDown()));
            }
        });
    }

    private void select(int from, int to, boolean byCharacter) {
        CodePointIndex text = text();
        if (text == null) {
            return;
        }
        WordSelection selection = byCharacter ? new WordSelection(from, to)
                : from == to ? WordSelection.wordAt(text, from) : WordSelection.snapped(text, from, to);
        state.selectWords(selection.isEmpty() && !byCharacter ? null : selection);
    }

    private CodePointIndex text() {
        return state.getExplainer() == null ? null : CodePointIndex.of(state.getExplainer().article().text());
    }

    /** The article offset under a point of the scene: in the paragraph there, or the nearest one above or below. */
    private Optional<Integer> offsetAt(double sceneX, double sceneY) {
        SelectableParagraph nearest = null;
        for (SelectableParagraph paragraph : paragraphs.get()) {
            Bounds bounds = paragraph.flow().localToScene(paragraph.flow().getBoundsInLocal());
            if (nearest == null || sceneY >= bounds.getMinY()) {
                nearest = paragraph;
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Point2D local = nearest.flow().sceneToLocal(sceneX, sceneY);
        int index = nearest.flow().hitTest(local).getInsertionIndex();
        return Optional.of(nearest.articleOffset(index));
    }

    private void onKey(KeyEvent event) {
        if (!state.editingProperty().get() || !event.isShiftDown()
                || event.getCode() != KeyCode.LEFT && event.getCode() != KeyCode.RIGHT) {
            return;
        }
        CodePointIndex text = text();
        if (text == null) {
            return;
        }
        boolean forward = event.getCode() == KeyCode.RIGHT;
        WordSelection current = state.articleSelectionProperty().get();
        if (current == null) {
            int from = firstParagraphInView().map(SelectableParagraph::start).orElse(0);
            state.selectWords(WordSelection.snapped(text, from, from + 1));
        } else if (event.isShortcutDown()) {
            state.selectWords(current.moveStart(text, forward, event.isAltDown()));
        } else {
            state.selectWords(current.moveEnd(text, forward, event.isAltDown()));
        }
        event.consume();
    }

    private Optional<SelectableParagraph> firstParagraphInView() {
        Bounds view = reader.localToScene(reader.getBoundsInLocal());
        return paragraphs.get().stream().filter(p -> p.flow().localToScene(p.flow().getBoundsInLocal()).getMaxY()
                > view.getMinY()).map(p -> (SelectableParagraph) p).findFirst();
    }

    /** Tints the selection in every paragraph it reaches, under the words. */
    void redraw() {
        WordSelection selection = state.articleSelectionProperty().get();
        for (SelectableParagraph paragraph : paragraphs.get()) {
            paragraph.underlay().getChildren().removeIf(n -> n.getStyleClass().contains(STYLE));
            if (selection == null || selection.end() <= paragraph.start() || selection.start() >= paragraph.end()) {
                continue;
            }
            int from = paragraph.flowIndex(Math.max(selection.start(), paragraph.start()));
            int to = paragraph.flowIndex(Math.min(selection.end(), paragraph.end()));
            Path shape = new Path(paragraph.flow().rangeShape(from, to));
            shape.getStyleClass().add(STYLE);
            shape.setId("reader-selection");
            paragraph.underlay().getChildren().add(shape);
        }
    }
}
