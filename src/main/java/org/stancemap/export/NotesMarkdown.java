package org.stancemap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.stancemap.model.Actor;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;
import org.stancemap.model.Quote;
import org.stancemap.model.Stance;
import org.stancemap.model.notes.NoteResolution;
import org.stancemap.model.notes.NoteResolution.ResolvedNote;
import org.stancemap.model.notes.NoteTarget;
import org.stancemap.model.notes.StudyRecord;
import org.stancemap.io.Wording;

/**
 * A reader's notes as one Markdown document: a section per actor in the explainer's order, holding
 * the notes on the actor, its stances and their quotes, then the orphaned notes. Text from the
 * reader and the article is escaped so that it reads as written, not as Markdown; leading and
 * trailing spaces on a line are dropped, since Markdown would read indentation as code.
 */
public final class NotesMarkdown {

    /** The heading over notes whose part of the explainer is gone. */
    static String orphanedHeading() {
        return "## " + Wording.get("notes.md.orphaned");
    }

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<|~&])");
    private static final Pattern LINE_START_SPECIAL = Pattern.compile("^([#>+=-])");
    private static final Pattern LINE_START_LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

    private NotesMarkdown() {
    }

    public static String render(Explainer explainer, StudyRecord record) {
        NoteResolution.Partition parts = NoteResolution.partition(explainer, record);
        Article article = explainer.article();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(Wording.format("notes.md.title", heading(article.title()))).append("\n\n");
        String source = Stream.of(article.outlet(), article.date()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(", "));
        if (!source.isEmpty()) {
            out.append('_').append(inline(source)).append("_\n\n");
        }
        if (record.progress().bestOutOf() > 0) {
            out.append(Wording.format("notes.md.bestScore", record.progress().bestScore(),
                    record.progress().bestOutOf())).append("\n\n");
        }
        if (record.notes().isEmpty()) {
            out.append(Wording.get("notes.md.none")).append("\n");
        }
        Map<String, List<ResolvedNote>> byActor = new LinkedHashMap<>();
        explainer.actors().forEach(a -> byActor.put(a.id(), new ArrayList<>()));
        parts.live().forEach(r -> byActor.computeIfAbsent(r.actorId().orElseThrow(), k -> new ArrayList<>()).add(r));
        byActor.forEach((actorId, notes) -> {
            if (!notes.isEmpty()) {
                actorSection(out, explainer, actorId, notes);
            }
        });
        if (!parts.orphaned().isEmpty()) {
            out.append(orphanedHeading()).append("\n\n").append(Wording.get("notes.md.orphaned.why")).append("\n\n");
            parts.orphaned().forEach(r -> orphan(out, r));
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void actorSection(StringBuilder out, Explainer explainer, String actorId, List<ResolvedNote> notes) {
        out.append("## ").append(heading(explainer.actor(actorId).map(Actor::name).orElse(actorId))).append("\n\n");
        notes.stream().filter(r -> r.currentTarget().kind() == NoteTarget.Kind.ACTOR).forEach(r -> body(out, r));
        for (Stance stance : explainer.stancesOf(actorId)) {
            List<ResolvedNote> onStance = notes.stream()
                    .filter(r -> r.currentTarget().stanceId().filter(stance.id()::equals).isPresent()).toList();
            if (onStance.isEmpty()) {
                continue;
            }
            out.append("### Stance: ").append(heading(stance.summary())).append("\n\n");
            onStance.stream().filter(r -> r.currentTarget().kind() == NoteTarget.Kind.STANCE).forEach(r -> body(out, r));
            for (Quote quote : stance.quotes()) {
                NoteTarget here = NoteTarget.quote(stance.id(), quote.span());
                List<ResolvedNote> onQuote = onStance.stream().filter(r -> r.currentTarget().equals(here)).toList();
                if (onQuote.isEmpty()) {
                    continue;
                }
                int paragraph = explainer.article().paragraphNumberAt(quote.span().start());
                out.append("#### Quote").append(paragraph > 0 ? ", paragraph " + paragraph : "").append("\n\n");
                blockquote(out, quote.text());
                onQuote.forEach(r -> body(out, r));
            }
        }
    }

    private static void orphan(StringBuilder out, ResolvedNote r) {
        NoteTarget target = r.note().target();
        switch (target.kind()) {
            case ACTOR -> out.append("### ").append(Wording.format("notes.md.actor", heading(r.label()))).append("\n\n");
            case STANCE -> out.append("### ").append(Wording.format("notes.md.stance", heading(r.label()))).append("\n\n");
            case QUOTE -> {
                out.append("### ").append(Wording.get("notes.md.quote")).append("\n\n");
                if (r.note().label().isEmpty()) {
                    out.append(inline(r.label())).append("\n\n");
                } else {
                    blockquote(out, r.note().label());
                }
            }
        }
        body(out, r);
    }

    private static void body(StringBuilder out, ResolvedNote r) {
        if (r.note().starred()) {
            out.append("**★ ").append(Wording.get("notes.md.starred")).append("**\n\n");
        }
        if (r.note().hasText()) {
            out.append(block(r.note().text())).append("\n\n");
        }
    }

    private static void blockquote(StringBuilder out, String text) {
        for (String line : block(text).split("\n", -1)) {
            out.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        out.append('\n');
    }

    /**
     * Multi-line text as Markdown: blank lines separate paragraphs, other line breaks are kept as hard
     * breaks (a backslash at the end of the line), every line escaped.
     */
    static String block(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!lines.isEmpty()) {
                    paragraphs.add(String.join("\\\n", lines));
                    lines.clear();
                }
            } else {
                lines.add(lineStart(inline(line)));
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(String.join("\\\n", lines));
        }
        return String.join("\n\n", paragraphs);
    }

    /** One line of text, escaped for use inside a paragraph. */
    static String inline(String text) {
        return INLINE_SPECIAL.matcher(text.replaceAll("\\s*\\R\\s*", " ")).replaceAll("\\\\$1");
    }

    /** Text for a heading line, where a '#' anywhere may close the heading. */
    static String heading(String text) {
        return lineStart(inline(text.strip()).replace("#", "\\#"));
    }

    /** Escapes what Markdown reads as a heading, quote, list or rule only at the start of a line. */
    private static String lineStart(String line) {
        String escaped = LINE_START_SPECIAL.matcher(line).replaceFirst("\\\\$1");
        return LINE_START_LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
    }
}
