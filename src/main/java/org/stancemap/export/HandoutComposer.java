package org.stancemap.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.export.PrintPalette.Rgb;
import org.stancemap.layout.BlocPalette;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Delivery;
import org.stancemap.model.Explainer;
import org.stancemap.model.GlossaryEntry;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;

/**
 * Writes the handout's sections down the pages in reading order: title and source, the map, each
 * actor with their positions and quotes, the opposing positions, the glossary and the reader's notes.
 */
final class HandoutComposer {

    static final float BODY = 10;
    static final float BODY_LEADING = 13.5f;
    static final float META = 8.5f;
    static final float META_LEADING = 11.5f;
    private static final float TITLE = 18;
    private static final float TITLE_LEADING = 23;
    private static final float HEADING = 13;
    private static final float QUOTE = 10.5f;
    private static final float QUOTE_LEADING = 15;
    private static final float ACTOR_INDENT = 14;
    private static final float QUOTE_INDENT = 28;

    private final PageFlow flow;
    private final Explainer explainer;
    private final HandoutOptions options;
    private final MapDrawing map;
    private final DoubleConsumer progress;
    private final BlocPalette palette;

    HandoutComposer(PageFlow flow, Explainer explainer, HandoutOptions options, MapDrawing map,
                    DoubleConsumer progress) {
        this.flow = flow;
        this.explainer = explainer;
        this.options = options;
        this.map = map;
        this.progress = progress;
        this.palette = BlocPalette.of(explainer);
    }

    void compose() throws IOException, HandoutException {
        titleBlock();
        progress.accept(0.05);
        mapSection();
        progress.accept(0.3);
        actorsSection();
        OpposingTable.draw(flow, explainer, this::heading);
        progress.accept(0.85);
        glossarySection();
        notesSection();
        progress.accept(1);
    }

    // ---------------------------------------------------------------- title

    private void titleBlock() throws IOException {
        Article article = explainer.article();
        flow.paragraph(article.title(), Face.SANS_BOLD, TITLE, TITLE_LEADING, PrintPalette.INK, 0);
        flow.advance(3);
        if (article.titleIsEditorial()) {
            flow.paragraph(HandoutText.get("title.editorial"), Face.SANS, META, META_LEADING, PrintPalette.MUTED, 0);
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of(article.outlet(), article.date(), article.url())) {
            if (!TextLines.inline(part).isEmpty()) {
                parts.add(TextLines.inline(part));
            }
        }
        flow.gap(3);
        String source = parts.isEmpty() ? HandoutText.get("source.unknown")
                : HandoutText.format("source", String.join(" · ", parts));
        flow.paragraph(source, Face.SANS, 9, 12, PrintPalette.MUTED, 0);
    }

    /** A section heading with a rule under it, kept on the same page as the start of what follows. */
    void heading(String text) throws IOException {
        flow.gap(16);
        flow.ensure(HEADING * 1.4f + 6 + 48);
        flow.paragraph(text, Face.SANS_BOLD, HEADING, HEADING * 1.4f, PrintPalette.INK, 0);
        flow.advance(2);
        flow.rule(PrintPalette.RULE, 0.6f);
        flow.advance(7);
    }

    // ---------------------------------------------------------------- map

    private void mapSection() throws IOException, HandoutException {
        heading(HandoutText.get("map.heading"));
        float width = flow.width();
        float height = Math.min(width * 0.64f, flow.fullPageHeight() * 0.5f);
        if (options.mapPicture().isPresent()) {
            picture(options.mapPicture().get(), width, height);
            flow.paragraph(HandoutText.get("map.caption.picture"), Face.SANS, 8, 10.5f, PrintPalette.MUTED, 0);
            return;
        }
        flow.ensure(height + 40);
        map.draw(flow, explainer, flow.left(), flow.pdfY(flow.y()), width, height);
        flow.advance(height + 5);
        MapMarks.drawLegend(flow, width);
        flow.paragraph(HandoutText.get("map.caption.drawn"), Face.SANS, 8, 10.5f, PrintPalette.MUTED, 0);
        String source = map.attribution();
        if (!source.isEmpty()) {
            flow.paragraph(HandoutText.format("map.attribution", source), Face.SANS, 7, 9, PrintPalette.MUTED, 0);
        }
    }

    private void picture(byte[] bytes, float width, float maxHeight) throws IOException, HandoutException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(flow.document(), bytes, "map");
        } catch (IOException | IllegalArgumentException e) {
            throw new HandoutException("The picture of the map could not be read; it must be a PNG or JPEG image.", e);
        }
        float scale = Math.min(width / image.getWidth(), maxHeight / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        flow.ensure(h + 20);
        float x = flow.left() + (width - w) / 2;
        flow.content().drawImage(image, x, flow.pdfY(flow.y() + h), w, h);
        PrintPalette.RULE.stroke(flow.content());
        flow.content().setLineWidth(0.6f);
        flow.content().addRect(x, flow.pdfY(flow.y() + h), w, h);
        flow.content().stroke();
        flow.advance(h + 5);
    }

    // ---------------------------------------------------------------- actors

    private void actorsSection() throws IOException {
        heading(HandoutText.get("actors.heading"));
        flow.paragraph(HandoutText.get("actors.intro"), Face.SANS, META, META_LEADING, PrintPalette.MUTED, 0);
        List<Actor> actors = explainer.actors();
        for (int i = 0; i < actors.size(); i++) {
            actor(actors.get(i));
            progress.accept(0.3 + 0.45 * (i + 1) / actors.size());
        }
    }

    private void actor(Actor actor) throws IOException {
        flow.gap(10);
        List<Stance> stances = explainer.stancesOf(actor.id());
        // Keep the name with its first position and quote, or at least with the note that it has none.
        flow.ensure(15 + META_LEADING * 3 + (stances.isEmpty() ? BODY_LEADING : stanceOpening(stances.get(0))));
        int slot = palette.slotOf(actor.id());
        float mid = flow.pdfY(flow.y() + 15 * 0.5f);
        MapMarks.shape(flow.content(), actor.kind(), flow.left() + 5, mid, 4.5f);
        PrintPalette.bloc(slot).fill(flow.content());
        flow.content().fill();
        flow.paragraph(actor.name(), Face.SANS_BOLD, 11.5f, 15, PrintPalette.INK, ACTOR_INDENT);
        flow.paragraph(describe(actor), Face.SANS, META, META_LEADING, PrintPalette.MUTED, ACTOR_INDENT);
        List<Integer> where = new ArrayList<>();
        stances.forEach(s -> s.quotes().forEach(q -> where.add(explainer.article().paragraphNumberAt(q.span().start()))));
        String place = paragraphs(where);
        flow.paragraph(place.isEmpty() ? HandoutText.get("actor.notInArticle") : HandoutText.format("actor.inArticle", place),
                Face.SANS, META, META_LEADING, PrintPalette.MUTED, ACTOR_INDENT);
        if (stances.isEmpty()) {
            flow.paragraph(HandoutText.get("actor.noStance"), Face.SANS, BODY, BODY_LEADING, PrintPalette.MUTED,
                    ACTOR_INDENT);
        }
        for (Stance stance : stances) {
            stance(stance, PrintPalette.bloc(slot));
        }
    }

    /** "Role · kind · member of X, Y", leaving out what the file does not say. */
    private String describe(Actor actor) {
        List<String> parts = new ArrayList<>();
        if (!TextLines.inline(actor.role()).isEmpty()) {
            parts.add(actor.role());
        }
        parts.add(HandoutText.get("kind." + actor.kind().jsonName()));
        List<String> blocs = actor.blocs().stream()
                .map(id -> explainer.actor(id).map(Actor::name).orElse(id)).toList();
        if (!blocs.isEmpty()) {
            parts.add(HandoutText.format("actor.memberOf", String.join(", ", blocs)));
        }
        return String.join(" · ", parts);
    }

    /** The height of a position's summary with the first two lines of its first quote. */
    private float stanceOpening(Stance stance) {
        int summaryLines = TextLines.wrap(stance.summary(), flow.fonts(), Face.SANS, BODY,
                flow.width() - ACTOR_INDENT).size();
        return 5 + summaryLines * BODY_LEADING + (stance.quotes().isEmpty() ? 0 : 3 + 2 * QUOTE_LEADING);
    }

    private void stance(Stance stance, Rgb colour) throws IOException {
        flow.gap(5);
        flow.ensure(stanceOpening(stance));
        flow.paragraph(stance.summary(), Face.SANS, BODY, BODY_LEADING, PrintPalette.INK, ACTOR_INDENT);
        if (stance.context().isPresent()) {
            String context = explainer.actor(stance.context().get()).map(Actor::name).orElse(stance.context().get());
            flow.paragraph(HandoutText.format("stance.context", context), Face.SANS, META, META_LEADING,
                    PrintPalette.MUTED, ACTOR_INDENT);
        }
        for (Quote quote : stance.quotes()) {
            quote(quote, colour);
        }
    }

    /** The quote in the serif between real quotation marks, with a bar in the actor's colour beside it. */
    private void quote(Quote quote, Rgb colour) throws IOException {
        flow.gap(3);
        String text = "“" + TextLines.inline(quote.text()) + "”";
        List<String> lines = TextLines.wrap(text, flow.fonts(), Face.SERIF, QUOTE, flow.width() - QUOTE_INDENT);
        flow.ensure(QUOTE_LEADING * Math.min(2, lines.size()) + META_LEADING);
        for (String line : lines) {
            flow.ensure(QUOTE_LEADING);
            colour.fill(flow.content());
            flow.content().addRect(flow.left() + QUOTE_INDENT - 9, flow.pdfY(flow.y() + QUOTE_LEADING), 2,
                    QUOTE_LEADING);
            flow.content().fill();
            flow.text(line, Face.SERIF, QUOTE, PrintPalette.INK, flow.left() + QUOTE_INDENT,
                    flow.y() + QUOTE_LEADING * 0.76f);
            flow.advance(QUOTE_LEADING);
        }
        int paragraph = explainer.article().paragraphNumberAt(quote.span().start());
        String delivery = HandoutText.get(quote.delivery() == Delivery.DIRECT ? "quote.direct" : "quote.reported");
        String meta = paragraph > 0 ? "¶" + paragraph + " · " + delivery : delivery;
        flow.paragraph(meta, Face.SANS, META, META_LEADING, PrintPalette.MUTED, QUOTE_INDENT);
    }

    /** "¶1, ¶3" for the distinct paragraph numbers given (0, meaning none, is left out). */
    static String paragraphs(Collection<Integer> numbers) {
        return new TreeSet<>(numbers).stream().filter(n -> n > 0).map(n -> "¶" + n)
                .collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- glossary and notes

    private void glossarySection() throws IOException {
        if (explainer.glossary().isEmpty()) {
            return;
        }
        heading(HandoutText.get("glossary.heading"));
        flow.paragraph(HandoutText.get("glossary.note"), Face.SANS, META, META_LEADING, PrintPalette.MUTED, 0);
        for (GlossaryEntry entry : explainer.glossary()) {
            flow.gap(5);
            flow.ensure(BODY_LEADING * 2);
            flow.paragraph(entry.term(), Face.SANS_BOLD, BODY, BODY_LEADING, PrintPalette.INK, 0);
            flow.paragraph(entry.definition(), Face.SANS, BODY, BODY_LEADING, PrintPalette.INK, 12);
        }
    }

    private void notesSection() throws IOException {
        if (options.notes().isEmpty()) {
            return;
        }
        heading(HandoutText.get("notes.heading"));
        for (HandoutNote note : options.notes()) {
            flow.gap(6);
            flow.ensure(META_LEADING + BODY_LEADING);
            String about = TextLines.inline(note.about()).isEmpty() ? HandoutText.get("notes.general") : note.about();
            String label = note.starred() ? about + " · " + HandoutText.get("notes.starred") : about;
            flow.paragraph(label, Face.SANS_BOLD, META, META_LEADING, PrintPalette.MUTED, 0);
            for (String paragraph : TextLines.paragraphs(note.text())) {
                flow.paragraph(paragraph, Face.SANS, BODY, BODY_LEADING, PrintPalette.INK, 0);
            }
        }
    }
}
