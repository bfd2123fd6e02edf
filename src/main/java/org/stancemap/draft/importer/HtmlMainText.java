package org.stancemap.draft.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's own paragraphs on a saved news page, in order. Page furniture (navigation,
 * header and footer, share bars, related links, comments, captions, scripts, advertising, "Read
 * more") is skipped wherever it sits; the story is read from the marked-up article body, else the
 * {@code <article>} or the box whose own paragraphs hold the most text. The page is walked a
 * fixed number of times, so a huge page costs time in proportion to its size.
 */
final class HtmlMainText {

    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "nav", "header", "footer", "aside", "form", "button", "select",
            "textarea", "input", "figure", "figcaption", "picture", "video", "audio", "dialog", "menu", "head");
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
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd");

    private HtmlMainText() {
    }

    static List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        Element container = mainContainer(body);
        List<String> paragraphs = leafBlocks(container);
        if (paragraphs.isEmpty()) {
            paragraphs.add(plainText(container));
        }
        return paragraphs;
    }

    static boolean isFurniture(Element element) {
        if (FURNITURE_TAGS.contains(element.normalName()) || element.hasAttr("hidden")
                || element.attr("aria-hidden").equalsIgnoreCase("true")
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return !isArticleBody(element) && FURNITURE_NAMES.matcher(element.className() + " " + element.id()).find();
    }

    /** Never skip the article itself because its class also says "header" or "share". */
    private static boolean isArticleBody(Element element) {
        return element.normalName().equals("article") || element.normalName().equals("main")
                || element.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    /** The article body if marked up, else the {@code <article>} or box whose own paragraphs hold the most text. */
    private static Element mainContainer(Element body) {
        Map<Element, Integer> marked = new IdentityHashMap<>();
        Map<Element, Integer> articles = new IdentityHashMap<>();
        Map<Element, Integer> parents = new IdentityHashMap<>();
        for (Element paragraph : storyParagraphs(body)) {
            int length = paragraph.text().length();
            for (Element up = paragraph.parent(); up != null && up != body; up = up.parent()) {
                if (up.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    marked.merge(up, length, Integer::sum);
                }
                if (up.normalName().equals("article")) {
                    articles.merge(up, length, Integer::sum);
                }
            }
            if (paragraph.parent() != null) {
                parents.merge(paragraph.parent(), length, Integer::sum);
            }
        }
        Element best = largest(marked);
        if (best == null) {
            best = largest(articles);
        }
        if (best == null) {
            Element parent = largest(parents);
            best = parent == null ? body : widen(parent, body);
        }
        return best;
    }

    private static Element largest(Map<Element, Integer> scores) {
        return scores.entrySet().stream().filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Every {@code <p>} outside page furniture. */
    private static List<Element> storyParagraphs(Element root) {
        List<Element> paragraphs = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element != root && isFurniture(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (element.normalName().equals("p")) {
                        paragraphs.add(element);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return paragraphs;
    }

    /** Paragraphs of one story may sit in sibling wrappers; read from their common parent when it is a plain box. */
    private static Element widen(Element parent, Element body) {
        Element up = parent.parent();
        if (up != null && up != body && up.normalName().matches("div|section|main|article")) {
            long siblingsWithParagraphs = up.children().stream()
                    .filter(c -> c.children().stream().anyMatch(p -> p.normalName().equals("p"))).count();
            if (siblingsWithParagraphs > 1) {
                return up;
            }
        }
        return parent;
    }

    /** Blocks holding no other block, outside furniture, in document order. */
    private static List<String> leafBlocks(Element container) {
        List<String> paragraphs = new ArrayList<>();
        Deque<boolean[]> open = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (element != container && isFurniture(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCKS.contains(element.normalName())) {
                        if (!open.isEmpty()) {
                            open.peek()[0] = true;
                        }
                        open.push(new boolean[1]);
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())
                        && (element == container || !isFurniture(element))) {
                    boolean holdsBlocks = open.pop()[0];
                    if (!holdsBlocks && isProse(element)) {
                        paragraphs.add(element.text());
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, container);
        return paragraphs;
    }

    /** The text outside furniture, for a story set without paragraph tags. */
    private static String plainText(Element container) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && element != container && isFurniture(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text()).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, container);
        return text.toString();
    }

    /** Text a reader would read as part of the story, not a link list or a "Read more" line. */
    private static boolean isProse(Element block) {
        String text = Paragraphs.strip(block.text());
        if (text.isEmpty() || FURNITURE_LINE.matcher(text).matches()) {
            return false;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        boolean mostlyLinks = linked * 10 > text.length() * 7;
        return !(mostlyLinks && (block.normalName().equals("li") || text.length() < 200));
    }
}
