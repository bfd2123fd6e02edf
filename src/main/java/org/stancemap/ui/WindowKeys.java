package org.stancemap.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.stancemap.ui.state.AppState;

/**
 * The window's own keys while no tour is presented: Esc steps back one layer at a time, the Study
 * and text-size shortcuts, zooming the map, and F to present the chosen comparison. What they
 * change is the state; what the state cannot say (focus, zoom, a file chooser) goes through the
 * window's named {@link Commands}.
 */
final class WindowKeys {

    /** What the keys ask of the window's views, by name. */
    record Commands(Runnable focusSearch, BooleanSupplier clearSearch, Runnable focusMap,
                    Runnable focusComparisonPresent, Runnable zoomIn, Runnable zoomOut, Runnable fitMap,
                    Runnable openEditor, Runnable copyMapPicture, Runnable draftFromArticle, Runnable draftFromPaste) {
    }

    private final AppState state;
    private final Commands commands;

    WindowKeys(AppState state, Commands commands) {
        this.state = state;
        this.commands = commands;
    }

    void onKey(KeyEvent event) {
        if (state.isPresenting()) {
            return;
        }
        boolean typing = event.getTarget() instanceof TextInputControl;
        if (event.getCode() == KeyCode.ESCAPE) {
            stepBack(typing);
            event.consume();
        } else if (event.isShortcutDown() && event.isShiftDown()) {
            if (studyShortcut(event.getCode(), typing)) {
                event.consume();
            }
        } else if (event.isShortcutDown()) {
            if (shortcut(event.getCode())) {
                event.consume();
            }
        } else if (!typing && !event.isAltDown() && mapKey(event.getCode(), event.getText())) {
            event.consume();
        }
    }

    /** Esc: out of the full-screen comparison, an overlay, a search, then the selection. */
    private void stepBack(boolean typing) {
        if (state.comparisonPresentedProperty().get()) {
            // Back to the comparison in the panel, not out of it.
            state.selection().closeComparison();
            commands.focusComparisonPresent().run();
        } else if (state.aboutShownProperty().get()) {
            state.panels().closeAbout();
        } else if (state.studyPaneProperty().get() != AppState.StudyPane.NONE) {
            state.panels().closeStudy();
        } else if (!(typing && commands.clearSearch().getAsBoolean())) {
            state.clearSelection();
            if (typing) {
                commands.focusMap().run();
            }
        }
    }

    /**
     * The Study menu's shortcuts and the drafting ones, handled here too: a menu's accelerators
     * only work once the menu has been opened.
     */
    private boolean studyShortcut(KeyCode code, boolean typing) {
        switch (code) {
            case Q -> state.panels().openStudy(AppState.StudyPane.QUIZ);
            case N -> state.panels().openStudy(AppState.StudyPane.NOTES);
            case C -> commands.copyMapPicture().run();
            case O -> {
                if (!state.isKiosk()) {
                    commands.draftFromArticle().run();
                }
            }
            case V -> {
                if (typing || state.isKiosk()) {
                    return false;
                }
                commands.draftFromPaste().run();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case F -> commands.focusSearch().run();
            case E -> commands.openEditor().run();
            case P -> state.panels().openStudy(AppState.StudyPane.HANDOUT);
            case PLUS, ADD, EQUALS -> state.preferences().stepTextScale(1);
            case MINUS, SUBTRACT -> state.preferences().stepTextScale(-1);
            case DIGIT0, NUMPAD0 -> state.preferences().resetTextScale();
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean mapKey(KeyCode code, String text) {
        switch (code) {
            case PLUS, ADD, EQUALS -> commands.zoomIn().run();
            case MINUS, SUBTRACT -> commands.zoomOut().run();
            case DIGIT0, NUMPAD0 -> commands.fitMap().run();
            case F -> {
                if (state.getSelectedLink() == null || state.comparisonPresentedProperty().get()) {
                    return false;
                }
                state.presentComparison();
            }
            default -> {
                if (!"+".equals(text)) {
                    return false;
                }
                commands.zoomIn().run();
            }
        }
        return true;
    }
}
