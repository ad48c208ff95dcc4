package org.casefile.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown read as text without its markup (CommonMark, with its YAML front matter extension):
 * headings, emphasis, links and images become their words, blocks are apart by a blank line; {@code title} and {@code date} of the
 * front matter become the document's title and a metadata date. Without a front-matter title, a
 * level-1 heading that opens the document is the title. Thread-safe.
 */
final class MarkdownText {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(YamlFrontMatterExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Blocks apart by a blank line; a link or an image is its words only (no quotation marks, no URL). */
    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(WordsOnly::new)
            .build();

    /**
     * A Markdown document's text and front matter.
     *
     * @param text the text without markup
     * @param title the front matter's title or the opening level-1 heading, or null
     * @param date the front matter's date (an ISO date or date-time), or null
     */
    record Result(String text, String title, LocalDate date) {
    }

    private MarkdownText() {
    }

    static Result read(String markdown) {
        Node document = PARSER.parse(markdown);
        YamlFrontMatterVisitor front = new YamlFrontMatterVisitor();
        document.accept(front);
        Map<String, List<String>> data = front.getData();
        String title = first(data, "title");
        if (title == null) {
            title = openingHeading(document);
        }
        LocalDate date = null;
        String dateValue = first(data, "date");
        if (dateValue != null) {
            String v = dateValue.replaceAll("^[\"']|[\"']$", "");
            try {
                // "2021-05-11", "2021-05-11T10:00:00Z", "2021-05-11 10:00" (as static site generators write it)
                date = v.matches("\\d{4}-\\d{2}-\\d{2}[ T].*") ? LocalDate.parse(v.substring(0, 10))
                        : IsoDates.parseDateOrDateTime(v);
            } catch (RuntimeException e) {
                date = null; // not a date we can read: no date rather than a guessed one
            }
        }
        return new Result(TEXT.render(document), title, date);
    }

    /** Renders a link or an image as the words it shows. */
    private static final class WordsOnly implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        WordsOnly(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, Image.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }

    private static String first(Map<String, List<String>> data, String key) {
        List<String> values = data.get(key);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0).strip();
    }

    /** The text of a level-1 heading that is the document's first block (after the front matter). */
    private static String openingHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n.getClass().getSimpleName().startsWith("YamlFrontMatter")) {
                continue;
            }
            if (n instanceof Heading h && h.getLevel() == 1) {
                String text = TEXT.render(h).strip();
                return text.isEmpty() ? null : text;
            }
            return null;
        }
        return null;
    }
}
