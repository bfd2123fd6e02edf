package org.stancemap.model;

import com.google.gson.JsonObject;
import javafx.scene.paint.Color;
import org.stancemap.explainer.LoadResult;

/**
 * Test-only class that breaks every layering rule on purpose, so that
 * {@code org.stancemap.arch.ArchitectureTest} can prove its rules are able to fail.
 * It is never imported by the real rules, which only look at main classes.
 */
final class ArchRuleViolations {

    Color colour;
    JsonObject json;
    LoadResult result;

    private ArchRuleViolations() {
    }
}
