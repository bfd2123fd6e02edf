package org.stancemap.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keeps Tab and Shift+Tab inside a view that covers the window (the import step): they go round its
 * own controls, in the order they are laid out, and never reach the window behind it, which the
 * author cannot see.
 */
final class FocusCycle {

    private FocusCycle() {
    }

    /** Makes Tab and Shift+Tab go round {@code root}'s controls; {@code ownTab} handles its Tab itself. */
    static void install(Parent root, Node ownTab) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShortcutDown() && !e.isAltDown() && e.getTarget() != ownTab) {
                move(root, e.getTarget() instanceof Node node ? node : null, e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    /** Moves the keyboard {@code by} one control on from {@code from}, round the end of {@code root}'s. */
    static void move(Parent root, Node from, int by) {
        List<Node> stops = new ArrayList<>();
        collect(root, stops);
        if (stops.isEmpty()) {
            return;
        }
        int at = -1;
        for (int i = 0; i < stops.size(); i++) {
            if (isWithin(from, stops.get(i))) {
                at = i;
                break;
            }
        }
        int next = at < 0 ? (by > 0 ? 0 : stops.size() - 1) : Math.floorMod(at + by, stops.size());
        stops.get(next).requestFocus();
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            into.add(node);
            return; // a control's own parts (a list's cells, a combo's button) are not stops of their own
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean isWithin(Node node, Node stop) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at == stop) {
                return true;
            }
        }
        return false;
    }
}
