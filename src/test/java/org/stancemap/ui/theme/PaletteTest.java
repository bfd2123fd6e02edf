package org.stancemap.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The sketch shown as the first frame paints with {@link Palette}; the live window styles itself
 * with the CSS. If they drift apart, the window changes colour as it takes the sketch's place.
 */
class PaletteTest {

    private static final Pattern TOKEN = Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    @Test
    void theLightPaletteIsTheLightThemesTokens() throws IOException {
        assertPaletteIs(Palette.LIGHT, tokens("atlantafx/base/theme/primer-light.css", "org/stancemap/ui/theme/stancemap.css"));
    }

    @Test
    void theDarkPaletteIsTheDarkThemesTokens() throws IOException {
        assertPaletteIs(Palette.DARK, tokens("atlantafx/base/theme/primer-dark.css", "org/stancemap/ui/theme/stancemap.css",
                "org/stancemap/ui/theme/dark.css"));
    }

    private static void assertPaletteIs(Palette palette, Map<String, String> css) {
        assertSame("-sm-bg", palette.bg(), css);
        assertSame("-sm-bg-subtle", palette.bgSubtle(), css);
        assertSame("-sm-fg", palette.fg(), css);
        assertSame("-sm-fg-muted", palette.fgMuted(), css);
        assertSame("-sm-border", palette.border(), css);
        assertSame("-sm-sea", palette.sea(), css);
        assertSame("-sm-land", palette.land(), css);
        assertSame("-sm-land-border", palette.landBorder(), css);
        assertSame("-sm-halo", palette.halo(), css);
        for (int slot = 0; slot < palette.blocs().size(); slot++) {
            assertSame("-bloc-" + slot, palette.blocs().get(slot), css);
            assertSame("-bloc-" + slot + "-ink", palette.blocInks().get(slot), css);
        }
        assertSame("-bloc-neutral", palette.neutral(), css);
        assertSame("-bloc-neutral-ink", palette.neutralInk(), css);
    }

    private static void assertSame(String token, String painted, Map<String, String> css) {
        String value = resolve(token, css);
        assertNotNull(value, token + " is not defined in the theme");
        assertEquals(normal(value), normal(painted), token);
    }

    /** Follows a token that names another token (-sm-bg: -color-bg-default) to its colour. */
    private static String resolve(String token, Map<String, String> css) {
        String value = css.get(token);
        for (int hops = 0; value != null && value.startsWith("-") && hops < 5; hops++) {
            value = css.get(value);
        }
        return value;
    }

    private static String normal(String colour) {
        return colour.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The tokens of the stylesheets in order, later ones overriding earlier (the first definition in each file wins). */
    private static Map<String, String> tokens(String... resources) throws IOException {
        Map<String, String> all = new HashMap<>();
        for (String resource : resources) {
            Map<String, String> here = new HashMap<>();
            try (InputStream in = PaletteTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                Matcher m = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    here.putIfAbsent(m.group(1), m.group(2).trim());
                }
            }
            all.putAll(here);
        }
        return all;
    }
}
