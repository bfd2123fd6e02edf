package org.stancemap.ui.state;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Span;

/**
 * The one observable state of a window: the open explainer, what is selected, how the map is laid
 * out and which panels show. Views bind to it and change it; they never call each other.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<Explainer> explainer = new ReadOnlyObjectWrapper<>(this, "explainer");
    private final ReadOnlyObjectWrapper<Optional<Path>> explainerFile =
            new ReadOnlyObjectWrapper<>(this, "explainerFile", Optional.empty());
    private final ObjectProperty<Actor> selectedActor = new SimpleObjectProperty<>(this, "selectedActor");
    private final BooleanProperty editing = new javafx.beans.property.SimpleBooleanProperty(this, "editing");
    private final MapPicking mapPicking = new MapPicking();
    private final ObjectProperty<org.stancemap.edit.WordSelection> articleSelection =
            new SimpleObjectProperty<>(this, "articleSelection");
    private final ObjectProperty<Link> selectedLink = new SimpleObjectProperty<>(this, "selectedLink");
    private final ObjectProperty<Link> hoveredLink = new SimpleObjectProperty<>(this, "hoveredLink");
    private final ReadOnlyObjectWrapper<SpanRequest> spanRequest = new ReadOnlyObjectWrapper<>(this, "spanRequest");
    private final ObjectProperty<LayoutMode> layoutMode =
            new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.GEOGRAPHIC);
    private final BooleanProperty readerShown = new SimpleBooleanProperty(this, "readerShown", true);
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(this, "sidePanelShown", true);
    private final BooleanProperty aboutShown = new SimpleBooleanProperty(this, "aboutShown", false);
    private final BooleanProperty comparisonPresented = new SimpleBooleanProperty(this, "comparisonPresented", false);
    private final javafx.beans.property.StringProperty glossaryTerm =
            new javafx.beans.property.SimpleStringProperty(this, "glossaryTerm", "");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final BooleanProperty reduceMotion = new SimpleBooleanProperty(this, "reduceMotion", false);
    private final javafx.beans.property.IntegerProperty textScale =
            new javafx.beans.property.SimpleIntegerProperty(this, "textScale", 100);
    private final javafx.beans.property.DoubleProperty screenScale =
            new javafx.beans.property.SimpleDoubleProperty(this, "screenScale", 1);
    private final BooleanProperty screenScaleOn = new SimpleBooleanProperty(this, "screenScaleOn", true);
    private final javafx.beans.binding.IntegerBinding uiScale = javafx.beans.binding.Bindings.createIntegerBinding(
            () -> org.stancemap.layout.ScreenScale.step(textScale.get() / 100.0
                    * (screenScaleOn.get() ? screenScale.get() : 1)), textScale, screenScale, screenScaleOn);
    private final ObservableSet<LinkKind> visibleLinkKinds =
            FXCollections.observableSet(EnumSet.allOf(LinkKind.class));
    private final BooleanProperty presenting = new SimpleBooleanProperty(this, "presenting", false);
    private final javafx.beans.property.IntegerProperty tourStep =
            new javafx.beans.property.SimpleIntegerProperty(this, "tourStep", 0);
    private final ObjectProperty<Blank> blank = new SimpleObjectProperty<>(this, "blank", Blank.NONE);
    private final BooleanProperty consoleShown = new SimpleBooleanProperty(this, "consoleShown", false);
    private final javafx.beans.property.IntegerProperty projector =
            new javafx.beans.property.SimpleIntegerProperty(this, "projector", -1);
    private final javafx.beans.property.StringProperty presenterKeys =
            new javafx.beans.property.SimpleStringProperty(this, "presenterKeys", "");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObjectProperty<StudyPane> studyPane = new SimpleObjectProperty<>(this, "studyPane", StudyPane.NONE);
    private final BooleanProperty kiosk = new SimpleBooleanProperty(this, "kiosk", false);
    private final BooleanProperty attract = new SimpleBooleanProperty(this, "attract", false);
    private final ObjectProperty<org.stancemap.model.notes.StudyRecord> studyRecord =
            new SimpleObjectProperty<>(this, "studyRecord");
    private long spanSerial;
    private long noticeSerial;
    private final javafx.beans.property.ReadOnlyLongWrapper resetSerial =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "resetSerial", 0);

    /** A study view shown over the map, or none. */
    public enum StudyPane { NONE, QUIZ, NOTES, HANDOUT }

    /** A short message for the reader (an export finished or failed); a new serial shows it again. */
    public record Notice(String text, boolean problem, long serial) {
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void notify(String text, boolean problem) {
        notice.set(new Notice(text, problem, ++noticeSerial));
    }

    /** Running unattended on a public screen: no files, menus or settings, and everything reachable by touch. */
    public BooleanProperty kioskProperty() {
        return kiosk;
    }

    public boolean isKiosk() {
        return kiosk.get();
    }

    /** The kiosk is playing the tour by itself to invite visitors; any touch ends it. */
    public BooleanProperty attractProperty() {
        return attract;
    }

    /** Back to how the window first looked: no tour, nothing selected, no overlay, the map fitted. */
    public void resetView() {
        stopPresenting();
        attract.set(false);
        aboutShown.set(false);
        studyPane.set(StudyPane.NONE);
        clearSelection();
        layoutMode.set(openingMode(explainer.get()));
        tourStep.set(0);
        resetSerial.set(resetSerial.get() + 1);
    }

    /** Counts {@link #resetView()} calls; the map fits itself when it changes. */
    public javafx.beans.property.ReadOnlyLongProperty resetSerialProperty() {
        return resetSerial.getReadOnlyProperty();
    }

    /** The reader's notes, stars and quiz progress for the open explainer; null until loaded. */
    public ObjectProperty<org.stancemap.model.notes.StudyRecord> studyRecordProperty() {
        return studyRecord;
    }

    /** Changes the reader's notes; whoever keeps them saves the change. Ignored before they have loaded. */
    public void editStudy(java.util.function.UnaryOperator<org.stancemap.model.notes.StudyRecord> change) {
        if (studyRecord.get() != null) {
            studyRecord.set(change.apply(studyRecord.get()));
        }
    }

    public ObjectProperty<StudyPane> studyPaneProperty() {
        return studyPane;
    }

    /** What a presenter has put over the audience's screen: nothing, black or white. */
    public enum Blank { NONE, BLACK, WHITE }

    public ReadOnlyObjectProperty<Explainer> explainerProperty() {
        return explainer.getReadOnlyProperty();
    }

    public Explainer getExplainer() {
        return explainer.get();
    }

    public ReadOnlyObjectProperty<Optional<Path>> explainerFileProperty() {
        return explainerFile.getReadOnlyProperty();
    }

    /** Opens another explainer: the selection and any open overlay belong to the old one, so they go. */
    public void open(Explainer next, Optional<Path> file) {
        tourStep.set(0);
        studyPane.set(StudyPane.NONE);
        selectedLink.set(null);
        selectedActor.set(null);
        hoveredLink.set(null);
        aboutShown.set(false);
        explainerFile.set(file);
        // A new explainer opens on its own view; an edit of the one open keeps the reader's.
        if (explainer.get() == null || next == null || !next.id().equals(explainer.get().id())) {
            layoutMode.set(openingMode(next));
        }
        if (explainer.get() == null || !next.article().text().equals(explainer.get().article().text())) {
            articleSelection.set(null);
        }
        explainer.set(next);
    }

    /** Placing actors by clicking the map or dragging badges, while the editor is open. */
    public MapPicking mapPicking() {
        return mapPicking;
    }

    /** True while the explainer editor is open: the article's words can then be selected. */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** The words selected in the article while editing, in code points; null when none are. */
    public ObjectProperty<org.stancemap.edit.WordSelection> articleSelectionProperty() {
        return articleSelection;
    }

    /** The layout an explainer opens on: its map, unless geography says nothing about it. */
    private static LayoutMode openingMode(Explainer explainer) {
        return explainer == null || org.stancemap.layout.OpeningView.of(explainer) == org.stancemap.layout.OpeningView.View.MAP
                ? LayoutMode.GEOGRAPHIC : LayoutMode.RELATIONS;
    }

    public ObjectProperty<Actor> selectedActorProperty() {
        return selectedActor;
    }

    public Actor getSelectedActor() {
        return selectedActor.get();
    }

    /** Selects an actor and shows its stances; any link selection gives way. */
    public void selectActor(Actor actor) {
        comparisonPresented.set(false);
        selectedLink.set(null);
        selectedActor.set(actor);
    }

    public ObjectProperty<Link> selectedLinkProperty() {
        return selectedLink;
    }

    public Link getSelectedLink() {
        return selectedLink.get();
    }

    public void selectLink(Link link) {
        selectedLink.set(link);
        if (link == null) {
            comparisonPresented.set(false);
        }
    }

    /**
     * Whether the chosen comparison fills the screen for a class; Esc returns to it in the panel.
     * Only a chosen comparison can be presented.
     */
    public BooleanProperty comparisonPresentedProperty() {
        return comparisonPresented;
    }

    /** Presents the chosen comparison full screen, when one is chosen. */
    public void presentComparison() {
        comparisonPresented.set(selectedLink.get() != null);
    }

    public void clearSelection() {
        comparisonPresented.set(false);
        selectedLink.set(null);
        selectedActor.set(null);
    }

    public ObjectProperty<Link> hoveredLinkProperty() {
        return hoveredLink;
    }

    public ReadOnlyObjectProperty<SpanRequest> spanRequestProperty() {
        return spanRequest.getReadOnlyProperty();
    }

    /** Asks the article reader to show a span (opening the reader if hidden). */
    public void showInArticle(Span span) {
        readerShown.set(true);
        spanRequest.set(new SpanRequest(span, ++spanSerial));
    }

    public ObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode;
    }

    public BooleanProperty readerShownProperty() {
        return readerShown;
    }

    public BooleanProperty sidePanelShownProperty() {
        return sidePanelShown;
    }

    /** The glossary term the About overlay marks and scrolls to; empty for none. */
    public javafx.beans.property.StringProperty glossaryTermProperty() {
        return glossaryTerm;
    }

    /** Opens the glossary at one term. */
    public void showGlossaryTerm(String term) {
        glossaryTerm.set(term);
        aboutShown.set(true);
    }

    public BooleanProperty aboutShownProperty() {
        return aboutShown;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }

    /** The text size in percent of normal; one of {@link #TEXT_SCALES}. */
    public javafx.beans.property.IntegerProperty textScaleProperty() {
        return textScale;
    }

    public static final java.util.List<Integer> TEXT_SCALES = java.util.List.of(100, 125, 150, 200);

    /** Moves the text size one step up (+1) or down (-1), staying within the steps. */
    public void stepTextScale(int direction) {
        int index = Math.max(0, TEXT_SCALES.indexOf(textScale.get()));
        int next = Math.max(0, Math.min(TEXT_SCALES.size() - 1, index + direction));
        textScale.set(TEXT_SCALES.get(next));
    }

    /**
     * How much larger than normal the window's screen asks for (2 on a 3840×2160 screen at 100 %
     * system scaling, 1 on most); see {@link org.stancemap.layout.ScreenScale#window}.
     */
    public javafx.beans.property.DoubleProperty screenScaleProperty() {
        return screenScale;
    }

    /** Whether the window follows {@link #screenScaleProperty()}; the reader can turn it off. */
    public BooleanProperty screenScaleOnProperty() {
        return screenScaleOn;
    }

    /**
     * The size the window's text is drawn at, in percent: the chosen text size, times the screen's
     * enlargement when it is on, as one of {@link org.stancemap.layout.ScreenScale#STEPS}.
     */
    public javafx.beans.binding.IntegerExpression uiScaleProperty() {
        return uiScale;
    }

    /** {@link #uiScaleProperty()} as a factor (1 = normal). */
    public double uiScale() {
        return uiScale.get() / 100.0;
    }

    /** True while the guided tour is presented full screen. */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** The tour step on screen (0-based); kept after the tour ends so Shift+F5 resumes there. */
    public javafx.beans.property.IntegerProperty tourStepProperty() {
        return tourStep;
    }

    /** The display to present on, as an index into the screens; -1 chooses automatically. */
    public javafx.beans.property.IntegerProperty projectorProperty() {
        return projector;
    }

    /** The presenter's key map in its written form; empty means the default keys. */
    public javafx.beans.property.StringProperty presenterKeysProperty() {
        return presenterKeys;
    }

    public ObjectProperty<Blank> blankProperty() {
        return blank;
    }

    public BooleanProperty consoleShownProperty() {
        return consoleShown;
    }

    /** Starts presenting at {@code step} (clamped to the tour); nothing happens for an empty tour. */
    public void present(int step) {
        Explainer current = explainer.get();
        if (current == null || current.tour().isEmpty()) {
            return;
        }
        aboutShown.set(false);
        hoveredLink.set(null);
        selectedLink.set(null);
        selectedActor.set(null);
        blank.set(Blank.NONE);
        tourStep.set(Math.max(0, Math.min(current.tour().size() - 1, step)));
        presenting.set(true);
    }

    public void stopPresenting() {
        blank.set(Blank.NONE);
        consoleShown.set(false);
        presenting.set(false);
    }

    public ObservableSet<LinkKind> visibleLinkKinds() {
        return visibleLinkKinds;
    }
}
