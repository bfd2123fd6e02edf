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
import org.stancemap.io.Wording;

/**
 * Writes the handout's sections down the pages in reading order: title and source, the map, each
 * actor with their positions and quotes, the opposing positions, the glossary and the reader's notes.
 */
final class HandoutComposer {

    static final float BODY = 8.5f;
    static final float BODY_LEADING = 10.4f;
    static final float META = 8;
    static final float META_LEADING = 9.8f;
    private static final float TITLE = 16;
    private static final float TITLE_LEADING = 19;
    private static final float HEADING = 12;
    private static final float QUOTE = 8.6f;
    private static final float QUOTE_LEADING = 10.4f;
    private static final float ACTOR_INDENT = 12;
    private static final float QUOTE_INDENT = 22;
    /**
     * The map is drawn this much smaller and printed scaled up, so its smallest words (the names beside the
     * marks, the scale-break note) print at 8 pt or more.
     */
    static final float MAP_TEXT_SCALE = 1.0f;

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
        // One source for the map and the marks beside the names, so both show the same colours.
        this.palette = options.coloursOf(explainer);
    }

    void compose() throws IOException, HandoutException {
        nameLine();
        titleBlock();
        progress.accept(0.05);
        mapSection();
        progress.accept(0.3);
        actorsSection();
        OpposingTable.draw(flow, explainer, this::heading);
        progress.accept(0.8);
        HandoutQuestions questions = new HandoutQuestions(flow, explainer, options.questions());
        questions.drawQuestions(this::heading);
        glossarySection();
        notesSection();
        progress.accept(0.9);
        if (options.numberedArticle()) {
            NumberedArticle.draw(flow, explainer, this::heading);
        }
        if (options.answerKey()) {
            questions.drawAnswers(this::heading);
        }
        progress.accept(1);
    }

    /** "Name ____ Class ____ Date ____": the line a student fills in before anything else. */
    private void nameLine() throws IOException {
        float size = 9.5f;
        float baseline = flow.y() + 11;
        float x = flow.left();
        float[] shares = {0.5f, 0.22f, 0.28f};
        String[] labels = {HandoutText.get("nameLine.name"), HandoutText.get("nameLine.class"),
                HandoutText.get("nameLine.date")};
        for (int i = 0; i < labels.length; i++) {
            float cell = flow.width() * shares[i];
            flow.text(labels[i], Face.SANS_BOLD, size, PrintPalette.INK, x, baseline);
            float start = x + flow.fonts().width(labels[i], Face.SANS_BOLD, size) + 4;
            flow.content().setLineWidth(0.6f);
            PrintPalette.INK.stroke(flow.content());
            flow.content().moveTo(start, flow.pdfY(baseline + 1.5f));
            flow.content().lineTo(x + cell - 12, flow.pdfY(baseline + 1.5f));
            flow.content().stroke();
            x += cell;
        }
        flow.advance(20);
    }

    // ---------------------------------------------------------------- title

    private void titleBlock() throws IOException {
        Article article = explainer.article();
        // A title pasted by mistake (a whole article, say) takes four lines at most.
        for (String line : TextLines.clamp(article.title(), flow.fonts(), Face.SANS_BOLD, TITLE, flow.width(), 4)) {
            flow.ensure(TITLE_LEADING);
            flow.text(line, Face.SANS_BOLD, TITLE, PrintPalette.INK, flow.left(), flow.y() + TITLE_LEADING * 0.78f);
            flow.advance(TITLE_LEADING);
        }
        flow.advance(2);
        if (article.titleIsEditorial()) {
            flow.paragraph(HandoutText.get("title.editorial"), Face.SANS, META, META_LEADING, PrintPalette.MUTED, 0);
        }
        List<String> parts = new ArrayList<>();
        for (String part : List.of(article.outlet(), article.date(), article.url())) {
            if (!TextLines.inline(part).isEmpty()) {
                parts.add(TextLines.inline(part));
            }
        }
        String source = parts.isEmpty() ? HandoutText.get("source.unknown")
                : HandoutText.format("source", String.join(" · ", parts));
        flow.paragraph(source, Face.SANS, META, META_LEADING, PrintPalette.MUTED, 0);
    }

    /** A section heading with a rule under it, kept on the same page as the start of what follows. */
    void heading(String text) throws IOException {
        flow.gap(9);
        flow.ensure(HEADING * 1.35f + 6 + 40);
        flow.paragraph(text, Face.SANS_BOLD, HEADING, HEADING * 1.35f, PrintPalette.INK, 0);
        flow.advance(1);
        flow.rule(PrintPalette.RULE, 0.6f);
        flow.advance(5);
    }

    // ---------------------------------------------------------------- map

    private void mapSection() throws IOException, HandoutException {
        heading(HandoutText.get("map.heading"));
        float width = flow.width();
        float height = Math.min(width * 0.5f, flow.fullPageHeight() * 0.3f);
        if (options.mapPicture().isPresent()) {
            picture(options.mapPicture().get(), width, height);
            flow.paragraph(HandoutText.get("map.caption.picture"), Face.SANS, 8, 10, PrintPalette.MUTED, 0);
            return;
        }
        flow.ensure(height + 40);
        flow.content().saveGraphicsState();
        flow.content().transform(new org.apache.pdfbox.util.Matrix(MAP_TEXT_SCALE, 0, 0, MAP_TEXT_SCALE,
                flow.left(), flow.pdfY(flow.y())));
        map.draw(flow, explainer, palette, 0, 0, width / MAP_TEXT_SCALE, height / MAP_TEXT_SCALE);
        flow.content().restoreGraphicsState();
        flow.advance(height + 4);
        MapMarks.drawLegend(flow, width);
        flow.paragraph(HandoutText.get("map.caption.drawn"), Face.SANS, 8, 10, PrintPalette.MUTED, 0);
        String source = map.attribution();
        if (!source.isEmpty()) {
            // The data's credit goes in the page's foot, in words a student can follow.
            int cut = source.indexOf(" via ");
            flow.footNote(HandoutText.format("map.attribution", cut > 0 ? source.substring(0, cut) : source));
        }
    }

    private void picture(byte[] bytes, float width, float maxHeight) throws IOException, HandoutException {
        PDImageXObject image;
        try {
            image = PDImageXObject.createFromByteArray(flow.document(), bytes, "map");
        } catch (IOException | IllegalArgumentException e) {
            throw new HandoutException(Wording.get("handout.mapPicture"), e);
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
        List<String> withoutPosition = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (explainer.stancesOf(actor.id()).isEmpty()) {
                withoutPosition.add(HandoutText.format("actors.without.one", actor.name(),
                        HandoutText.get("kind." + actor.kind().jsonName())));
            } else {
                actor(actor);
            }
            progress.accept(0.3 + 0.45 * (i + 1) / actors.size());
        }
        if (!withoutPosition.isEmpty()) {
            flow.gap(8);
            flow.paragraph(HandoutText.format("actors.without", String.join(" · ", withoutPosition)), Face.SANS,
                    META + 0.5f, META_LEADING + 1, PrintPalette.INK, 0);
        }
    }

    private void actor(Actor actor) throws IOException {
        flow.gap(7);
        List<Stance> stances = explainer.stancesOf(actor.id());
        // Keep the name with its first position and quote.
        flow.ensure(13 + META_LEADING + stanceOpening(stances.get(0)));
        int slot = palette.slotOf(actor.id());
        float mid = flow.pdfY(flow.y() + 13 * 0.5f);
        MapMarks.shape(flow.content(), actor.kind(), flow.left() + 4.5f, mid, 4);
        PrintPalette.bloc(slot).fill(flow.content());
        flow.content().fill();
        for (String line : TextLines.clamp(actor.name(), flow.fonts(), Face.SANS_BOLD, 10.5f,
                flow.width() - ACTOR_INDENT, 2)) {
            flow.text(line, Face.SANS_BOLD, 10.5f, PrintPalette.INK, flow.left() + ACTOR_INDENT, flow.y() + 13 * 0.78f);
            flow.advance(13);
        }
        List<Integer> where = new ArrayList<>();
        stances.forEach(s -> s.quotes().forEach(q -> where.add(explainer.article().paragraphNumberAt(q.span().start()))));
        String place = paragraphs(where);
        String about = describe(actor) + (place.isEmpty() ? "" : " · " + HandoutText.format("actor.inArticle", place));
        flow.paragraph(about, Face.SANS, META, META_LEADING, PrintPalette.MUTED, ACTOR_INDENT);
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
        return 3 + summaryLines * BODY_LEADING + (stance.quotes().isEmpty() ? 0 : 2 + 2 * QUOTE_LEADING);
    }

    private void stance(Stance stance, Rgb colour) throws IOException {
        flow.gap(3);
        flow.ensure(stanceOpening(stance));
        String summary = stance.summary();
        if (stance.context().isPresent()) {
            String context = explainer.actor(stance.context().get()).map(Actor::name).orElse(stance.context().get());
            summary = summary + " " + HandoutText.format("stance.context", context);
        }
        flow.paragraph(summary, Face.SANS, BODY, BODY_LEADING, PrintPalette.INK, ACTOR_INDENT);
        for (Quote quote : stance.quotes()) {
            quote(quote, colour);
        }
    }

    /**
     * The quote in the serif between real quotation marks, with a bar in the actor's colour beside it and
     * where it is in the article after it ("¶2 · reported by the article"), on its last line when it fits.
     */
    private void quote(Quote quote, Rgb colour) throws IOException {
        flow.gap(1.5f);
        String text = "“" + TextLines.inline(quote.text()) + "”";
        float width = flow.width() - QUOTE_INDENT;
        List<String> lines = TextLines.wrap(text, flow.fonts(), Face.SERIF, QUOTE, width);
        int paragraph = explainer.article().paragraphNumberAt(quote.span().start());
        String delivery = HandoutText.get(quote.delivery() == Delivery.DIRECT ? "quote.direct" : "quote.reported");
        String meta = paragraph > 0 ? "¶" + paragraph + " · " + delivery : delivery;
        float metaWidth = flow.fonts().width(meta, Face.SANS, META) + 8;
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        boolean metaInline = flow.fonts().width(last, Face.SERIF, QUOTE) + metaWidth <= width;
        flow.ensure(QUOTE_LEADING * Math.min(2, lines.size()) + (metaInline ? 0 : META_LEADING));
        for (String line : lines) {
            flow.ensure(QUOTE_LEADING);
            colour.fill(flow.content());
            flow.content().addRect(flow.left() + QUOTE_INDENT - 8, flow.pdfY(flow.y() + QUOTE_LEADING), 2,
                    QUOTE_LEADING);
            flow.content().fill();
            float baseline = flow.y() + QUOTE_LEADING * 0.76f;
            flow.text(line, Face.SERIF, QUOTE, PrintPalette.INK, flow.left() + QUOTE_INDENT, baseline);
            if (metaInline && line == last) {
                flow.text(meta, Face.SANS, META, PrintPalette.MUTED, flow.left() + QUOTE_INDENT
                        + flow.fonts().width(line, Face.SERIF, QUOTE) + 8, baseline);
            }
            flow.advance(QUOTE_LEADING);
        }
        if (!metaInline) {
            flow.paragraph(meta, Face.SANS, META, META_LEADING, PrintPalette.MUTED, QUOTE_INDENT);
        }
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
        List<PageFlow.TermEntry> entries = explainer.glossary().stream()
                .map(g -> new PageFlow.TermEntry(g.term(), g.definition())).toList();
        flow.termsInTwoColumns(entries, BODY, BODY_LEADING, 10, 2);
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
