package org.stancemap.ui.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.CompoundSelector;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.SimpleSelector;
import javafx.css.Stylesheet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The rules of AtlantaFX's Primer theme that the build leaves out (src/build/TrimmedTheme.java),
 * and the nodes on screen that one of them would have styled: the trimmed theme must style every
 * window exactly as the full one did. UI tests run it on whatever windows they opened.
 */
public final class TrimmedThemeCheck {

    private static List<Dropped> dropped;

    private TrimmedThemeCheck() {
    }

    /** A selector of the full theme that the trimmed one lacks, and the style classes it needs. */
    private record Dropped(Selector selector, Set<String> classes) {
    }

    /**
     * One line per node in a showing window that a rule left out of the trimmed theme applies to
     * (pseudo-classes aside: a hover or a focus may come later); empty when there is none. Call on
     * the FX thread.
     */
    public static List<String> nodesStyledByDroppedRules() {
        List<Node> nodes = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                collect(window.getScene().getRoot(), nodes);
            }
        }
        return nodesStyledByDroppedRules(nodes);
    }

    /** As {@link #nodesStyledByDroppedRules()}, for the given nodes (and through them, their ancestors). */
    public static List<String> nodesStyledByDroppedRules(List<Node> nodes) {
        Set<String> present = new HashSet<>();
        for (Node node : nodes) {
            present.addAll(node.getStyleClass());
        }
        List<String> found = new ArrayList<>();
        for (Dropped rule : dropped()) {
            // A rule can only apply where all its style classes are on some node.
            if (!present.containsAll(rule.classes())) {
                continue;
            }
            for (Node node : nodes) {
                if (rule.selector().applies(node)) {
                    found.add(rule.selector() + " applies to " + node);
                }
            }
        }
        return found;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static synchronized List<Dropped> dropped() {
        if (dropped == null) {
            Stylesheet full = parse(TrimmedThemeCheck.class.getClassLoader().getResource("atlantafx/base/theme/primer-light.css"));
            Stylesheet trimmed = parse(Theme.class.getResource("primer-light.css"));
            Set<String> kept = selectors(trimmed).stream().map(Selector::toString).collect(Collectors.toSet());
            dropped = selectors(full).stream().filter(s -> !kept.contains(s.toString()))
                    .map(s -> new Dropped(s, classesOf(s))).toList();
        }
        return dropped;
    }

    /** How many of the full theme's selectors the trimmed one leaves out. */
    public static int droppedCount() {
        return dropped().size();
    }

    private static Stylesheet parse(URL url) {
        if (url == null) {
            throw new IllegalStateException("a theme stylesheet is missing from the class path; the build writes "
                    + "org/stancemap/ui/theme/primer-light.css (mvn process-classes)");
        }
        try {
            return new CssParser().parse(url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Selector> selectors(Stylesheet sheet) {
        List<Selector> all = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            all.addAll(rule.getSelectors());
        }
        return all;
    }

    private static Set<String> classesOf(Selector selector) {
        Set<String> classes = new HashSet<>();
        if (selector instanceof CompoundSelector compound) {
            for (SimpleSelector part : compound.getSelectors()) {
                classes.addAll(part.getStyleClasses());
            }
        } else if (selector instanceof SimpleSelector simple) {
            classes.addAll(simple.getStyleClasses());
        }
        return classes;
    }
}
