package org.stancemap.ui;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import org.stancemap.ui.theme.ScriptText;

/**
 * Tooltips made the first time the pointer enters their node rather than when the node is built.
 * Each tooltip is a popup window in waiting; the fifty or so that the window starts with cost a
 * noticeable share of the time to the first frame, and most are never shown.
 */
public final class Hints {

    private Hints() {
    }

    /**
     * A tooltip of {@code text} on {@code control}. The text is also the control's accessible help
     * (what a screen reader would otherwise have read from the tooltip), unless it has its own.
     */
    public static void set(Control control, String text) {
        if (control.getAccessibleHelp() == null || control.getAccessibleHelp().isEmpty()) {
            control.setAccessibleHelp(text);
        }
        install(control, text);
    }

    /** A tooltip on any node, made by {@code tooltip} when first needed (which may also be called elsewhere). */
    public static void install(Node node, Supplier<Tooltip> tooltip) {
        onFirstEntry(node, () -> {
            Tooltip made = tooltip.get();
            // Esc hides a showing tooltip and still reaches the window (to clear the selection,
            // say): otherwise the first Esc only closed a tooltip the pointer happened to raise.
            made.setConsumeAutoHidingEvents(false);
            if (node instanceof Control control) {
                control.setTooltip(made);
            } else {
                Tooltip.install(node, made);
            }
        });
    }

    /** A tooltip of plain {@code text} on any node. */
    public static void install(Node node, String text) {
        install(node, () -> ScriptText.install(new Tooltip(text)));
    }

    /** Makes a value once, the first time it is asked for: for a tooltip shown both on hover and on a click. */
    public static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    private static void onFirstEntry(Node node, Runnable install) {
        // The tooltip's own handlers, added now, start its timer at the next mouse move inside the node.
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                install.run();
            }
        });
    }
}
