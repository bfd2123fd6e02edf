package org.stancemap.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnalyserLoaderTest {

    /** Stands in for an analyser with the expected factory. */
    public static final class Loadable {
        public static ArticleAnalyser load() {
            return new PatternAnalyser();
        }
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
}
