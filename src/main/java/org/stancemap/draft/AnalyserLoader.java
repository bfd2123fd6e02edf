package org.stancemap.draft;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.stancemap.io.Wording;

/**
 * Finds the attribution analyser that drafts use, {@code org.stancemap.draft.AttributionAnalyser}
 * with its static {@code load()}, by name: a build without it still runs everything else and
 * says plainly that drafting is unavailable rather than writing an empty draft, in the words of the
 * logic's bundle ({@link Wording}).
 */
public final class AnalyserLoader {

    public static final String ANALYSER_CLASS = "org.stancemap.draft.AttributionAnalyser";

    private AnalyserLoader() {
    }

    /** The loaded analyser; {@link DraftException} when it is missing or its models cannot be loaded. */
    public static ArticleAnalyser load() throws DraftException {
        return load(ANALYSER_CLASS);
    }

    static ArticleAnalyser load(String className) throws DraftException {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new DraftException(Wording.format("draft.analyser.missing", className));
        }
        try {
            Method load = type.getMethod("load");
            Object analyser = load.invoke(null);
            if (analyser instanceof ArticleAnalyser ready) {
                return ready;
            }
            throw new DraftException(Wording.format("draft.analyser.notAnalyser", className));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DraftException(Wording.format("draft.analyser.failed", describe(cause)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DraftException(Wording.format("draft.analyser.noLoad", className, describe(e)));
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + message;
    }
}
