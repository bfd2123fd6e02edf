package org.stancemap.draft;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Finds the attribution analyser that drafts use, {@code org.stancemap.draft.AttributionAnalyser}
 * with its static {@code load()}, by name: a build without it still runs everything else and
 * says plainly that drafting is unavailable rather than writing an empty draft.
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
            throw new DraftException("drafting is not available in this build: the attribution analyser ("
                    + className + ") is missing");
        }
        try {
            Method load = type.getMethod("load");
            Object analyser = load.invoke(null);
            if (analyser instanceof ArticleAnalyser ready) {
                return ready;
            }
            throw new DraftException("drafting is not available in this build: " + className
                    + ".load() does not give an article analyser");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DraftException("the attribution analyser could not be loaded (" + describe(cause) + ")");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new DraftException("drafting is not available in this build: " + className
                    + " has no usable static load() (" + describe(e) + ")");
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").strip();
        return e.getClass().getSimpleName() + message;
    }
}
