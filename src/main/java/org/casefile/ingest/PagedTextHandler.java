package org.casefile.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the body text of Tika's XHTML output, split into pages where the parser marks them
 * ({@code <div class="page">} for PDFs), with a line break after each block element. Not
 * thread-safe: one per parse.
 */
final class PagedTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "tr", "br", "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "section", "article");

    private final List<StringBuilder> pages = new ArrayList<>();
    private final int maxChars;
    private int headDepth;
    private int total;
    private boolean paged;
    private boolean truncated;

    PagedTextHandler(int maxChars) {
        this.maxChars = maxChars;
        pages.add(new StringBuilder());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            if (paged || !current().toString().isBlank()) {
                pages.add(new StringBuilder());
            } else {
                current().setLength(0); // whitespace before the first page is no page
            }
            paged = true;
        } else if (BLOCKS.contains(name)) {
            newline();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("head")) {
            headDepth--;
        } else if (BLOCKS.contains(name)) {
            newline();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (headDepth > 0 || truncated) {
            return;
        }
        if (total + length > maxChars) {
            length = Math.max(0, maxChars - total);
            truncated = true;
        }
        current().append(ch, start, length);
        total += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void newline() {
        StringBuilder sb = current();
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    private StringBuilder current() {
        return pages.get(pages.size() - 1);
    }

    /** True when the parser marked pages. */
    boolean isPaged() {
        return paged;
    }

    boolean isTruncated() {
        return truncated;
    }

    /** Raw text of each page (a single element for unpaged documents). */
    List<String> pages() {
        List<String> out = new ArrayList<>(pages.size());
        for (StringBuilder sb : pages) {
            out.add(sb.toString());
        }
        return out;
    }
}
