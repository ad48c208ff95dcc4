package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short news article inside a page full of boilerplate. */
class HtmlArticleTest {
    private static final String ARTICLE = "Judge blocks plant permit\n\n"
            + "A federal judge on Tuesday blocked the permit for the Riverside plant.\n\n"
            + "The company said it would appeal. Its filing quoted <script>alert(1)</script> & more.\n\n"
            + "The hearing is set for June 1, 2021.";

    @TempDir
    static Path dir;
    private static TikaIngester ingester;

    @BeforeAll
    static void setUp() {
        ingester = new TikaIngester(IngestOptions.defaults(), false, null);
    }

    @AfterAll
    static void tearDown() {
        ingester.close();
    }

    /** The page, with extra markup in its head and in its byline. */
    static String page(String head, String byline) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>Judge blocks plant permit | The Valley Courier</title>
                %s
                <script>var tracking = {"datePublished": "1999-01-01"};</script>
                <style>.byline { color: grey }</style>
                </head><body>
                <div id="cookie-banner" class="cookie-banner"><p>We use cookies to improve your experience.</p>
                  <button>Accept all cookies</button></div>
                <header class="site-header"><a href="/">The Valley Courier</a>
                  <nav><ul><li><a href="/news">News</a></li><li><a href="/courts">Courts</a></li></ul></nav></header>
                <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/courts">Courts</a></div>
                <main>
                 <article>
                  <h1>Judge blocks plant permit</h1>
                  <div class="byline">By Ann Reporter &middot; %s</div>
                  <div class="advertisement"><p>Advertisement: buy a boat today, the best boats in the valley!</p></div>
                  <p>A federal judge on Tuesday blocked the permit for the Riverside plant.</p>
                  <p>The company said it would appeal. Its filing quoted &lt;script&gt;alert(1)&lt;/script&gt; &amp; more.</p>
                  <ins class="adsbygoogle"><p>Sponsored: lawyers near you, call now for a free consultation.</p></ins>
                  <div class="share-bar"><p>Share this story on Facebook, Twitter and by e-mail.</p></div>
                  <p>The hearing is set for June&nbsp;1, 2021.</p>
                 </article>
                 <aside class="related"><h2>Related stories</h2><ul><li><a href="/1">Riverside plant opens its doors
                   to visitors for the first time in a decade</a></li></ul></aside>
                 <section id="comments" class="comments"><h3>42 comments</h3>
                   <p>First! I have always said this plant was a bad idea from the very beginning, and now look.</p></section>
                </main>
                <div class="newsletter"><p>Subscribe to our newsletter for the day's court news in your inbox.</p></div>
                <footer><p>&copy; 2021 The Valley Courier. All rights reserved. Privacy policy and terms of use.</p></footer>
                <!-- <p>an old paragraph, commented out</p> -->
                <script>document.write("<p>injected by a script</p>");</script>
                </body></html>
                """.formatted(head, byline);
    }

    private static IngestedDocument ingest(String name, String html) throws IOException {
        Path file = Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
        return ingester.ingest(new SourceFile(file, name, null), "dhtml", "x");
    }

    @Test
    void keepsOnlyTheArticleWithItsHeadlineAndMetaDate() throws IOException {
        IngestedDocument doc = ingest("story.html", page(
                "<meta property=\"article:published_time\" content=\"2021-05-11T08:00:00-07:00\">", "May 11, 2021"));
        assertThat(doc.status()).isEqualTo(DocumentStatus.OK);
        assertThat(doc.mediaType()).isEqualTo("text/html");
        assertThat(doc.text()).isEqualTo(ARTICLE);
        assertThat(doc.title()).isEqualTo("Judge blocks plant permit");
        assertThat(doc.published()).isEqualTo(new PublicationDate(LocalDate.of(2021, 5, 11), DateSource.METADATA));
        assertThat(doc.pages()).isNull();
    }

    @Test
    void dateFromJsonLd() throws IOException {
        IngestedDocument doc = ingest("ld.html", page("""
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
                  "headline": "Judge blocks plant permit", "datePublished": "2021-05-12T10:00:00Z"}</script>""",
                "Staff"));
        assertThat(doc.text()).isEqualTo(ARTICLE);
        assertThat(doc.published()).isEqualTo(new PublicationDate(LocalDate.of(2021, 5, 12), DateSource.METADATA));
    }

    @Test
    void dateFromTimeElement() throws IOException {
        IngestedDocument doc = ingest("time.html", page("", "<time datetime=\"2021-05-13\">May 13, 2021</time>"));
        assertThat(doc.text()).isEqualTo(ARTICLE);
        assertThat(doc.published()).isEqualTo(new PublicationDate(LocalDate.of(2021, 5, 13), DateSource.METADATA));
    }

    @Test
    void metaBeatsJsonLdBeatsTimeElement() {
        String html = page("<meta property=\"article:published_time\" content=\"2021-05-11\">"
                + "<script type=\"application/ld+json\">{\"datePublished\": \"2021-05-12\"}</script>",
                "<time datetime=\"2021-05-13\">May 13</time>");
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        assertThat(extractor.extract(html, null).published()).hasToString("2021-05-11");
        String noMeta = page("<script type=\"application/ld+json\">{\"datePublished\": \"2021-05-12\"}</script>",
                "<time datetime=\"2021-05-13\">May 13</time>");
        assertThat(extractor.extract(noMeta, null).published()).hasToString("2021-05-12");
    }

    @Test
    void ogTitleIsTheTitleWhenThereIsOne() {
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        var article = extractor.extract(page("<meta property=\"og:title\" content=\"Plant permit blocked\">", ""), null);
        assertThat(article.title()).isEqualTo("Plant permit blocked");
        assertThat(article.text()).isEqualTo(ARTICLE);
    }

    @Test
    void noDateAnywhereIsNoDate() throws IOException {
        IngestedDocument doc = ingest("undated.html", page("", "Staff"));
        assertThat(doc.published()).isNull();
    }
}
