package org.stancemap.ui.state;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Positions chosen for a link outside the editor, while it is open: a stance card in the side
 * panel offers "Use in link", and the editor's link form takes the position as the link's first
 * end, then its second. Neither knows the other; both know this.
 */
public final class LinkMaking {

    /** One "Use in link": the position, and a serial so the same one asked twice is heard twice. */
    public record Use(String stanceId, long serial) {
    }

    private final ReadOnlyObjectWrapper<Use> used = new ReadOnlyObjectWrapper<>(this, "used");
    private long serial;

    LinkMaking() {
    }

    /** The last position offered for a link; null before any. */
    public ReadOnlyObjectProperty<Use> usedProperty() {
        return used.getReadOnlyProperty();
    }

    /** Offers the position {@code stanceId} to the link being made. */
    public void use(String stanceId) {
        used.set(new Use(stanceId, ++serial));
    }
}
