package org.stancemap.export;

import java.io.IOException;
import org.stancemap.export.HandoutFonts.Face;
import org.stancemap.model.Article;
import org.stancemap.model.Explainer;

/** The whole article with its paragraphs numbered as the rest of the handout cites them (¶1, ¶2 …). */
final class NumberedArticle {

    private static final float SIZE = 9.5f;
    private static final float LEADING = 12.5f;
    private static final float INDENT = 22;

    private NumberedArticle() {
    }

    static void draw(PageFlow flow, Explainer explainer, OpposingTable.Heading heading) throws IOException {
        heading.draw(HandoutText.get("article.heading"));
        flow.paragraph(HandoutText.get("article.note"), Face.SANS, HandoutComposer.META, HandoutComposer.META_LEADING,
                PrintPalette.MUTED, 0);
        for (Article.Paragraph paragraph : explainer.article().paragraphs()) {
            flow.gap(5);
            flow.ensure(LEADING * 2);
            flow.text("¶" + paragraph.number(), Face.SANS_BOLD, HandoutComposer.META, PrintPalette.MUTED, flow.left(),
                    flow.y() + LEADING * 0.78f);
            flow.paragraph(paragraph.text(), Face.SERIF, SIZE, LEADING, PrintPalette.INK, INDENT);
        }
    }
}
