package org.stancemap.draft.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: headline, outlet, publication date and address, from its
 * {@code <meta>} tags, {@code <time>} and JSON-LD. Only what the page states, never a guess.
 */
final class HtmlMetadata {

    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{1,80})\"");
    private static final Pattern JSON_LD_PUBLISHER =
            Pattern.compile("\"publisher\"\\s*:\\s*\\{[^{}]{0,400}?\"name\"\\s*:\\s*\"([^\"]{1,120})\"");
    private static final Pattern JSON_LD_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"]{1,300})\"");

    private final Document page;
    private final String jsonLd;

    HtmlMetadata(Document page) {
        this.page = page;
        StringBuilder scripts = new StringBuilder();
        for (Element script : page.select("script[type=application/ld+json]")) {
            scripts.append(script.data()).append('\n');
        }
        this.jsonLd = scripts.toString();
    }

    /** The page's headline: the article's h1, else og:title, any h1, JSON-LD, or {@code <title>}. */
    String title() {
        String articleHeading = text(page.selectFirst("article h1"));
        if (!articleHeading.isEmpty()) {
            return articleHeading;
        }
        String og = meta("og:title", "twitter:title");
        if (!og.isEmpty()) {
            return og;
        }
        String heading = text(page.selectFirst("h1"));
        if (!heading.isEmpty()) {
            return heading;
        }
        String headline = jsonLd(JSON_LD_HEADLINE);
        return headline.isEmpty() ? Paragraphs.strip(page.title()) : headline;
    }

    String outlet() {
        String outlet = meta("og:site_name", "application-name", "publisher", "dc.publisher");
        return outlet.isEmpty() ? jsonLd(JSON_LD_PUBLISHER) : outlet;
    }

    String date() {
        String date = meta("article:published_time", "datePublished", "pubdate", "publishdate", "date",
                "dc.date", "dc.date.issued", "dcterms.created");
        if (!date.isEmpty()) {
            return date;
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        if (time != null && !Paragraphs.strip(time.attr("datetime")).isEmpty()) {
            return Paragraphs.strip(time.attr("datetime"));
        }
        return jsonLd(JSON_LD_DATE);
    }

    String url() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && canonical.attr("href").matches("(?i)https?://\\S+")) {
            return canonical.attr("href").strip();
        }
        String og = meta("og:url");
        return og.matches("(?i)https?://\\S+") ? og : "";
    }

    /** The first non-empty {@code content} of a meta tag with one of these property/name/itemprop values. */
    private String meta(String... keys) {
        for (String key : keys) {
            for (Element meta : page.select("meta[content]")) {
                boolean named = key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))
                        || key.equalsIgnoreCase(meta.attr("itemprop"));
                String content = Paragraphs.strip(meta.attr("content"));
                if (named && !content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    private String jsonLd(Pattern pattern) {
        Matcher matcher = pattern.matcher(jsonLd);
        return matcher.find() ? Paragraphs.strip(unescape(matcher.group(1))) : "";
    }

    private static String unescape(String json) {
        return json.replace("\\/", "/").replace("\\\"", "\"");
    }

    private static String text(Element element) {
        return element == null ? "" : Paragraphs.strip(element.text());
    }
}
