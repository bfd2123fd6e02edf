package org.stancemap.ui.kiosk;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stancemap.kiosk.IdleSchedule;

/** What the kiosk's own overlay shows: the start card, where the idle cycle is, and the operator's PIN pad. */
final class KioskModel {

    final ObjectProperty<IdleSchedule.State> phase =
            new SimpleObjectProperty<>(this, "phase", IdleSchedule.State.ACTIVE);
    final IntegerProperty secondsLeft = new SimpleIntegerProperty(this, "secondsLeft", 0);
    final BooleanProperty pinShown = new SimpleBooleanProperty(this, "pinShown", false);
    final StringProperty pinMessage = new SimpleStringProperty(this, "pinMessage", "");
    final BooleanProperty pinBusy = new SimpleBooleanProperty(this, "pinBusy", false);
    /** The visitor's start card: shown at start, on "Back to start" and when a visitor ends the attract loop. */
    final BooleanProperty startCardShown = new SimpleBooleanProperty(this, "startCardShown", true);
}
