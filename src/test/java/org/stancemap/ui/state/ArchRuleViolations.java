package org.stancemap.ui.state;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A state that hands out a writable property, for ArchitectureTest to catch. */
public final class ArchRuleViolations {

    private final BooleanProperty open = new SimpleBooleanProperty(this, "open");

    public BooleanProperty openProperty() {
        return open;
    }
}
