package org.stancemap.ui.state;

import java.util.EnumSet;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.stancemap.layout.ScreenScale;
import org.stancemap.model.LinkKind;

/**
 * How the reader likes the window: the theme, motion, the text size (with the screen's own
 * enlargement) and which kinds of link the map shows. Kept across runs by whoever saves settings.
 */
public final class PreferenceState {

    /** The text sizes a reader can choose, in percent of normal. */
    public static final List<Integer> TEXT_SCALES = List.of(100, 125, 150, 200);

    private final ReadOnlyBooleanWrapper darkTheme = new ReadOnlyBooleanWrapper(this, "darkTheme");
    private final ReadOnlyBooleanWrapper reduceMotion = new ReadOnlyBooleanWrapper(this, "reduceMotion");
    private final ReadOnlyIntegerWrapper textScale = new ReadOnlyIntegerWrapper(this, "textScale", 100);
    private final ReadOnlyDoubleWrapper screenScale = new ReadOnlyDoubleWrapper(this, "screenScale", 1);
    private final ReadOnlyBooleanWrapper screenScaleOn = new ReadOnlyBooleanWrapper(this, "screenScaleOn", true);
    private final IntegerBinding uiScale = Bindings.createIntegerBinding(
            () -> ScreenScale.step(textScale.get() / 100.0 * (screenScaleOn.get() ? screenScale.get() : 1)),
            textScale, screenScale, screenScaleOn);
    private final ObservableSet<LinkKind> linkKinds = FXCollections.observableSet(EnumSet.allOf(LinkKind.class));
    private final ObservableSet<LinkKind> shownLinkKinds = FXCollections.unmodifiableObservableSet(linkKinds);

    PreferenceState() {
    }

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return darkTheme.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reduceMotionProperty() {
        return reduceMotion.getReadOnlyProperty();
    }

    /** The text size in percent of normal; one of {@link #TEXT_SCALES}. */
    public ReadOnlyIntegerProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    /**
     * How much larger than normal the window's screen asks for (2 on a 3840×2160 screen at 100 %
     * system scaling, 1 on most); see {@link ScreenScale#window}.
     */
    public ReadOnlyDoubleProperty screenScaleProperty() {
        return screenScale.getReadOnlyProperty();
    }

    /** Whether the window follows {@link #screenScaleProperty()}; the reader can turn it off. */
    public ReadOnlyBooleanProperty screenScaleOnProperty() {
        return screenScaleOn.getReadOnlyProperty();
    }

    /**
     * The size the window's text is drawn at, in percent: the chosen text size, times the screen's
     * enlargement when it is on, as one of {@link ScreenScale#STEPS}.
     */
    public IntegerExpression uiScaleProperty() {
        return uiScale;
    }

    /** The kinds of link the map draws; change them with {@link #showLinkKind}. */
    public ObservableSet<LinkKind> visibleLinkKinds() {
        return shownLinkKinds;
    }

    public void setDarkTheme(boolean dark) {
        darkTheme.set(dark);
    }

    public void setReduceMotion(boolean reduce) {
        reduceMotion.set(reduce);
    }

    /** A text size in percent; one that is not among {@link #TEXT_SCALES} is ignored. */
    public void setTextScale(int percent) {
        if (TEXT_SCALES.contains(percent)) {
            textScale.set(percent);
        }
    }

    /** Moves the text size one step up (+1) or down (-1), staying within the steps. */
    public void stepTextScale(int direction) {
        int index = Math.max(0, TEXT_SCALES.indexOf(textScale.get()));
        textScale.set(TEXT_SCALES.get(Math.max(0, Math.min(TEXT_SCALES.size() - 1, index + direction))));
    }

    public void resetTextScale() {
        textScale.set(100);
    }

    /** The screen's enlargement, as the window's screen asks for it. */
    public void setScreenScale(double scale) {
        screenScale.set(scale);
    }

    public void followScreenScale(boolean follow) {
        screenScaleOn.set(follow);
    }

    public void showLinkKind(LinkKind kind, boolean shown) {
        if (shown) {
            linkKinds.add(kind);
        } else {
            linkKinds.remove(kind);
        }
    }
}
