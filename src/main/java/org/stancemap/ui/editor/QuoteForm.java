package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.stancemap.edit.AddQuote;
import org.stancemap.edit.Edit;
import org.stancemap.edit.EditSequence;
import org.stancemap.edit.ItemEdits;
import org.stancemap.edit.NewIds;
import org.stancemap.edit.WordSelection;
import org.stancemap.model.Actor;
import org.stancemap.model.ActorKind;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.Stance;
import org.stancemap.model.Status;
import org.stancemap.ui.Messages;

/**
 * Making a quote from the words selected in the article: who says them (an actor picked by typing
 * a few letters, or a new one named by the text typed), which of their positions they back (or a
 * new one, with its one-line summary), and whether the article quotes them directly or reports
 * them. A repeat or an overlap with another quote is refused, with the reason shown here.
 */
final class QuoteForm extends VBox {

    private final EditSession session;
    private final Label selection = id(new Label(), "editor-quote-selection");
    private final TextField find = id(new TextField(), "editor-quote-find");
    private final TextField speaker = id(new TextField(), "editor-quote-speaker");
    private final ComboBox<ActorKind> newKind = id(new ComboBox<>(FXCollections.observableArrayList(ActorKind.values())),
            "editor-quote-new-kind");
    private final ComboBox<StanceChoice> stance = id(new ComboBox<>(), "editor-quote-stance");
    private final TextField summary = id(new TextField(), "editor-quote-summary");
    private final RadioButton direct = id(new RadioButton(Messages.get("editor.quote.direct")), "editor-quote-direct");
    private final RadioButton reported = id(new RadioButton(Messages.get("editor.quote.reported")), "editor-quote-reported");
    private final Label newActorNote = id(new Label(), "editor-quote-new-actor");
    private final Label refusal = id(new Label(), "editor-quote-refusal");
    private final FormChecks checks = new FormChecks();
    /** The position the last quote went to: the next quote of the same speaker most likely backs it too. */
    private Optional<String> lastStanceId = Optional.empty();
    /** What the Find field held when its words were found; null once the author edits it again. */
    private String foundSearch;

    /** A position to add the quote to, or none: a new position. */
    record StanceChoice(Optional<Stance> stance, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    QuoteForm(EditSession session) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-quote-form");
        selection.setWrapText(true);
        selection.getStyleClass().add("editor-quote-selection");
        find.setPromptText(Messages.get("editor.quote.find.prompt"));
        find.setOnAction(e -> findNext());
        find.textProperty().addListener((obs, was, now) -> {
            if (!now.equals(foundSearch)) {
                foundSearch = null;
            }
        });
        speaker.setPromptText(Messages.get("editor.quote.speaker.prompt"));
        // ControlsFX type-ahead: the actors whose name holds what is typed.
        TypeAhead.themed(TextFields.bindAutoCompletion(speaker, request -> actorNames(request.getUserText())));
        speaker.textProperty().addListener((obs, was, now) -> speakerChanged());
        newKind.setValue(ActorKind.PERSON);
        newKind.setConverter(EditorText.kinds());
        stance.valueProperty().addListener((obs, was, now) -> summary.setDisable(now != null && now.stance().isPresent()));
        summary.setPromptText(Messages.get("editor.summary.prompt"));
        ToggleGroup delivery = new ToggleGroup();
        direct.setToggleGroup(delivery);
        reported.setToggleGroup(delivery);
        direct.setSelected(true);
        newActorNote.setWrapText(true);
        newActorNote.getStyleClass().add("editor-hint");
        newActorNote.managedProperty().bind(newActorNote.textProperty().isNotEmpty());
        refusal.setWrapText(true);
        refusal.getStyleClass().add("editor-refusal");
        refusal.textProperty().bind(session.refusalProperty());
        refusal.visibleProperty().bind(session.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());

        HBox findRow = EditorControls.row(find, button("editor-quote-find-next", "editor.quote.find", "Enter", this::findNext));
        FlowPane fromSelection = new FlowPane(button("editor-quote-speaker-from-selection", "editor.quote.speakerFromSelection",
                null, this::speakerFromSelection));
        fromSelection.getStyleClass().add("editor-buttons");
        // Side by side while they fit, one under the other at large text sizes.
        FlowPane deliveryRow = new FlowPane(direct, reported);
        deliveryRow.getStyleClass().add("editor-buttons");
        FlowPane actions = new FlowPane(button("editor-quote-add", "editor.quote.add", "Ctrl+Enter", this::addQuote));
        actions.getStyleClass().add("editor-buttons");
        getChildren().addAll(EditorControls.hint("editor.quote.hint"), labelled("editor.quote.find.label", find, findRow),
                selection, EditorControls.withNote(labelled("editor.quote.speaker", speaker),
                        checks.require(speaker, "editor.quote.refused.noSpeaker")), fromSelection, newActorNote,
                labelled("editor.quote.newKind", newKind), labelled("editor.quote.stance", stance),
                EditorControls.withNote(labelled("editor.quote.summary", summary),
                        checks.require(summary, "editor.quote.refused.noSummary", this::forNewPosition)), deliveryRow, actions, refusal);
        session.state().articleSelectionProperty().addListener((obs, was, now) -> selectionChanged(now));
        session.onChange(now -> speakerChanged());
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                addQuote();
                e.consume();
            }
        });
        selectionChanged(session.state().articleSelectionProperty().get());
        speakerChanged();
    }

    /**
     * True when {@code target} is the Find field and its words were just found in the article: its
     * search is done, so the Quote key quotes them rather than being typed after them.
     */
    boolean holdsFoundWords(Object target) {
        WordSelection at = session.state().articleSelectionProperty().get();
        return target == find && foundSearch != null && at != null && !at.isEmpty();
    }

    /** Puts the keyboard on the speaker, ready to type a name. */
    void focusSpeaker() {
        speaker.requestFocus();
    }

    /** As {@link #focusSpeaker}, for a form just docked, whose field may not be in the window yet. */
    void focusSpeakerWhenShown() {
        org.stancemap.ui.FocusLater.request(speaker);
    }

    private List<String> actorNames(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return session.current().actors().stream().map(Actor::name)
                .filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted)).sorted().toList();
    }

    private Optional<Actor> chosenActor() {
        String name = speaker.getText().strip();
        return session.current().actors().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    private void speakerChanged() {
        Optional<Actor> actor = chosenActor();
        List<StanceChoice> choices = new ArrayList<>();
        choices.add(new StanceChoice(Optional.empty(), Messages.get("editor.quote.stance.new")));
        actor.ifPresent(a -> session.current().stancesOf(a.id()).forEach(s ->
                choices.add(new StanceChoice(Optional.of(s), s.summary()))));
        StanceChoice was = stance.getValue();
        Optional<String> wanted = lastStanceId.or(() -> Optional.ofNullable(was).flatMap(StanceChoice::stance).map(Stance::id));
        stance.getItems().setAll(choices);
        stance.setValue(choices.stream().filter(c -> c.stance().map(Stance::id).equals(wanted)).findFirst()
                .orElse(choices.get(choices.size() > 1 ? 1 : 0)));
        boolean isNew = actor.isEmpty() && !speaker.getText().isBlank();
        newActorNote.setText(isNew ? Messages.format("editor.quote.newActor", speaker.getText().strip()) : "");
        newKind.setDisable(!isNew);
    }

    private void selectionChanged(WordSelection now) {
        Explainer explainer = session.current();
        if (now == null || now.isEmpty() || explainer == null) {
            selection.setText(Messages.get("editor.quote.noSelection"));
            return;
        }
        CodePointIndex text = CodePointIndex.of(explainer.article().text());
        String words = text.slice(now.start(), now.end());
        selection.setText(Messages.format("editor.quote.selected", explainer.article().paragraphNumberAt(now.start()), words));
        boolean inMarks = now.start() > 0 && isQuoteMark(text.slice(now.start() - 1, now.start()))
                || now.end() < text.length() && isQuoteMark(text.slice(now.end(), now.end() + 1));
        (inMarks ? direct : reported).setSelected(true);
    }

    private static boolean isQuoteMark(String c) {
        return "“”\"‘’«»".contains(c);
    }

    private void findNext() {
        Explainer explainer = session.current();
        WordSelection at = session.state().articleSelectionProperty().get();
        WordSelection.find(CodePointIndex.of(explainer.article().text()), find.getText(), at == null ? 0 : at.end())
                .ifPresentOrElse(found -> {
                    session.state().selectWords(found);
                    foundSearch = find.getText();
                    session.state().showInArticle(new org.stancemap.model.Span(found.start(), found.end(), ""));
                }, () -> session.state().notify(Messages.format("editor.quote.notFound", find.getText().strip()), true));
    }

    private void speakerFromSelection() {
        WordSelection at = session.state().articleSelectionProperty().get();
        if (at != null && !at.isEmpty()) {
            speaker.setText(CodePointIndex.of(session.current().article().text()).slice(at.start(), at.end()));
            speaker.requestFocus();
        }
    }

    private void addQuote() {
        WordSelection at = session.state().articleSelectionProperty().get();
        Explainer explainer = session.current();
        if (at == null || at.isEmpty()) {
            refuse(Messages.get("editor.quote.refused.noSelection"));
            return;
        }
        Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            refuse(missing.get());
            return;
        }
        Optional<Stance> existing = Optional.ofNullable(stance.getValue()).flatMap(StanceChoice::stance);
        List<Edit> edits = new ArrayList<>();
        String actorId;
        Optional<Actor> actor = chosenActor();
        if (actor.isPresent()) {
            actorId = actor.get().id();
        } else {
            String name = speaker.getText().strip();
            actorId = NewIds.forActor(explainer, name);
            edits.add(ItemEdits.addActor(new Actor(actorId, name, newKind.getValue(), "", List.of(),
                    Optional.empty(), Status.CONFIRMED)));
        }
        Delivery delivery = direct.isSelected() ? Delivery.DIRECT : Delivery.REPORTED;
        String newStanceId = NewIds.forStance(explainer, actorId);
        edits.add(new AddQuote(actorId, existing.map(Stance::id), newStanceId,
                summary.getText().strip(), at.start(), at.end(), delivery));
        lastStanceId = Optional.of(existing.map(Stance::id).orElse(newStanceId));
        if (session.apply(new EditSequence(Messages.get("editor.quote.edit"), edits))) {
            session.current().actor(actorId).ifPresent(session.state()::selectActor);
            session.state().selectWords(null);
            summary.clear();
            checks.conceal();
        }
    }

    /** The quote starts a new position, which then needs its summary. */
    private boolean forNewPosition() {
        return stance.getValue() == null || stance.getValue().stance().isEmpty();
    }

    private void refuse(String reason) {
        session.refuse(reason);
    }
}
