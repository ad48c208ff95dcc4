package org.casefile.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Keeps the article of a news page and drops the rest: navigation, scripts, styles, "related"
 * lists, comments, share bars and footers. Reads the headline and the publication date from the
 * page's metadata (Open Graph / article meta tags, Dublin Core, schema.org JSON-LD, a
 * {@code <time datetime>} in the byline).
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlArticleExtractor {
    /** The article of a page. */
    public record Article(String title, String text, LocalDate published) {
    }

    private static final String DROP_TAGS =
            "script, style, noscript, template, iframe, nav, header, footer, aside, form, button, "
                    + "svg, figure figcaption:empty, [hidden], [aria-hidden=true], [role=navigation], "
                    + "[role=banner], [role=contentinfo], [role=complementary]";

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|side-bar|related|recommend|comments?|advert\\w*"
                    + "|ads?|ad-slot|adsbygoogle|sponsored|promo|share|sharing|social|subscribe|newsletter"
                    + "|cookies?|consent|gdpr|breadcrumbs?"
                    + "|masthead|site-header|popular|trending|outbrain|taboola|paywall)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);

    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[property=og:published_time]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=date]", "meta[name=dc.date]", "meta[name=DC.date.issued]",
        "meta[name=dcterms.issued]", "meta[name=dcterms.date]", "meta[itemprop=datePublished]",
    };

    private static final Pattern JSON_LD_DATE =
            Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    public Article extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = title(doc);
        LocalDate published = published(doc);
        doc.select(DROP_TAGS).remove();
        for (Element el : new ArrayList<>(doc.body().select("[class], [id]"))) {
            if (el.parent() != null && isBoilerplate(el)) {
                el.remove();
            }
        }
        Element root = articleRoot(doc);
        String text = blockText(root, title);
        return new Article(title, text, published);
    }

    private static boolean isBoilerplate(Element el) {
        if (el.tagName().equals("article") || el.tagName().equals("main") || el.tagName().equals("body")) {
            return false;
        }
        String names = el.className() + " " + el.id();
        return BOILERPLATE.matcher(names).find();
    }

    private static String title(Document doc) {
        for (String q : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
            Element meta = doc.selectFirst(q);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static LocalDate published(Document doc) {
        for (String q : DATE_META) {
            Element meta = doc.selectFirst(q);
            if (meta != null) {
                LocalDate d = parse(meta.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            var m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate d = parse(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        Element time = doc.selectFirst("article time[datetime], [class*=byline] time[datetime], "
                + "[class*=dateline] time[datetime], time[pubdate][datetime], time[itemprop=datePublished]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return time == null ? null : parse(time.attr("datetime"));
    }

    private static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return IsoDates.parseDateOrDateTime(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The element holding the article: {@code <article>}, {@code <main>}, or the densest block. */
    private static Element articleRoot(Document doc) {
        Elements articles = doc.select("article, [itemprop=articleBody], main, [role=main]");
        Element best = null;
        int bestLength = 0;
        for (Element candidate : articles) {
            int length = paragraphLength(candidate);
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        // no semantic markup: the parent of the most paragraph text
        for (Element p : doc.body().select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = paragraphLength(parent);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best != null ? best : doc.body();
    }

    private static int paragraphLength(Element el) {
        int n = 0;
        for (Element p : el.select("p")) {
            n += p.text().length();
        }
        return n;
    }

    private static String blockText(Element root, String title) {
        List<String> blocks = new ArrayList<>();
        Elements elements = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dt, dd");
        if (title != null && root.selectFirst("h1") == null) {
            blocks.add(title);
        }
        for (Element el : elements) {
            if (hasBlockAncestorIn(el, root)) {
                continue; // its text is part of an enclosing block already taken
            }
            String text = el.tagName().equals("pre") ? el.wholeText() : el.text();
            if (!text.isBlank()) {
                blocks.add(text.strip());
            }
        }
        if (blocks.isEmpty() || (blocks.size() == 1 && title != null)) {
            String all = root.text();
            if (all.isBlank()) {
                // a title of our own making and nothing else is no article
                return root.selectFirst("h1") == null ? "" : String.join("\n\n", blocks);
            }
            return all;
        }
        return String.join("\n\n", blocks);
    }

    private static boolean hasBlockAncestorIn(Element el, Element root) {
        for (Element a = el.parent(); a != null && a != root; a = a.parent()) {
            String tag = a.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("p") || tag.equals("li") || tag.equals("blockquote") || tag.equals("pre")
                    || tag.equals("td") || tag.equals("dd")) {
                return true;
            }
        }
        return false;
    }
}
