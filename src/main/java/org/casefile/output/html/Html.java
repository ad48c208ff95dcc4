package org.casefile.output.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** HTML escaping and safe links, for every piece of document text that goes into HTML. */
public final class Html {
    private Html() {
    }

    /**
     * Untrusted text as HTML element content: escaped, and isolated in {@code <bdi>} so that
     * right-to-left text in it cannot reorder the dates and quotes around it. Null becomes an
     * empty element.
     */
    public static String text(String s) {
        return "<bdi>" + escape(s) + "</bdi>";
    }

    /** Whether {@code c} is a bidirectional formatting character (embedding, override, isolate, mark). */
    static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /**
     * Escapes text for HTML element content and quoted attribute values: {@code & < > " '}.
     * Bidirectional formatting characters are shown, not obeyed: U+202E becomes "⟨U+202E⟩".
     * Null becomes the empty string.
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (isBidiControl(ch)) {
                        b.append(String.format("⟨U+%04X⟩", (int) ch));
                    } else if (ch < 0x20 && ch != '\n' && ch != '\t' && ch != '\r') {
                        b.append(' ');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The URL when it is an absolute http(s) URL, else null (no {@code javascript:}, {@code data:}, relative...). */
    public static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** An escaped link to a safe URL, or the escaped label alone. */
    public static String link(String url, String label) {
        String safe = safeUrl(url);
        if (safe == null) {
            return text(label);
        }
        return "<a href=\"" + escape(safe) + "\" rel=\"noopener noreferrer\">" + text(label) + "</a>";
    }

    /** Shortens text to at most {@code max} characters at a word boundary, adding "…". */
    public static String shorten(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }
}
