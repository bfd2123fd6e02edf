package org.stancemap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.stancemap.ui.theme.Icon;

/** The window's icons are Feather glyphs drawn in the bundled icon font, sized and coloured by the theme. */
class IconsUiTest extends UiTestBase {

    @Test
    void theHeadersIconsAreFeatherGlyphsInTheIconFont() {
        List<Icon> icons = fx(() -> nodesIn(byId("header"), Icon.class));
        assertTrue(icons.size() >= 4, "the header has its icons: " + icons.size());
        for (Icon icon : icons) {
            // A font that failed to load falls back to the system's, which draws these code points as boxes.
            assertEquals("FeatherIcons", fx(() -> icon.getFont().getFamily()), "the font of " + icon);
            String glyph = fx(icon::getText);
            assertEquals(icon.getGlyph().getCode(), glyph.codePointAt(0), "the glyph of " + icon.getGlyph());
            assertTrue(fx(() -> icon.getLayoutBounds().getWidth()) > 4, icon.getGlyph() + " is drawn");
        }
    }

    @Test
    void iconsGrowWithTheTextSizeAndFollowTheTheme() {
        Icon present = fx(() -> nodesIn(byId("present-button"), Icon.class).get(0));
        int normal = fx(present::getIconSize);
        Icon search = fx(() -> nodesIn(byId("header"), Icon.class).stream()
                .filter(icon -> icon.getGlyph() == org.kordamp.ikonli.feather.Feather.SEARCH).findFirst().orElseThrow());
        Paint light = fx(search::getFill);

        fxRun(() -> state.preferences().setTextScale(150));
        waitUntil("at 150 % the icons are the theme's 24 px", () -> fx(present::getIconSize) == 24);
        assertTrue(24 > normal, "larger than at 100 %: " + normal);
        assertEquals(24, fx(() -> present.getFont().getSize()), 0.01, "the glyph is drawn at the icon's size");

        fxRun(() -> state.preferences().setDarkTheme(true));
        waitUntil("the dark theme recolours the search icon", () -> !fx(search::getFill).equals(light));
        assertNotEquals(light, fx(search::getIconColor), "its colour follows the theme's foreground");

        fxRun(() -> {
            state.preferences().setDarkTheme(false);
            state.preferences().setTextScale(100);
        });
        waitUntil("back at 100 % the icons are their own size again", () -> fx(present::getIconSize) == normal);
    }
}
