package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancemap.testdata.PseudoLanguage;

class AnalyserLoaderTest {

    /** Stands in for an analyser with the expected factory. */
    public static final class Loadable {
        public static ArticleAnalyser load() {
            return new PatternAnalyser();
        }
    }

    /** A class whose load() gives something else. */
    public static final class NotAnAnalyser {
        public static Object load() {
            return "not one";
        }
    }

    /** A class with no load() at all. */
    public static final class NoFactory {
    }

    /** An analyser whose models cannot be read. */
    public static final class Broken {
        public static ArticleAnalyser load() {
            throw new IllegalStateException("model file is damaged");
        }
    }

    @Test
    void analyserIsFoundByItsNameAndFactory() throws DraftException {
        assertInstanceOf(PatternAnalyser.class, AnalyserLoader.load(Loadable.class.getName()));
    }

    @Test
    void missingAnalyserIsReportedPlainly() {
        DraftException e = assertThrows(DraftException.class, () -> AnalyserLoader.load("org.stancemap.NoSuchThing"));
        assertEquals("drafting is not available in this build: the attribution analyser (org.stancemap.NoSuchThing)"
                + " is missing", e.getMessage());
    }

    @Test
    void analyserThatFailsToLoadSaysWhy() {
        DraftException e = assertThrows(DraftException.class, () -> AnalyserLoader.load(Broken.class.getName()));
        assertEquals("the attribution analyser could not be loaded (IllegalStateException: model file is damaged)",
                e.getMessage());
    }

    @Test
    void everyReasonDraftingIsUnavailableIsInTheBundlesWords() {
        Runnable english = PseudoLanguage.speak();
        try {
            List<String> said = List.of(
                    assertThrows(DraftException.class, () -> AnalyserLoader.load("org.stancemap.NoSuchThing")).getMessage(),
                    assertThrows(DraftException.class, () -> AnalyserLoader.load(NotAnAnalyser.class.getName())).getMessage(),
                    assertThrows(DraftException.class, () -> AnalyserLoader.load(NoFactory.class.getName())).getMessage(),
                    assertThrows(DraftException.class, () -> AnalyserLoader.load(Broken.class.getName())).getMessage());
            for (String message : said) {
                // Class names and the cause's own text are names, not the app's words.
                String left = String.join(" ", PseudoLanguage.untranslated(message))
                        .replace("org.stancemap.NoSuchThing", " ").replace(NotAnAnalyser.class.getName(), " ")
                        .replace(NoFactory.class.getName(), " ").replace("NoSuchMethodException", " ")
                        .replace("IllegalStateException: model file is damaged", " ")
                        .replace(NoFactory.class.getName() + ".load()", " ");
                assertTrue(!PseudoLanguage.hasWord(left), "English of its own: " + message);
            }
        } finally {
            english.run();
        }
    }
}
