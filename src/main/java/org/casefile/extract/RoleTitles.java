package org.casefile.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.domain.EntityType;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * The role a text gives a named person where the grammar ties the two, read from the tokens of one
 * sentence: a title before the name ("U.S. Attorney Rebecca Hale", "Iraqi refugee Omar X"), a role
 * in apposition before it ("His lawyer, Daniel Kim,") or after it ("Daniel Kim, a lawyer for the
 * county,"). Role words (TITLE, with NATIONALITY before a title) are attributes of the mention they
 * belong to, never entities of their own. Stateless.
 */
final class RoleTitles {
    /** Words that end a role phrase to the left even when capitalised. */
    private static final Set<String> LEFT_STOPS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "then", "but", "and", "or", "when", "after", "before", "as", "by", "with", "for", "to", "of", "in",
            "on", "at", "said", "says", "told", "according", "while", "if");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words that end a post-modifying role phrase ("a lawyer for the county, said"; "a lawyer who ..."). */
    private static final Set<String> RIGHT_STOPS = Set.of(",", ".", ";", ":", "—", "–", "--", "(", ")", "\"", "“", "”",
            "''", "``", "who", "which", "that", "whose", "said", "says", "told", "and");
    /** The longest role phrase kept after a name; a longer one keeps the title words alone. */
    private static final int MAX_PHRASE = 8;

    private RoleTitles() {
    }

    /** The role phrase of each person mention that has one. */
    static Map<EntityMention, String> of(AnnotatedDocument annotated) {
        Map<EntityMention, String> out = new HashMap<>();
        String text = annotated.document().text();
        for (EntityMention m : annotated.entities()) {
            if (m.entityType() != EntityType.PERSON || m.sentence() >= annotated.sentences().size()) {
                continue;
            }
            Sentence s = annotated.sentences().get(m.sentence());
            String title = before(text, s.tokens(), m);
            if (title == null) {
                title = appositionBefore(text, s.tokens(), m);
            }
            if (title == null) {
                title = appositionAfter(text, s.tokens(), m);
            }
            if (title != null) {
                out.put(m, title);
            }
        }
        return out;
    }

    private static boolean isRole(Token t) {
        return t.ner().equals("TITLE");
    }

    /** "U.S. Attorney Rebecca Hale": a title right before the name, with the capitalised words before it. */
    private static String before(String text, List<Token> tokens, EntityMention m) {
        int last = m.tokenBegin() - 1;
        if (last < 0 || !isRole(tokens.get(last))) {
            return null;
        }
        return phraseEndingAt(text, tokens, last);
    }

    /** "His lawyer, Daniel Kim, said": a role, a comma, the name, and a comma or the end of the clause. */
    private static String appositionBefore(String text, List<Token> tokens, EntityMention m) {
        int comma = m.tokenBegin() - 1;
        int last = comma - 1;
        if (last < 0 || !tokens.get(comma).word().equals(",") || !isRole(tokens.get(last))) {
            return null;
        }
        if (m.tokenEnd() < tokens.size()) {
            String next = tokens.get(m.tokenEnd()).word();
            if (!next.equals(",") && !next.equals(".") && !next.equals("(") && !next.equals("—")
                    && !next.toLowerCase(Locale.ROOT).matches("said|says|told")) {
                return null;
            }
        }
        return phraseEndingAt(text, tokens, last);
    }

    /** The title run that ends at {@code last}, with capitalised or nationality words before it. */
    private static String phraseEndingAt(String text, List<Token> tokens, int last) {
        int first = last;
        while (first > 0) {
            Token t = tokens.get(first - 1);
            String w = t.word();
            boolean role = EntityType.ofTag(t.ner()).filter(x -> x == EntityType.TITLE || x == EntityType.NATIONALITY).isPresent();
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && !t.ner().equals("PERSON")
                    && !LEFT_STOPS.contains(w.toLowerCase(Locale.ROOT));
            boolean glued = first >= 2 && tokens.get(first - 2).end() == t.begin(); // "CAIR-SV/CC": part of a longer word
            if (!role && !capitalised || glued || w.endsWith("'s")) {
                break;
            }
            first--;
        }
        return asWritten(text, tokens.get(first).begin(), tokens.get(last).end());
    }

    /** The phrase as written, a line break inside it read as a space. */
    private static String asWritten(String text, int begin, int end) {
        return text.substring(begin, end).replaceAll("\\s+", " ");
    }

    /** "Daniel Kim, a lawyer for the county, said": the role phrase after the comma, to the end of the apposition. */
    private static String appositionAfter(String text, List<Token> tokens, EntityMention m) {
        int comma = m.tokenEnd();
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return null;
        }
        int start = comma + 1;
        if (ARTICLES.contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
            start++;
        }
        int title = -1;
        for (int i = start; i < Math.min(tokens.size(), start + 4); i++) {
            Token t = tokens.get(i);
            if (isRole(t)) {
                title = i;
                break;
            }
            if (t.ner().equals("PERSON") || RIGHT_STOPS.contains(t.word().toLowerCase(Locale.ROOT)) || t.isVerb()) {
                return null; // "Hale, Kim, and Ortiz": a list of names, no apposition
            }
        }
        if (title < 0) {
            return null;
        }
        int titleEnd = title;
        while (titleEnd + 1 < tokens.size() && isRole(tokens.get(titleEnd + 1))) {
            titleEnd++;
        }
        int end = titleEnd;
        while (end + 1 < tokens.size() && !RIGHT_STOPS.contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT))
                && !tokens.get(end + 1).isVerb()) {
            end++;
        }
        boolean closed = end + 1 >= tokens.size() || RIGHT_STOPS.contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT));
        if (!closed || end - start + 1 > MAX_PHRASE) {
            end = titleEnd;
        }
        return asWritten(text, tokens.get(start).begin(), tokens.get(end).end());
    }
}
