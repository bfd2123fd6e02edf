package org.stancemap.ui;

/** A view that writes the state's property behind its intents, for ArchitectureTest to catch. */
final class ArchRuleViolations {

    void open(org.stancemap.ui.state.ArchRuleViolations state) {
        state.openProperty().set(true);
    }
}
