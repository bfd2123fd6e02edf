package org.stancemap.ui.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.stancemap.model.Actor;
import org.stancemap.model.Link;

/**
 * What the reader has chosen on the map: an actor, or a link whose two positions are compared (in
 * the panel, or presented full screen), and the link under the pointer. Views read it and ask for
 * changes through its intents; the rules of what gives way to what live here.
 */
public final class SelectionState {

    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(this, "selectedActor");
    private final ReadOnlyObjectWrapper<Link> link = new ReadOnlyObjectWrapper<>(this, "selectedLink");
    private final ReadOnlyObjectWrapper<Link> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredLink");
    private final ReadOnlyBooleanWrapper comparisonPresented = new ReadOnlyBooleanWrapper(this, "comparisonPresented");

    SelectionState() {
    }

    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Link> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Link> hoveredLinkProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Whether the chosen comparison fills the screen for a class; only a chosen comparison can be. */
    public ReadOnlyBooleanProperty comparisonPresentedProperty() {
        return comparisonPresented.getReadOnlyProperty();
    }

    /** Selects an actor and shows its stances; any link selection gives way. */
    public void selectActor(Actor chosen) {
        comparisonPresented.set(false);
        link.set(null);
        actor.set(chosen);
    }

    /** Chooses a link to compare its two positions; none ends a presented comparison too. */
    public void selectLink(Link chosen) {
        link.set(chosen);
        if (chosen == null) {
            comparisonPresented.set(false);
        }
    }

    /** The link under the pointer, or none. */
    public void hover(Link under) {
        hovered.set(under);
    }

    /** Presents the chosen comparison full screen, when one is chosen. */
    public void presentComparison() {
        comparisonPresented.set(link.get() != null);
    }

    /** Back from the full-screen comparison to the one in the panel. */
    public void closeComparison() {
        comparisonPresented.set(false);
    }

    /** Nothing chosen. */
    public void clear() {
        comparisonPresented.set(false);
        link.set(null);
        actor.set(null);
    }

    /** Nothing chosen and nothing under the pointer: the map changes under it. */
    void forget() {
        clear();
        hovered.set(null);
    }
}
