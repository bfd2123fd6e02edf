package org.stancemap.draft.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article's own paragraphs on a saved news page, in order: page furniture (navigation,
 * header and footer, share bars, related links, comments, captions, scripts, advertising, "Read
 * more") is removed first, then the container holding most of the remaining paragraph text is read.
 */
final class HtmlMainText {

    private static final String FURNITURE_TAGS = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, nav, header, footer, aside, form, button, select, textarea, input, figure, figcaption, "
            + "picture, video, audio, dialog, menu";
    private static final Set<String> FURNITURE_ROLES =
            Set.of("navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu");
    /** class/id words of page furniture; matched as whole words or word parts joined by - or _. */
    private static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|"
                    + "read-?more|more-?stories|comments?|disqus|replies|ad|ads|advert|advertisement|sponsored|"
                    + "promo|newsletter|subscribe|signup|paywall|cookie|consent|banner|sidebar|masthead|footer|"
                    + "header|caption|credit|byline|author-bio|tags|topics|popular|trending|outbrain|taboola|"
                    + "print-only|sr-only|visually-hidden)([\\s_-]|$)");
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^(read more|read next|related|see also|more on this|advertisement|sponsored|share this|share on|"
                    + "follow us|sign up|subscribe|click here|continue reading|comments?)\\b.{0,80}$");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";

    private HtmlMainText() {
    }

    static List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        removeFurniture(body);
        Element container = mainContainer(body);
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = container.select(BLOCKS);
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            // Document order: a block holding other blocks is followed by its first inner one.
            boolean holdsBlocks = i + 1 < blocks.size() && blocks.get(i + 1).parents().contains(block);
            if (!holdsBlocks && isProse(block)) {
                paragraphs.add(block.text());
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(container.text());
        }
        return paragraphs;
    }

    private static void removeFurniture(Element body) {
        body.select(FURNITURE_TAGS).remove();
        body.select("[hidden], [aria-hidden=true]").remove();
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String role = element.attr("role").toLowerCase(java.util.Locale.ROOT);
            String names = element.className() + " " + element.id();
            if (FURNITURE_ROLES.contains(role) || (!isArticleBody(element) && FURNITURE_NAMES.matcher(names).find())) {
                element.remove();
            }
        }
    }

    /** Never throw away the article itself because its class also says "header" or "share". */
    private static boolean isArticleBody(Element element) {
        return element.tagName().equals("article") || element.tagName().equals("main")
                || element.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** The marked-up article body if there is one, else the element whose own paragraphs hold most text. */
    private static Element mainContainer(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && hasParagraphs(marked)) {
            return marked;
        }
        Elements articles = body.select("article");
        Element best = null;
        for (Element article : articles) {
            if (best == null || paragraphText(article) > paragraphText(best)) {
                best = article;
            }
        }
        if (best != null && hasParagraphs(best)) {
            return best;
        }
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : body.select("p")) {
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, paragraph.text().length(), Integer::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .map(HtmlMainText::widen).orElse(body);
    }

    /** Paragraphs of one story may sit in sibling wrappers; read from their common parent when it is a plain box. */
    private static Element widen(Element parent) {
        Element up = parent.parent();
        if (up != null && up.tagName().matches("div|section|main|article") && up != up.ownerDocument().body()) {
            long siblingsWithParagraphs = up.children().stream().filter(c -> !c.select("> p").isEmpty()).count();
            if (siblingsWithParagraphs > 1) {
                return up;
            }
        }
        return parent;
    }

    private static boolean hasParagraphs(Element element) {
        return paragraphText(element) > 0;
    }

    private static int paragraphText(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    /** Text a reader would read as part of the story, not a link list or a "Read more" line. */
    private static boolean isProse(Element block) {
        String text = Paragraphs.strip(block.text());
        if (text.isEmpty() || FURNITURE_LINE.matcher(text).matches()) {
            return false;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        boolean mostlyLinks = linked * 10 > text.length() * 7;
        return !(mostlyLinks && (block.tagName().equals("li") || text.length() < 200));
    }
}
