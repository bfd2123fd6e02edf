package org.stancemap.ui.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Whether the window runs as an unattended public kiosk, and whether its attract loop is playing. */
public final class KioskState {

    private final ReadOnlyBooleanWrapper kiosk = new ReadOnlyBooleanWrapper(this, "kiosk");
    private final ReadOnlyBooleanWrapper attract = new ReadOnlyBooleanWrapper(this, "attract");

    KioskState() {
    }

    /** Running unattended on a public screen: no files, menus or settings, and everything reachable by touch. */
    public ReadOnlyBooleanProperty kioskProperty() {
        return kiosk.getReadOnlyProperty();
    }

    /** The kiosk is playing the tour by itself to invite visitors; any touch ends it. */
    public ReadOnlyBooleanProperty attractProperty() {
        return attract.getReadOnlyProperty();
    }

    void enter() {
        kiosk.set(true);
    }

    void attract(boolean playing) {
        attract.set(playing);
    }
}
