package org.stancemap.ui.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stancemap.model.Place;

/**
 * Placing actors on the map while the explainer is edited: the map reports where an author clicked
 * or dropped a badge, and the editor decides what that changes. Neither knows the other; both know
 * this. The map never moves a badge for good by itself: an accepted place is an edit, and the edited
 * explainer is laid out afresh.
 */
public final class MapPicking {

    /** Takes a place the author chose on the map for an actor; false (having said why) when it cannot. */
    @FunctionalInterface
    public interface PlaceTaker {
        boolean take(String actorId, Place place);
    }

    private final ReadOnlyObjectWrapper<String> placing = new ReadOnlyObjectWrapper<>(this, "placing");
    private final ReadOnlyBooleanWrapper dragging = new ReadOnlyBooleanWrapper(this, "dragging", false);
    private PlaceTaker taker = (id, place) -> false;

    /** The actor whose place the next click on the map sets; null when the map is only looked at. */
    public ReadOnlyObjectProperty<String> placingProperty() {
        return placing.getReadOnlyProperty();
    }

    /** The next click on the map places {@code actorId}. */
    public void startPlacing(String actorId) {
        placing.set(actorId);
    }

    public void stopPlacing() {
        placing.set(null);
    }

    /** Whether badges may be dragged to new places (while the editor shows its actors). */
    public ReadOnlyBooleanProperty draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    public void allowDragging(boolean allowed) {
        dragging.set(allowed);
    }

    public void setTaker(PlaceTaker taker) {
        this.taker = taker == null ? (id, place) -> false : taker;
    }

    /** Offers {@code place} for {@code actorId}; true if the editor took it. */
    public boolean offer(String actorId, Place place) {
        return taker.take(actorId, place);
    }
}
