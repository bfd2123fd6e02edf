package org.stancemap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JavaFX reads NAME.bss in place of NAME.css when both are on the class path, so the binary
 * stylesheets the build makes (src/build/BinaryStylesheets.java) must say what the CSS says: a
 * stale one would style the window by rules that are no longer in the source.
 */
class BinaryStylesheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"stancemap", "dark", "primer-light", "primer-dark"})
    void theBinaryStylesheetHoldsTheRulesOfTheCss(String name) throws IOException {
        URL css = Theme.class.getResource(name + ".css");
        URL bss = Theme.class.getResource(name + ".bss");
        assertNotNull(css, name + ".css is on the class path");
        assertNotNull(bss, name + ".bss should be beside " + name + ".css; the build makes it (mvn process-classes)");

        List<String> fromCss = describe(new CssParser().parse(css));
        // An image's address is resolved against the stylesheet's own, which differs by its ending.
        List<String> fromBss = describe(Stylesheet.loadBinary(bss)).stream()
                .map(rule -> rule.replace(bss.toExternalForm(), css.toExternalForm())).toList();

        assertEquals(fromCss.size(), fromBss.size(), name + ".bss has as many rules as " + name + ".css");
        for (int i = 0; i < fromCss.size(); i++) {
            assertEquals(fromCss.get(i), fromBss.get(i), "rule " + (i + 1) + " of " + name);
        }
    }

    /** Each rule as its selectors and, for each property it sets, the plain values in it. */
    private static List<String> describe(Stylesheet sheet) {
        return sheet.getRules().stream().map(BinaryStylesheetTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getSelectors() + " { " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + leaves(d.getParsedValue(), new ArrayList<>())).toList() + " }";
    }

    /**
     * The sizes, colours, names and so on in a parsed value, in order. The two forms nest them
     * differently (the parser keeps some as plain arrays), so only the leaves are compared.
     */
    private static List<String> leaves(Object value, List<String> into) {
        if (value instanceof ParsedValue<?, ?> parsed) {
            leaves(parsed.getValue(), into);
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                leaves(item, into);
            }
        } else if (value != null) {
            into.add(value.toString());
        }
        return into;
    }
}
