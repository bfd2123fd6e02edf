package org.stancemap.explainer;

import org.stancemap.store.SettingsStore;
import org.stancemap.ui.Messages;

/**
 * Test-only class: explainer loading that reaches a user store and the interface, so that
 * {@code org.stancemap.arch.ArchitectureTest} can prove its floor rules are able to fail.
 */
final class ArchRuleViolations {

    SettingsStore store;
    Messages messages;

    private ArchRuleViolations() {
    }
}
