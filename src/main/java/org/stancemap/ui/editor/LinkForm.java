package org.stancemap.ui.editor;

import static org.stancemap.ui.editor.EditorControls.button;
import static org.stancemap.ui.editor.EditorControls.id;
import static org.stancemap.ui.editor.EditorControls.labelled;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.stancemap.edit.EditSequence;
import org.stancemap.edit.ItemRef;
import org.stancemap.edit.LinkEdits;
import org.stancemap.edit.NewIds;
import org.stancemap.edit.Review;
import org.stancemap.edit.WordSelection;
import org.stancemap.model.CodePointIndex;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.LinkKind;
import org.stancemap.model.Quote;
import org.stancemap.model.Span;
import org.stancemap.model.Stance;
import org.stancemap.ui.Messages;

/**
 * The links between positions: choose two (here, or two ticked in the positions list), say whether
 * the first opposes, supports or responds to the second, and explain why; the explanation offers
 * the paragraph numbers of both positions' quotes, and the words selected in the article become its
 * evidence. R turns the chosen link round.
 */
final class LinkForm extends VBox {

    private final EditSession session;
    private final ListView<Link> list = id(new ListView<>(), "editor-link-list");
    private final ComboBox<Stance> from = id(new ComboBox<>(), "editor-link-from");
    private final ComboBox<Stance> to = id(new ComboBox<>(), "editor-link-to");
    private final ComboBox<LinkKind> kind = id(new ComboBox<>(FXCollections.observableArrayList(LinkKind.values())),
            "editor-link-kind");
    private final TextArea explanation = id(new TextArea(), "editor-link-explanation");
    private final FlowPane cite = id(new FlowPane(), "editor-link-cite");
    private final Label evidence = id(new Label(), "editor-link-evidence-shown");
    private final List<Span> evidenceSpans = new ArrayList<>();
    private final FormChecks checks = new FormChecks();
    private final LinkPicker picker;
    /** What each link's row reads, by link id; no two rows alike. */
    private java.util.Map<String, String> lines = java.util.Map.of();
    /** A position came from the panel's "Use in link" and the next one there is the link's second. */
    private boolean awaitingSecond;

    LinkForm(EditSession session) {
        this.session = session;
        getStyleClass().addAll("editor-form", "editor-link-form");
        EditorControls.itemList(list, "editor.link.list", this::deleteChosen, null);
        list.setCellFactory(view -> new LinkCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> chosen(now));
        from.setConverter(EditorText.converter(s -> s == null ? "" : EditorText.stance(session.current(), s)));
        to.setConverter(EditorText.converter(s -> s == null ? "" : EditorText.stance(session.current(), s)));
        from.valueProperty().addListener((obs, was, now) -> offerParagraphs());
        to.valueProperty().addListener((obs, was, now) -> offerParagraphs());
        kind.setConverter(EditorText.linkKinds());
        kind.setValue(LinkKind.OPPOSES);
        explanation.setWrapText(true);
        explanation.setPromptText(Messages.get("editor.link.explanation.prompt"));
        cite.getStyleClass().add("editor-buttons");
        evidence.setWrapText(true);
        evidence.getStyleClass().add("editor-hint");

        FlowPane evidenceRow = new FlowPane(
                button("editor-link-evidence-add", "editor.link.evidence.add", null, this::addSelectionAsEvidence),
                button("editor-link-evidence-clear", "editor.link.evidence.clear", null, () -> setEvidence(List.of())));
        evidenceRow.getStyleClass().add("editor-buttons");
        picker = new LinkPicker(session, first -> {
            awaitingSecond = false;
            list.getSelectionModel().clearSelection();
            from.setValue(first);
            to.setValue(null);
        }, this::start);
        FlowPane pickRow = new FlowPane(picker.toggle(),
                button("editor-link-swap", "editor.link.swap", "R", this::swapEnds));
        pickRow.getStyleClass().add("editor-buttons");
        FlowPane actions = new FlowPane(
                button("editor-link-add", "editor.link.add", "Ctrl+Enter", this::addLink),
                button("editor-link-apply", "editor.link.apply", null, this::applyChanges),
                button("editor-link-reverse", "editor.link.reverse", "R", this::reverseChosen),
                button("editor-link-delete", "editor.link.delete", "Delete", this::deleteChosen));
        actions.getStyleClass().add("editor-buttons");
        getChildren().addAll(labelled("editor.link.list", list), pickRow, picker.hint(), labelled("editor.link.from", from), labelled("editor.link.kind", kind),
                labelled("editor.link.to", to), EditorControls.withNote(labelled("editor.link.explanation", explanation),
                        checks.require(explanation, "editor.link.refused.noExplanation")), cite, evidence, evidenceRow, actions);
        list.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.R && !e.isShortcutDown()) {
                reverseChosen();
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.R && !e.isShortcutDown() && !e.isAltDown() && e.getTarget() != list
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                swapEnds();
                e.consume();
            }
        });
        EditorControls.appliesOnCtrlEnter(this, this::addLink);
        session.onChange(this::refresh);
        refresh(session.current());
    }

    /**
     * A position offered by "Use in link" on a stance card: the first end of a new link, or, when
     * a first is waiting, the second, and the keyboard goes to the kind of link.
     */
    void use(Stance stance) {
        picker.cancel();
        Stance first = from.getValue();
        if (awaitingSecond && first != null && !first.id().equals(stance.id())) {
            start(first, stance);
            return;
        }
        list.getSelectionModel().clearSelection();
        from.setValue(stance);
        to.setValue(null);
        awaitingSecond = true;
        String name = session.current().holderOf(stance.id()).map(org.stancemap.model.Actor::name).orElse(stance.id());
        picker.tell(Messages.format("editor.link.use.second", name));
    }

    /** Starts a new link between two positions chosen elsewhere (the positions list). */
    void start(Stance first, Stance second) {
        awaitingSecond = false;
        picker.cancel();
        list.getSelectionModel().clearSelection();
        from.setValue(first);
        to.setValue(second);
        explanation.clear();
        setEvidence(List.of());
        checks.conceal();
        // After the click that chose the second actor has put the keyboard on its badge.
        javafx.application.Platform.runLater(kind::requestFocus);
    }

    /** The links are on screen (true) or not: only then does Ctrl+M pick two positions on the map. */
    void shown(boolean now) {
        picker.shown(now);
    }

    /**
     * R: the link's direction the other way round. A link in the list is reversed (an edit); two
     * positions not yet linked swap places in the form.
     */
    private void swapEnds() {
        Link link = list.getSelectionModel().getSelectedItem();
        if (link != null) {
            reverseChosen();
            return;
        }
        Stance first = from.getValue();
        from.setValue(to.getValue());
        to.setValue(first);
    }

    private void refresh(Explainer explainer) {
        String chosenId = Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(Link::id).orElse(null);
        String fromId = Optional.ofNullable(from.getValue()).map(Stance::id).orElse(null);
        String toId = Optional.ofNullable(to.getValue()).map(Stance::id).orElse(null);
        lines = EditorText.linkLines(explainer);
        list.getItems().setAll(explainer.links());
        from.getItems().setAll(explainer.stances());
        to.getItems().setAll(explainer.stances());
        from.setValue(fromId == null ? null : explainer.stance(fromId).orElse(null));
        to.setValue(toId == null ? null : explainer.stance(toId).orElse(null));
        if (chosenId != null) {
            explainer.link(chosenId).ifPresent(list.getSelectionModel()::select);
        }
    }

    private void chosen(Link link) {
        if (link == null) {
            return;
        }
        awaitingSecond = false;
        Explainer explainer = session.current();
        from.setValue(explainer.stance(link.fromStanceId()).orElse(null));
        to.setValue(explainer.stance(link.toStanceId()).orElse(null));
        kind.setValue(link.kind());
        explanation.setText(link.explanation());
        setEvidence(link.evidence());
        checks.conceal();
        session.state().selectLink(link);
    }

    /** The paragraph numbers of both positions' quotes, each a button that cites it in the explanation. */
    private void offerParagraphs() {
        cite.getChildren().clear();
        Explainer explainer = session.current();
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        for (Stance stance : java.util.Arrays.asList(from.getValue(), to.getValue())) {
            if (stance != null) {
                stance.quotes().forEach(q -> numbers.add(explainer.article().paragraphNumberAt(q.span().start())));
            }
        }
        for (int number : numbers) {
            Button button = button("editor-link-cite-" + number, "editor.link.cite", null, () -> citeParagraph(number));
            button.setText("¶" + number);
            button.setAccessibleText(Messages.format("editor.link.cite.accessible", number));
            cite.getChildren().add(button);
        }
        if (!numbers.isEmpty()) {
            explanation.setPromptText(Messages.format("editor.link.explanation.paragraphs",
                    String.join(", ", numbers.stream().map(n -> "¶" + n).toList())));
        }
    }

    private void citeParagraph(int number) {
        String text = explanation.getText();
        String citation = "(¶" + number + ")";
        explanation.setText(text.isBlank() ? citation : text.stripTrailing() + " " + citation);
        explanation.requestFocus();
        explanation.end();
    }

    private void addSelectionAsEvidence() {
        WordSelection at = session.state().articleSelectionProperty().get();
        if (at == null || at.isEmpty()) {
            session.refuse(Messages.get("editor.link.refused.noSelection"));
            return;
        }
        List<Span> now = new ArrayList<>(evidenceSpans);
        if (now.stream().anyMatch(span -> span.start() == at.start() && span.end() == at.end())) {
            session.refuse(Messages.get("editor.link.refused.sameEvidence"));
            return;
        }
        now.add(new Span(at.start(), at.end(),
                CodePointIndex.of(session.current().article().text()).slice(at.start(), at.end())));
        setEvidence(now);
    }

    private void setEvidence(List<Span> spans) {
        evidenceSpans.clear();
        evidenceSpans.addAll(spans);
        evidence.setText(spans.isEmpty() ? Messages.get("editor.link.evidence.quotes")
                : Messages.format("editor.link.evidence.shown", String.join(" … ", spans.stream().map(Span::text).toList())));
    }

    /** The link's evidence: what the author selected, or else the quotes of its two positions. */
    private List<Span> evidenceFor(Stance a, Stance b) {
        if (!evidenceSpans.isEmpty()) {
            return List.copyOf(evidenceSpans);
        }
        List<Span> spans = new ArrayList<>();
        for (Stance stance : List.of(a, b)) {
            stance.quotes().stream().findFirst().map(Quote::span).ifPresent(spans::add);
        }
        return spans;
    }

    private void addLink() {
        Stance a = from.getValue();
        Stance b = to.getValue();
        if (a == null || b == null) {
            session.refuse(Messages.get("editor.link.refused.twoPositions"));
            return;
        }
        Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        String id = NewIds.forLink(session.current(), a.id(), b.id());
        if (session.apply(new EditSequence(Messages.get("editor.link.edit"), List.of(LinkEdits.add(id, kind.getValue(),
                a.id(), b.id(), explanation.getText().strip(), evidenceFor(a, b)))))) {
            session.current().link(id).ifPresent(link -> {
                list.getSelectionModel().select(link);
                list.requestFocus();
            });
        }
    }

    private void applyChanges() {
        Link link = list.getSelectionModel().getSelectedItem();
        if (link == null) {
            session.refuse(Messages.get("editor.link.refused.none"));
            return;
        }
        Optional<String> missing = checks.reveal();
        if (missing.isPresent()) {
            session.refuse(missing.get());
            return;
        }
        if (from.getValue() != null && to.getValue() != null && (!from.getValue().id().equals(link.fromStanceId())
                || !to.getValue().id().equals(link.toStanceId()))) {
            session.refuse(Messages.get("editor.link.refused.ends"));
            return;
        }
        session.apply(new EditSequence(Messages.get("editor.link.apply.edit"), List.of(
                LinkEdits.setKind(link.id(), kind.getValue()),
                LinkEdits.explain(link.id(), explanation.getText().strip(), evidenceFor(from.getValue(), to.getValue())))));
    }

    private void reverseChosen() {
        Link link = list.getSelectionModel().getSelectedItem();
        if (link == null) {
            session.refuse(Messages.get("editor.link.refused.none"));
            return;
        }
        session.apply(LinkEdits.reverse(link.id()));
    }

    private void deleteChosen() {
        Link link = list.getSelectionModel().getSelectedItem();
        if (link != null) {
            session.apply(Review.removal(Set.of(ItemRef.link(link.id())), Messages.get("editor.link.delete.edit")));
        }
    }

    private final class LinkCell extends ListCell<Link> {
        @Override
        protected void updateItem(Link link, boolean empty) {
            super.updateItem(link, empty);
            if (empty || link == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String line = lines.getOrDefault(link.id(), EditorText.link(session.current(), link));
            setText(link.status().isSuggested() ? Messages.get("review.tag") + " · " + line : line);
            setAccessibleText(getText());
        }
    }
}
