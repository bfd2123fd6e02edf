package org.stancemap.io;

import org.stancemap.explainer.Problem;

/**
 * Test-only class: file plumbing that reaches up to explainer files, so that
 * {@code org.stancemap.arch.ArchitectureTest} can prove its floor rules are able to fail.
 */
final class ArchRuleViolations {

    Problem problem;

    private ArchRuleViolations() {
    }
}
