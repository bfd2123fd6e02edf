package org.stancemap.ui.state;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableSet;
import org.stancemap.edit.WordSelection;
import org.stancemap.layout.BlocPalette;
import org.stancemap.layout.OpeningView;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Span;
import org.stancemap.model.notes.StudyRecord;

/**
 * The one observable state of a window, composed of focused states: the open explainer and the
 * reader's notes here; what is chosen ({@link SelectionState}); the presented tour
 * ({@link PresenterState}); what shows around the map ({@link PanelState}); the reader's
 * preferences ({@link PreferenceState}); the kiosk ({@link KioskState}). Every property a view
 * sees is read-only: views change the state through intents (select, present, blank, …), so the
 * rules live here, and they never call each other. The changes that span several focused states
 * (opening an explainer, presenting, resetting the view) are the methods of this class.
 */
public final class AppState {

    /** A study view shown over the map, or none. */
    public enum StudyPane { NONE, QUIZ, NOTES, HANDOUT }

    /** What a presenter has put over the audience's screen: nothing, black or white. */
    public enum Blank { NONE, BLACK, WHITE }

    /** A short message for the reader (an export finished or failed); a new serial shows it again. */
    public record Notice(String text, boolean problem, long serial) {
    }

    /** The text sizes a reader can choose, in percent of normal. */
    public static final java.util.List<Integer> TEXT_SCALES = PreferenceState.TEXT_SCALES;

    private final ReadOnlyObjectWrapper<Explainer> explainer = new ReadOnlyObjectWrapper<>(this, "explainer");
    private final ReadOnlyObjectWrapper<Optional<Path>> explainerFile =
            new ReadOnlyObjectWrapper<>(this, "explainerFile", Optional.empty());
    private final SelectionState selection = new SelectionState();
    private final PresenterState presenter = new PresenterState(
            () -> explainer.get() == null ? 0 : explainer.get().tour().size());
    private final PanelState panels = new PanelState();
    private final PreferenceState preferences = new PreferenceState();
    private final KioskState kiosk = new KioskState();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ActorColours colours = new ActorColours();
    private final MapPicking mapPicking = new MapPicking();
    private final LinkMaking linkMaking = new LinkMaking();
    private final ReadOnlyObjectWrapper<WordSelection> articleSelection =
            new ReadOnlyObjectWrapper<>(this, "articleSelection");
    private final ReadOnlyObjectWrapper<SpanRequest> spanRequest = new ReadOnlyObjectWrapper<>(this, "spanRequest");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<StudyRecord> studyRecord = new ReadOnlyObjectWrapper<>(this, "studyRecord");
    private final ReadOnlyLongWrapper resetSerial = new ReadOnlyLongWrapper(this, "resetSerial", 0);
    private long spanSerial;
    private long noticeSerial;

    // ---------- The focused states ----------

    public SelectionState selection() {
        return selection;
    }

    public PresenterState presenter() {
        return presenter;
    }

    public PanelState panels() {
        return panels;
    }

    public PreferenceState preferences() {
        return preferences;
    }

    public KioskState kioskMode() {
        return kiosk;
    }

    // ---------- Changes that span several of them ----------

    /** Opens another explainer: the selection and any open overlay belong to the old one, so they go. */
    public void open(Explainer next, Optional<Path> file) {
        colours.open(next);
        show(next, file);
    }

    /**
     * Shows {@code edited}, made by an edit of the explainer on screen (or by undoing one), as
     * {@link #open} does, except that every actor keeps the colour it has on screen
     * ({@link ActorColours}).
     */
    public void showEdit(Explainer edited, Optional<Path> file) {
        colours.edit(edited);
        show(edited, file);
    }

    /** The colours of {@code explainer}'s actors: as on screen, when it is the explainer open. */
    public BlocPalette paletteOf(Explainer explainer) {
        return colours.of(explainer);
    }

    private void show(Explainer next, Optional<Path> file) {
        presenter.rewind();
        panels.closeStudy();
        selection.forget();
        panels.closeAbout();
        explainerFile.set(file);
        // A new explainer opens on its own view; an edit of the one open keeps the reader's.
        if (explainer.get() == null || next == null || !next.id().equals(explainer.get().id())) {
            panels.showLayout(openingMode(next));
        }
        if (explainer.get() == null || !next.article().text().equals(explainer.get().article().text())) {
            articleSelection.set(null);
        }
        explainer.set(next);
    }

    /** Back to how the window first looked: no tour, nothing selected, no overlay, the map fitted. */
    public void resetView() {
        stopPresenting();
        kiosk.attract(false);
        panels.closeAbout();
        panels.closeStudy();
        clearSelection();
        panels.showLayout(openingMode(explainer.get()));
        presenter.rewind();
        resetSerial.set(resetSerial.get() + 1);
    }

    /** Starts presenting at {@code step} (clamped to the tour); nothing happens for an empty tour. */
    public void present(int step) {
        Explainer current = explainer.get();
        if (current == null || current.tour().isEmpty()) {
            return;
        }
        panels.closeAbout();
        selection.forget();
        presenter.start(step);
    }

    public void stopPresenting() {
        presenter.stop();
    }

    /** Moves the presented tour to a step; the selection made by clicking during the previous step gives way. */
    public void goToStep(int step) {
        Explainer current = explainer.get();
        if (current != null && step >= 0 && step < current.tour().size()) {
            clearSelection();
            presenter.goTo(step);
        }
    }

    /** Asks the article reader to show a span (opening the reader if hidden). */
    public void showInArticle(Span span) {
        panels.showReader(true);
        spanRequest.set(new SpanRequest(span, ++spanSerial));
    }

    /** Runs as a public kiosk from now on: the map and its panel, the article closed until asked for. */
    public void enterKiosk() {
        kiosk.enter();
        panels.showReader(false);
        panels.showSidePanel(true);
    }

    /** The kiosk's way home: everything reset, the article closed. */
    public void kioskHome() {
        resetView();
        panels.showReader(false);
    }

    /** The kiosk's attract loop: home, then the tour playing by itself, when there is one. */
    public void startAttract() {
        kioskHome();
        Explainer current = explainer.get();
        if (current != null && !current.tour().isEmpty()) {
            kiosk.attract(true);
            present(0);
        }
    }

    /** The layout an explainer opens on: its map, unless geography says nothing about it. */
    private static LayoutMode openingMode(Explainer explainer) {
        return explainer == null || OpeningView.of(explainer) == OpeningView.View.MAP
                ? LayoutMode.GEOGRAPHIC : LayoutMode.RELATIONS;
    }

    // ---------- The explainer, the reader's notes, notices and editing ----------

    public ReadOnlyObjectProperty<Explainer> explainerProperty() {
        return explainer.getReadOnlyProperty();
    }

    public Explainer getExplainer() {
        return explainer.get();
    }

    public ReadOnlyObjectProperty<Optional<Path>> explainerFileProperty() {
        return explainerFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void notify(String text, boolean problem) {
        notice.set(new Notice(text, problem, ++noticeSerial));
    }

    /** Takes back the problem {@code text} if it is still the one on show: what it named has been put right. */
    public void withdraw(String text) {
        Notice now = notice.get();
        if (now != null && now.problem() && now.text().equals(text)) {
            notice.set(null);
        }
    }

    /** Takes back the notice {@code text}, problem or not, if it is still the one on show: what it asked for has ended. */
    public void withdrawNotice(String text) {
        Notice now = notice.get();
        if (now != null && now.text().equals(text)) {
            notice.set(null);
        }
    }

    /** Counts {@link #resetView()} calls; the map fits itself when it changes. */
    public ReadOnlyLongProperty resetSerialProperty() {
        return resetSerial.getReadOnlyProperty();
    }

    /** The reader's notes, stars and quiz progress for the open explainer; null until loaded. */
    public ReadOnlyObjectProperty<StudyRecord> studyRecordProperty() {
        return studyRecord.getReadOnlyProperty();
    }

    /** The notes loaded for the open explainer, or null while there are none yet. */
    public void useStudyRecord(StudyRecord record) {
        studyRecord.set(record);
    }

    /** Changes the reader's notes; whoever keeps them saves the change. Ignored before they have loaded. */
    public void editStudy(UnaryOperator<StudyRecord> change) {
        if (studyRecord.get() != null) {
            studyRecord.set(change.apply(studyRecord.get()));
        }
    }

    /** True while the explainer editor is open: the article's words can then be selected. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public void setEditing(boolean open) {
        editing.set(open);
    }

    /** Placing actors by clicking the map or dragging badges, while the editor is open. */
    public MapPicking mapPicking() {
        return mapPicking;
    }

    /** Positions offered for a link from the side panel's stance cards, while the editor is open. */
    public LinkMaking linkMaking() {
        return linkMaking;
    }

    /** The words selected in the article while editing, in code points; null when none are. */
    public ReadOnlyObjectProperty<WordSelection> articleSelectionProperty() {
        return articleSelection.getReadOnlyProperty();
    }

    /** Selects words of the article (null for none). */
    public void selectWords(WordSelection words) {
        articleSelection.set(words);
    }

    public ReadOnlyObjectProperty<SpanRequest> spanRequestProperty() {
        return spanRequest.getReadOnlyProperty();
    }

    // ---------- Shortcuts to the focused states, so that callers move over step by step ----------

    public ReadOnlyObjectProperty<Actor> selectedActorProperty() {
        return selection.actorProperty();
    }

    public Actor getSelectedActor() {
        return selection.actorProperty().get();
    }

    /** Selects an actor and shows its stances; any link selection gives way. */
    public void selectActor(Actor actor) {
        selection.selectActor(actor);
    }

    public ReadOnlyObjectProperty<Link> selectedLinkProperty() {
        return selection.linkProperty();
    }

    public Link getSelectedLink() {
        return selection.linkProperty().get();
    }

    public void selectLink(Link link) {
        selection.selectLink(link);
    }

    public ReadOnlyBooleanProperty comparisonPresentedProperty() {
        return selection.comparisonPresentedProperty();
    }

    public void presentComparison() {
        selection.presentComparison();
    }

    public void clearSelection() {
        selection.clear();
    }

    public ReadOnlyObjectProperty<Link> hoveredLinkProperty() {
        return selection.hoveredLinkProperty();
    }

    public ReadOnlyObjectProperty<LayoutMode> layoutModeProperty() {
        return panels.layoutModeProperty();
    }

    public ReadOnlyBooleanProperty readerShownProperty() {
        return panels.readerShownProperty();
    }

    public ReadOnlyBooleanProperty sidePanelShownProperty() {
        return panels.sidePanelShownProperty();
    }

    public ReadOnlyStringProperty glossaryTermProperty() {
        return panels.glossaryTermProperty();
    }

    public void showGlossaryTerm(String term) {
        panels.showGlossaryTerm(term);
    }

    public ReadOnlyBooleanProperty aboutShownProperty() {
        return panels.aboutShownProperty();
    }

    public ReadOnlyObjectProperty<StudyPane> studyPaneProperty() {
        return panels.studyPaneProperty();
    }

    public ReadOnlyBooleanProperty darkThemeProperty() {
        return preferences.darkThemeProperty();
    }

    public ReadOnlyBooleanProperty reduceMotionProperty() {
        return preferences.reduceMotionProperty();
    }

    public ReadOnlyIntegerProperty textScaleProperty() {
        return preferences.textScaleProperty();
    }

    public void stepTextScale(int direction) {
        preferences.stepTextScale(direction);
    }

    public ReadOnlyDoubleProperty screenScaleProperty() {
        return preferences.screenScaleProperty();
    }

    public ReadOnlyBooleanProperty screenScaleOnProperty() {
        return preferences.screenScaleOnProperty();
    }

    public IntegerExpression uiScaleProperty() {
        return preferences.uiScaleProperty();
    }

    /** {@link #uiScaleProperty()} as a factor (1 = normal). */
    public double uiScale() {
        return preferences.uiScaleProperty().get() / 100.0;
    }

    public ObservableSet<LinkKind> visibleLinkKinds() {
        return preferences.visibleLinkKinds();
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenter.presentingProperty();
    }

    public boolean isPresenting() {
        return presenter.presentingProperty().get();
    }

    public ReadOnlyIntegerProperty tourStepProperty() {
        return presenter.stepProperty();
    }

    public ReadOnlyIntegerProperty projectorProperty() {
        return presenter.projectorProperty();
    }

    public ReadOnlyStringProperty presenterKeysProperty() {
        return presenter.keysProperty();
    }

    public ReadOnlyObjectProperty<Blank> blankProperty() {
        return presenter.blankProperty();
    }

    public ReadOnlyBooleanProperty consoleShownProperty() {
        return presenter.consoleShownProperty();
    }

    public ReadOnlyBooleanProperty kioskProperty() {
        return kiosk.kioskProperty();
    }

    public boolean isKiosk() {
        return kiosk.kioskProperty().get();
    }

    public ReadOnlyBooleanProperty attractProperty() {
        return kiosk.attractProperty();
    }
}
