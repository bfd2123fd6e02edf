package org.stancemap.ui.panel;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.stancemap.ui.Hints;
import org.stancemap.model.Actor;
import org.stancemap.model.Explainer;
import org.stancemap.model.Link;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import javafx.scene.text.TextFlow;
import org.stancemap.search.GlossaryMatcher;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.ui.Messages;
import org.stancemap.ui.notes.NoteBar;
import org.stancemap.ui.glossary.GlossaryMarks;
import org.stancemap.ui.state.AppState;
import org.stancemap.ui.theme.Icon;
import org.stancemap.ui.theme.QuoteMarks;
import org.stancemap.ui.theme.Styles;
import org.stancemap.ui.theme.ScriptText;

/**
 * One stance: its neutral summary, each verbatim quote between quotation marks with how the article
 * delivers it and where, and the positions that oppose, support or answer it.
 */
final class StanceCard extends VBox {

    StanceCard(Stance stance, Explainer explainer, AppState state, String blocClass, boolean withRelations) {
        getStyleClass().addAll(Styles.CARD, "stance-card", blocClass);
        setId("stance-" + stance.id());
        GlossaryMatcher glossary = new GlossaryMatcher(explainer.glossary());
        TextFlow summary = GlossaryMarks.flow(stance.summary(), glossary);
        summary.getStyleClass().add(Styles.SUMMARY);
        summary.setId("summary-" + stance.id());
        getChildren().add(summary);
        glossaryTerms(stance, glossary, state).ifPresent(getChildren()::add);
        stance.context().flatMap(explainer::actor).ifPresent(event -> {
            Label context = new Label(Messages.format("stance.context", event.name()));
            context.getStyleClass().add(Styles.QUOTE_META);
            context.setWrapText(true);
            ScriptText.install(context);
            getChildren().add(context);
        });
        getChildren().add(useInLink(stance, state));
        getChildren().add(new NoteBar(state, NoteTarget.stance(stance.id()),
                Messages.format("notes.about.stance", stance.summary())));
        for (Quote quote : stance.quotes()) {
            getChildren().add(quoteView(stance, quote, explainer, state));
        }
        if (withRelations) {
            // One relation a line: a flow pane never narrows a chip below its full text, and a
            // long name ("Responded to by Volodymyr Zelensky") then ran past a narrow panel's edge.
            VBox relations = new VBox();
            relations.getStyleClass().add(Styles.GAP_6);
            for (Link link : explainer.linksOf(stance.id())) {
                relations.getChildren().add(relationChip(stance, link, explainer, state));
            }
            if (!relations.getChildren().isEmpty()) {
                getChildren().add(relations);
            }
        }
    }

    /**
     * While the explainer is edited: "Use in link" gives this position to the link being made (its
     * first end, then its second). L does the same from anywhere in the card.
     */
    private HBox useInLink(Stance stance, AppState state) {
        Button use = new Button(Messages.get("stance.useInLink"), new Icon(Feather.LINK));
        use.setId("use-in-link-" + stance.id());
        use.getStyleClass().addAll(Styles.CHIP, "use-in-link");
        use.setMnemonicParsing(false);
        use.setAccessibleText(Messages.format("stance.useInLink.accessible", stance.summary()));
        Hints.set(use, Messages.format("stance.useInLink.hint", "L"));
        use.setOnAction(e -> state.linkMaking().use(stance.id()));
        HBox row = new HBox(use);
        row.getStyleClass().add("use-in-link-row");
        // The audience of a tour previewed from the editor sees the explainer as readers will.
        row.visibleProperty().bind(state.editingProperty().and(state.kioskProperty().not())
                .and(state.presentingProperty().not()));
        row.managedProperty().bind(row.visibleProperty());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.L && row.isVisible() && !e.isShortcutDown()
                    && !e.isAltDown() && !e.isShiftDown()
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                use.fire();
                e.consume();
            }
        });
        return row;
    }

    private static VBox quoteView(Stance stance, Quote quote, Explainer explainer, AppState state) {
        Label text = ScriptText.install(new Label(QuoteMarks.around(quote.text())));
        text.getStyleClass().add(Styles.QUOTE);
        text.setWrapText(true);
        text.setAccessibleText(Messages.format("quote.accessible." + quote.delivery().jsonName(), quote.text()));
        int paragraph = explainer.article().paragraphNumberAt(quote.span().start());
        Label meta = new Label(Messages.format("quote.meta." + quote.delivery().jsonName(), paragraph));
        meta.getStyleClass().add(Styles.QUOTE_META);
        Hyperlink show = new Hyperlink(Messages.get("quote.show"));
        show.getStyleClass().add("show-in-article");
        show.setAccessibleText(Messages.format("quote.show.accessible", paragraph));
        show.setOnAction(e -> state.showInArticle(quote.span()));
        HBox metaRow = new HBox(meta, show);
        metaRow.getStyleClass().add(Styles.GAP_6);
        metaRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(text, metaRow, new NoteBar(state, NoteTarget.quote(stance.id(), quote.span()),
                Messages.format("notes.about.quote", quote.text())));
        box.getStyleClass().add("quote-box");
        return box;
    }

    /**
     * The glossary terms the summary uses, as small buttons that open the glossary at each: the
     * keyboard's way to the definitions that hovering an underlined word shows.
     */
    private static java.util.Optional<FlowPane> glossaryTerms(Stance stance, GlossaryMatcher glossary, AppState state) {
        java.util.List<String> terms = glossary.find(stance.summary()).stream().map(o -> o.entry().term()).distinct()
                .toList();
        if (terms.isEmpty()) {
            return java.util.Optional.empty();
        }
        FlowPane row = new FlowPane();
        row.getStyleClass().add("glossary-terms");
        for (String term : terms) {
            Button chip = ScriptText.install(new Button(term));
            chip.getStyleClass().addAll(Styles.CHIP, "glossary-chip");
            chip.setAccessibleText(Messages.format("glossary.chip.accessible", term));
            Hints.set(chip, Messages.format("glossary.chip.accessible", term));
            chip.setOnAction(e -> state.showGlossaryTerm(term));
            row.getChildren().add(chip);
        }
        return java.util.Optional.of(row);
    }

    /** "Opposed by Mark Rutte →": jumps to the other actor; the small button beside it compares the two. */
    private static HBox relationChip(Stance stance, Link link, Explainer explainer, AppState state) {
        String otherStanceId = link.otherEnd(stance.id());
        Actor other = explainer.holderOf(otherStanceId).orElse(null);
        String otherName = other == null ? otherStanceId : other.name();
        boolean outgoing = link.fromStanceId().equals(stance.id());
        String key = "relation." + link.kind().jsonName() + (outgoing ? ".out" : ".in");
        Button jump = new Button(Messages.format(key, otherName) + " →");
        jump.getStyleClass().addAll(Styles.CHIP, "relation-jump");
        jump.setId("relation-" + link.id());
        jump.setWrapText(true);
        ScriptText.install(jump);
        Hints.set(jump, link.explanation());
        jump.setOnAction(e -> {
            if (other != null) {
                state.selectActor(other);
            }
        });
        Button compare = new Button(null, new Icon(Feather.COLUMNS));
        compare.getStyleClass().addAll(Styles.CHIP, "compare-button");
        compare.setId("compare-" + link.id());
        Hints.set(compare, Messages.get("relation.compare"));
        compare.setAccessibleText(Messages.format("relation.compare.accessible", otherName));
        compare.setOnAction(e -> state.selectLink(link));
        compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox chip = new HBox(jump, compare);
        chip.getStyleClass().addAll("relation-chip", Styles.GAP_2);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }
}
