package org.stancemap.draft.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {

    @TempDir
    Path dir;

    static final String NEWS_PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Harbour plan splits town | The Coastal Gazette</title>
              <meta property="og:title" content="Harbour plan splits town">
              <meta property="og:site_name" content="The Coastal Gazette">
              <meta property="article:published_time" content="2024-03-05T08:00:00Z">
              <link rel="canonical" href="https://gazette.example/harbour-plan">
              <script>var tracking = "Read more about cookies";</script>
            </head><body>
              <header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
              <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
              <div class="ad-slot"><p>Buy the best boats at Harbour Marine today!</p></div>
              <main>
                <article>
                  <h1>Harbour plan splits town</h1>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
                  <p class="byline">By A. Writer</p>
                  <p>The mayor said on Tuesday that the old harbour would close to fishing boats.</p>
                  <figure><img src="pier.jpg"><figcaption>The old pier at dawn. Photo: B. Snapper</figcaption></figure>
                  <p>Fishers rejected the plan, saying it would cost them <em>two hours</em> a day.</p>
                  <aside class="related"><h3>Related</h3><ul><li><a href="/x">Pier history</a></li></ul></aside>
                  <p><a href="/more">Read more: the harbour's long history</a></p>
                  <blockquote><p>“We were never asked,” one skipper wrote.</p></blockquote>
                  <p>The council votes next month.</p>
                </article>
                <section id="comments"><h2>Comments</h2><p>Great article, thanks!</p></section>
              </main>
              <footer><p>© The Coastal Gazette. All rights reserved.</p></footer>
            </body></html>
            """;

    private ImportedArticle importHtml(String html, String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return new ArticleImporter().read(file);
    }

    @Test
    void newsPageGivesOnlyTheStoryParagraphsInOrder() throws Exception {
        ImportedArticle article = importHtml(NEWS_PAGE, "page.html");
        assertEquals("The mayor said on Tuesday that the old harbour would close to fishing boats.\n"
                + "Fishers rejected the plan, saying it would cost them two hours a day.\n"
                + "“We were never asked,” one skipper wrote.\n"
                + "The council votes next month.", article.text());
        for (String furniture : new String[] {"Home", "Politics", "Buy the best", "Share on", "Photo", "Related",
                "Read more", "Great article", "All rights", "cookies", "By A. Writer"}) {
            assertFalse(article.text().contains(furniture), furniture + " should be gone: " + article.text());
        }
    }

    @Test
    void newsPageGivesHeadlineOutletDateAndAddressFromItsMetadata() throws Exception {
        ImportedArticle article = importHtml(NEWS_PAGE, "page.htm");
        assertEquals("Harbour plan splits town", article.title());
        assertEquals("The Coastal Gazette", article.outlet());
        assertEquals("2024-03-05T08:00:00Z", article.date());
        assertEquals("https://gazette.example/harbour-plan", article.url());
    }

    @Test
    void dateAndOutletComeFromJsonLdOrTimeWhenMetaTagsAreMissing() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","datePublished":"2023-11-02","publisher":{"@type":"Organization","name":"Hill News"}}
                </script></head><body><h1>Quiet street</h1><p>Neighbours said the street was quiet again.</p></body></html>
                """;
        ImportedArticle article = importHtml(html, "a.html");
        assertEquals("Quiet street", article.title());
        assertEquals("2023-11-02", article.date());
        assertEquals("Hill News", article.outlet());
        assertEquals("Neighbours said the street was quiet again.", article.text());
        ImportedArticle timed = importHtml("<body><article><h1>T</h1><time datetime=\"2022-01-09\">9 Jan</time>"
                + "<p>Some words here.</p></article></body>", "b.html");
        assertEquals("2022-01-09", timed.date());
    }

    @Test
    void metadataThePageDoesNotStateStaysEmpty() throws Exception {
        ImportedArticle article = importHtml("<html><body><div><p>Only a paragraph of text.</p></div></body></html>",
                "bare.html");
        assertEquals("", article.title());
        assertEquals("", article.outlet());
        assertEquals("", article.date());
        assertEquals("", article.url());
        assertEquals("Only a paragraph of text.", article.text());
    }

    @Test
    void pageWithoutArticleTagIsReadFromTheBoxWithMostParagraphText() throws Exception {
        String html = """
                <body><div class="menu-box"><p>Menu</p></div>
                <div id="story"><div class="part"><p>First part of the story is here, with some length.</p></div>
                <div class="part"><p>Second part of the story follows it, also long enough.</p></div></div>
                <div class="sidebar-box"><p>Weather: sunny</p></div></body>
                """;
        assertEquals("First part of the story is here, with some length.\nSecond part of the story follows it, also"
                + " long enough.", importHtml(html, "c.html").text());
    }
}
