package org.stancemap.ui.state;

import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The guided tour as a presenter runs it: whether it is on, the step on screen, a black or white
 * blank, the presenter's console, the display it goes to and the presenter's keys. Steps stay
 * within the open explainer's tour.
 */
public final class PresenterState {

    private final IntSupplier tourSize;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "tourStep", 0);
    private final ReadOnlyObjectWrapper<AppState.Blank> blank =
            new ReadOnlyObjectWrapper<>(this, "blank", AppState.Blank.NONE);
    private final ReadOnlyBooleanWrapper consoleShown = new ReadOnlyBooleanWrapper(this, "consoleShown");
    private final ReadOnlyIntegerWrapper projector = new ReadOnlyIntegerWrapper(this, "projector", -1);
    private final ReadOnlyStringWrapper keys = new ReadOnlyStringWrapper(this, "presenterKeys", "");

    /** {@code tourSize}: the number of steps in the open explainer's tour. */
    PresenterState(IntSupplier tourSize) {
        this.tourSize = tourSize;
    }

    /** True while the guided tour is presented full screen. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The tour step on screen (0-based); kept after the tour ends so Shift+F5 resumes there. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What a presenter has put over the audience's screen: nothing, black or white. */
    public ReadOnlyObjectProperty<AppState.Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty consoleShownProperty() {
        return consoleShown.getReadOnlyProperty();
    }

    /** The display to present on, as an index into the screens; -1 chooses automatically. */
    public ReadOnlyIntegerProperty projectorProperty() {
        return projector.getReadOnlyProperty();
    }

    /** The presenter's key map in its written form; empty means the default keys. */
    public ReadOnlyStringProperty keysProperty() {
        return keys.getReadOnlyProperty();
    }

    /** Shows step {@code index} when the tour has it; any other number is ignored. */
    public void goTo(int index) {
        if (index >= 0 && index < tourSize.getAsInt()) {
            step.set(index);
        }
    }

    /** Moves {@code delta} steps on (or back), stopping at the tour's first and last step; only while presenting. */
    public void stepBy(int delta) {
        int last = tourSize.getAsInt() - 1;
        if (presenting.get() && last >= 0) {
            step.set(Math.max(0, Math.min(last, step.get() + delta)));
        }
    }

    /** Puts a black or white blank up, or takes it down when that one is already up. */
    public void toggleBlank(AppState.Blank colour) {
        blank.set(blank.get() == colour ? AppState.Blank.NONE : colour);
    }

    /** Takes any blank down. */
    public void unblank() {
        blank.set(AppState.Blank.NONE);
    }

    public void toggleConsole() {
        consoleShown.set(!consoleShown.get());
    }

    /** The display to present on; -1 lets the application choose. */
    public void chooseProjector(int index) {
        projector.set(index);
    }

    /** The presenter's keys in their written form (PresenterKeyMap); empty for the defaults. */
    public void useKeys(String written) {
        keys.set(written == null ? "" : written);
    }

    /** Starts at {@code index}, clamped to the tour; the caller has checked the tour is not empty. */
    void start(int index) {
        blank.set(AppState.Blank.NONE);
        step.set(Math.max(0, Math.min(tourSize.getAsInt() - 1, index)));
        presenting.set(true);
    }

    void stop() {
        blank.set(AppState.Blank.NONE);
        consoleShown.set(false);
        presenting.set(false);
    }

    /** Back to the first step, for a new explainer or a fresh start. */
    void rewind() {
        step.set(0);
    }
}
