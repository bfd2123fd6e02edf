package org.stancemap.ui.glossary;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.stancemap.ui.theme.ScriptRuns;
import org.stancemap.ui.theme.ScriptText;
import javafx.util.Duration;
import org.stancemap.ui.Hints;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.search.GlossaryMatcher;
import org.stancemap.ui.Messages;

/**
 * Underlines glossary terms in running text. Hovering shows the definition, marked as the
 * explainer's note rather than the article's words; a click or tap shows it too, for touch screens
 * where nothing hovers.
 */
public final class GlossaryMarks {

    public static final String TERM_CLASS = "glossary-mark";

    private GlossaryMarks() {
    }

    /** Makes this piece of text a marked term. */
    public static void mark(Text piece, GlossaryEntry entry) {
        mark(piece, entry, null);
    }

    /**
     * Makes this piece of text a marked term whose tooltip starts with {@code alsoSays} (what a
     * quoted passage's tooltip says, say), since a node shows one tooltip. A click shows the
     * definition and still reaches the piece's own click handler.
     */
    public static void mark(Text piece, GlossaryEntry entry, String alsoSays) {
        piece.getStyleClass().add(TERM_CLASS);
        String definition = Messages.format("glossary.note", entry.term(), entry.definition());
        java.util.function.Supplier<Tooltip> note = Hints.once(() -> {
            Tooltip made = new Tooltip(alsoSays == null ? definition : alsoSays + "\n" + definition);
            made.getStyleClass().add("glossary-note");
            made.setWrapText(true);
            made.setMaxWidth(420);
            ScriptText.install(made);
            made.setShowDelay(Duration.millis(250));
            made.setShowDuration(Duration.seconds(20));
            return made;
        });
        Hints.install(piece, note);
        piece.setCursor(Cursor.HAND);
        piece.setAccessibleHelp(definition);
        piece.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            // A kiosk shows nothing outside its window; there the term's button opens the glossary instead.
            if (!inKiosk(piece) && !note.get().isShowing()) {
                note.get().show(piece, e.getScreenX() + 8, e.getScreenY() + 12);
            }
        });
    }

    private static final javafx.css.PseudoClass KIOSK = javafx.css.PseudoClass.getPseudoClass("kiosk");

    private static boolean inKiosk(Text piece) {
        return piece.getScene() != null && piece.getScene().getRoot().getPseudoClassStates().contains(KIOSK);
    }

    /** The text as a flow of pieces, glossary terms marked. */
    public static TextFlow flow(String text, GlossaryMatcher matcher) {
        List<Text> pieces = new ArrayList<>();
        int at = 0;
        for (GlossaryMatcher.Occurrence hit : matcher.find(text)) {
            if (hit.start() > at) {
                pieces.addAll(ScriptText.pieces(text.substring(at, hit.start())));
            }
            String words = text.substring(hit.start(), hit.end());
            Text term = new Text(words);
            List<ScriptRuns.Run> runs = ScriptRuns.of(words);
            if (runs.size() == 1) {
                ScriptText.style(term, runs.get(0).script());
            }
            mark(term, hit.entry());
            pieces.add(term);
            at = hit.end();
        }
        if (at < text.length()) {
            pieces.addAll(ScriptText.pieces(text.substring(at)));
        }
        TextFlow flow = new TextFlow(pieces.toArray(Text[]::new));
        flow.setAccessibleText(text);
        return flow;
    }
}
