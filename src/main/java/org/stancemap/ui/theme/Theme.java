package org.stancemap.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/** Loads the bundled fonts and applies the light or dark theme to a scene. */
public final class Theme {

    private static final Logger LOG = Logger.getLogger(Theme.class.getName());
    private static final List<String> FONTS = List.of("Inter-Regular.otf", "Inter-SemiBold.otf", "Inter-Bold.otf",
            "NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf");
    /**
     * The fonts for other scripts, shared with the handout (see assets/fonts/README.md); each is
     * loaded only when a text in its script is shown, so that Chinese's 4 MB cost nothing otherwise.
     */
    private static final Map<ScriptRuns.Script, List<String>> SCRIPT_FONTS = Map.of(
            ScriptRuns.Script.ARABIC, List.of("/assets/fonts/NotoSansArabic-Regular.ttf",
                    "/assets/fonts/NotoSansArabic-Bold.ttf"),
            ScriptRuns.Script.HEBREW, List.of("/assets/fonts/NotoSansHebrew-Regular.ttf",
                    "/assets/fonts/NotoSansHebrew-Bold.ttf"),
            ScriptRuns.Script.CJK, List.of("/assets/fonts/DroidSansFallbackFull.ttf"),
            ScriptRuns.Script.EMOJI, List.of("/assets/fonts/NotoEmoji-Regular.ttf"));
    private static final String ICON_FONT = "/META-INF/resources/feather/4.28/fonts/feather.ttf";
    private static final String BASE = Theme.class.getResource("stancemap.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("dark.css").toExternalForm();
    /**
     * Primer without the rules of controls the application never makes, which the build writes
     * beside this class (src/build/TrimmedTheme.java): every node new to the CSS pass is matched
     * against every rule, so the full theme's unused half slowed the live window. AtlantaFX's own
     * file when the build step has not run (a bare compile).
     */
    private static final String LIGHT_BASE = trimmedOr("primer-light.css", new PrimerLight().getUserAgentStylesheet());
    private static final String DARK_BASE = trimmedOr("primer-dark.css", new PrimerDark().getUserAgentStylesheet());

    private Theme() {
    }

    private static final java.util.Set<String> LOADED = new java.util.HashSet<>();
    private static final org.stancemap.io.LocalCopies FONT_FILES = new org.stancemap.io.LocalCopies(
            org.stancemap.io.AppFolders.forThisMachine().cache().resolve("fonts"));

    /** Loads the bundled fonts, each once. */
    public static void loadFonts() {
        FONTS.forEach(Theme::loadFont);
    }

    /** Only the two faces the sketch of the window uses, so that the first frame waits for no more. */
    public static void loadSketchFonts() {
        loadFont("Inter-SemiBold.otf");
        loadFont("Inter-Bold.otf");
    }

    /** The Feather icons' font, from the icon pack's jar (see {@link Icon}). */
    static void loadIconFont() {
        loadFont(ICON_FONT);
    }

    /**
     * Loads the bundled fonts that {@link ScriptText} styles runs of {@code script} with: JavaFX falls
     * back only to installed fonts for a character its font lacks (and draws no colour emoji font on
     * Linux), never to the fonts an application loads.
     */
    public static void loadFontsFor(ScriptRuns.Script script) {
        SCRIPT_FONTS.getOrDefault(script, List.of()).forEach(Theme::loadFont);
    }

    private static synchronized void loadFont(String name) {
        if (!LOADED.add(name)) {
            return;
        }
        java.net.URL resource = name.startsWith("/") ? Theme.class.getResource(name)
                : Theme.class.getResource("fonts/" + name);
        if (resource == null) {
            LOG.warning("could not load bundled font " + name);
            return;
        }
        // From a file, which JavaFX reads in place; from the stream only if no file can be had.
        java.util.Optional<java.nio.file.Path> file = FONT_FILES.of(resource);
        if (file.isPresent() && Font.loadFont(file.get().toUri().toString(), 14) != null) {
            return;
        }
        file.ifPresent(FONT_FILES::discard);
        try (InputStream in = resource.openStream()) {
            if (Font.loadFont(in, 14) == null) {
                LOG.warning("could not load bundled font " + name);
            }
        } catch (IOException e) {
            LOG.warning("could not read bundled font " + name);
        }
    }

    /**
     * Makes AtlantaFX's Primer theme, light or dark, the application's base theme. Called before
     * the first control is made, it spares the JavaFX default theme: the first control class to
     * load reads that one unless a theme is already set, only for this one to replace it.
     */
    public static void useBaseTheme(boolean dark) {
        String theme = dark ? DARK_BASE : LIGHT_BASE;
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
    }

    private static String trimmedOr(String name, String full) {
        java.net.URL trimmed = Theme.class.getResource(name);
        return trimmed == null ? full : trimmed.toExternalForm();
    }

    /** The base theme and the app's own stylesheets on {@code scene}, following {@code dark}. */
    public static void apply(Scene scene, ObservableBooleanValue dark) {
        Runnable update = () -> {
            useBaseTheme(dark.get());
            scene.getStylesheets().setAll(dark.get() ? List.of(BASE, DARK) : List.of(BASE));
        };
        update.run();
        dark.addListener((obs, was, now) -> update.run());
    }
}
