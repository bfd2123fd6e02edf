package org.stancemap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule JavaFX cannot parse silently drops every rule after it (a merge once left one brace
 * open and the full-screen comparison lost its type sizes), so each stylesheet must parse cleanly.
 */
class StylesheetParseTest {

    @ParameterizedTest
    @ValueSource(strings = {"stancemap.css", "dark.css"})
    void theStylesheetParsesWithoutAnError(String name) throws IOException {
        URL sheet = getClass().getResource(name);
        assertNotNull(sheet, name);
        CssParser.errorsProperty().clear();
        new CssParser().parse(sheet);
        List<String> errors = CssParser.errorsProperty().stream().map(CssParser.ParseError::toString).toList();
        assertEquals(List.of(), errors, name + " has rules JavaFX cannot read");
    }
}
