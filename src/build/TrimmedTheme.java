import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step (pom.xml, phase process-classes, before BinaryStylesheets): writes AtlantaFX's Primer
 * theme, light and dark, into the folder given, without the rules for controls the application
 * never makes (tables, trees, charts, date and colour pickers, sliders, spinners, AtlantaFX's own
 * tiles, toggle switches and pop-overs ...). JavaFX tests every node whose style classes it has
 * not seen before against every style-class selector of a stylesheet, so half the theme's
 * selectors cost time on the way to the live window and matched nothing (bench/README.md,
 * "Start-up"). A selector is left out when one of its parts names a style class below; the rule
 * goes when none of its selectors is left. TrimmedThemeUiTest checks that every selector of the
 * full theme that matches a node of the window is still in the trimmed one.
 * Run as a single source file on a class path that holds AtlantaFX:
 * {@code java -cp CLASSPATH TrimmedTheme FOLDER}.
 */
public final class TrimmedTheme {

    private static final List<String> THEMES = List.of("primer-light", "primer-dark");
    private static final String SOURCE_FOLDER = "atlantafx/base/theme/";

    /** Style classes of controls and parts that no window of the application has. */
    private static final Set<String> UNUSED = Set.of(
            "accordion", "titled-pane", "first-titled-pane",
            "axis", "axis-label", "axis-minor-tick-mark", "axis-tick-mark", "bar-chart", "stacked-bar-chart",
            "area-legend-symbol", "bar-legend-symbol", "bubble-legend-symbol", "pie-legend-symbol",
            "breadcrumbs", "bb-code",
            "calendar", "calendar-grid", "date-cell", "date-picker", "date-picker-popup", "day-cell",
            "day-name-cell", "hijrah-day-cell", "week-number-cell", "month-year-pane", "next-month",
            "previous-month",
            "check-box-table-cell", "check-box-tree-table-cell", "font-icon-table-cell", "text-field-table-cell",
            "choice-box", "choice-dialog", "text-input-dialog",
            "color-bar", "color-input-field", "color-palette", "color-palette-region", "color-picker",
            "color-picker-grid", "color-picker-label", "color-rect", "color-rect-border", "color-rect-pane",
            "color-square", "current-new-color-grid", "custom-color-dialog", "customcolor-controls-background",
            "picker-color", "picker-color-rect", "webcolor-field", "web-field", "hover-square",
            "transparent-pattern",
            "column-drag-header", "column-header", "column-header-background", "column-overlay",
            "column-resize-line", "show-hide-column-image", "show-hide-columns-button", "sort-order",
            "sort-order-dot", "sort-order-dots-container", "table-view", "table-cell", "table-column",
            "table-row-cell", "tree-table-view", "tree-table-cell", "tree-table-row-cell", "tree-view",
            "tree-cell", "tree-disclosure-node",
            "html-editor",
            "pagination", "pagination-control", "page-information", "number-button", "bullet-button",
            "notification", "popover", "modal-pane", "modal-box",
            "ring-progress-indicator", "progress-slider", "slider",
            "spinner", "split-arrows-horizontal", "split-arrows-vertical", "arrows-on-left-horizontal",
            "arrows-on-left-vertical", "arrows-on-right-horizontal", "increment-arrow-button",
            "decrement-arrow-button",
            "tile", "tile-base", "toggle-switch", "tool-bar", "tool-bar-overflow-button", "menu-bar",
            "split-menu-button", "password-field",
            // AtlantaFX's modifiers and utility classes (Styles.LARGE, Styles.TEXT_MUTED ...), none set here
            "alt-icon", "button-circle", "button-outlined", "center-pill", "classic", "dense", "bordered",
            "striped", "rounded", "interactive", "floating", "large", "medium", "small", "success",
            "text-bold", "text-bolder", "text-caption", "text-italic", "text-lighter", "text-muted", "text-normal",
            "text-oblique", "text-on-emphasis", "text-small", "text-strikethrough", "text-subtle",
            "text-underlined");
    /** Families of style classes, by the start of their names: chart-title, html-editor-bold ... */
    private static final List<String> UNUSED_PREFIXES = List.of("chart", "default-color", "html-editor-",
            "bg-", "border-", "elevated-", "title-");

    private static final Pattern STYLE_CLASS = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_-]*)");

    private TrimmedTheme() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: TrimmedTheme FOLDER (where to write the trimmed theme's .css files)");
            System.exit(2);
        }
        for (String theme : THEMES) {
            String css = read(SOURCE_FOLDER + theme + ".css");
            Files.writeString(Path.of(args[0], theme + ".css"), trim(css), StandardCharsets.UTF_8);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TrimmedTheme.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path (AtlantaFX's jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The stylesheet without the selectors that name an unused style class. The theme is plain
     * generated CSS: rules of selectors and one block each, no at-rules, no braces in values.
     */
    static String trim(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        StringBuilder out = new StringBuilder("/* AtlantaFX 2.0.1 (MIT licence), without the rules of controls"
                + " this application does not use: src/build/TrimmedTheme.java */\n");
        int at = 0;
        while (true) {
            int open = text.indexOf('{', at);
            if (open < 0) {
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("a rule opened at character " + open + " is never closed");
            }
            List<String> kept = new ArrayList<>();
            for (String selector : text.substring(at, open).split(",")) {
                if (!selector.isBlank() && !namesUnusedClass(selector)) {
                    kept.add(selector.trim());
                }
            }
            if (!kept.isEmpty()) {
                out.append(String.join(",\n", kept)).append(' ').append(text, open, close + 1).append('\n');
            }
            at = close + 1;
        }
        if (!text.substring(at).isBlank()) {
            throw new IllegalArgumentException("text after the last rule: " + text.substring(at).strip());
        }
        return out.toString();
    }

    private static boolean namesUnusedClass(String selector) {
        Matcher m = STYLE_CLASS.matcher(selector);
        while (m.find()) {
            String name = m.group(1);
            if (UNUSED.contains(name) || UNUSED_PREFIXES.stream().anyMatch(name::startsWith)) {
                return true;
            }
        }
        return false;
    }
}
