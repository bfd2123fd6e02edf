package org.stancemap.ui.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window shows around the map: the article drawer, the side panel, the About overlay
 * (at a glossary term, perhaps), a study view over the map, and how the map is laid out.
 */
public final class PanelState {

    private final ReadOnlyBooleanWrapper readerShown = new ReadOnlyBooleanWrapper(this, "readerShown", true);
    private final ReadOnlyBooleanWrapper sidePanelShown = new ReadOnlyBooleanWrapper(this, "sidePanelShown", true);
    private final ReadOnlyBooleanWrapper aboutShown = new ReadOnlyBooleanWrapper(this, "aboutShown");
    private final ReadOnlyStringWrapper glossaryTerm = new ReadOnlyStringWrapper(this, "glossaryTerm", "");
    private final ReadOnlyObjectWrapper<AppState.StudyPane> studyPane =
            new ReadOnlyObjectWrapper<>(this, "studyPane", AppState.StudyPane.NONE);
    private final ReadOnlyObjectWrapper<LayoutMode> layoutMode =
            new ReadOnlyObjectWrapper<>(this, "layoutMode", LayoutMode.GEOGRAPHIC);

    PanelState() {
    }

    public ReadOnlyBooleanProperty readerShownProperty() {
        return readerShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sidePanelShownProperty() {
        return sidePanelShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty aboutShownProperty() {
        return aboutShown.getReadOnlyProperty();
    }

    /** The glossary term the About overlay marks and scrolls to; empty for none. */
    public ReadOnlyStringProperty glossaryTermProperty() {
        return glossaryTerm.getReadOnlyProperty();
    }

    /** A study view shown over the map, or none. */
    public ReadOnlyObjectProperty<AppState.StudyPane> studyPaneProperty() {
        return studyPane.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode.getReadOnlyProperty();
    }

    public void showReader(boolean shown) {
        readerShown.set(shown);
    }

    public void showSidePanel(boolean shown) {
        sidePanelShown.set(shown);
    }

    public void showAbout() {
        aboutShown.set(true);
    }

    public void closeAbout() {
        aboutShown.set(false);
    }

    /** Opens the glossary at one term. */
    public void showGlossaryTerm(String term) {
        glossaryTerm.set(term);
        aboutShown.set(true);
    }

    /** The About overlay has shown the term asked for; the next ask shows it again. */
    public void glossaryTermShown() {
        glossaryTerm.set("");
    }

    /** Shows a study view over the map (NONE closes it). */
    public void openStudy(AppState.StudyPane pane) {
        studyPane.set(pane);
    }

    public void closeStudy() {
        studyPane.set(AppState.StudyPane.NONE);
    }

    public void showLayout(LayoutMode mode) {
        layoutMode.set(mode);
    }
}
