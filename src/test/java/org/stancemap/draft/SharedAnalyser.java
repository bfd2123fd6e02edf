package org.stancemap.draft;

/** One analyser for all draft tests: loading the models once keeps the suite quick. */
final class SharedAnalyser {

    private static AttributionAnalyser analyser;

    private SharedAnalyser() {
    }

    static synchronized AttributionAnalyser get() {
        if (analyser == null) {
            analyser = AttributionAnalyser.load();
        }
        return analyser;
    }
}
