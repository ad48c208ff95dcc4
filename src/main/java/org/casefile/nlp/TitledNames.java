package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's name the CRF left untagged right after a title: "was arraigned before Judge Tovi
 * Ansareth in Kell County court" had tagged "Judge" as a title and the two words after it as
 * nothing, so the judge was missing from the case. One to three capitalised proper nouns the tagger
 * left outside any name (read by their shape: most sentences have no tags yet), right after a
 * capitalised title word, are a person, unless
 * <ul>
 * <li>the document writes one of them in small letters elsewhere (a common word: "Judge Orders
 * Review");</li>
 * <li>the sentence is a headline in title case, where every word has a capital;</li>
 * <li>the last one heads an institution, a place or a law ("Justice Department", "Mayor Street")
 * or qualifies the title ("President Elect", "Professor Emeritus");</li>
 * <li>a capitalised word follows that the tagger did not take for a person's, which would make the
 * run part of a longer name (a person's tag after it joins the run: "Judge Tovi" + "Ansareth").</li>
 * </ul>
 */
final class TitledNames {
    private static final String TITLE = "TITLE";
    private static final String PERSON = "PERSON";
    private static final String NONE = "O";
    /** The longest name read after a title ("Judge Ana Maria Ruiz"). */
    private static final int MAX_WORDS = 3;
    /** A name's word: a capital then small letters, with an inner capital, an apostrophe or a hyphen ("McKee", "O'Neal", "Díaz-Ruiz"); or an initial. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:'\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.");
    /** A title word with a capital ("Judge", "Sen.", "Mayor"). */
    private static final Pattern TITLE_WORD = Pattern.compile("[A-Z][a-z]+\\.?");
    /** Words that end no person's name after a title: heads of institutions, places and laws, and words of the title. */
    private static final Set<String> NOT_NAMES = Set.of("Department", "Court", "Office", "Committee", "Commission",
            "Council", "Board", "Agency", "Bureau", "Ministry", "Service", "Services", "Administration", "Authority",
            "Corps", "Party", "House", "Senate", "Assembly", "Congress", "Parliament", "University", "College",
            "School", "Hospital", "Center", "Centre", "Institute", "Company", "Group", "Association", "Union",
            "Foundation", "Fund", "Trust", "Bank", "Day", "Act", "Law", "Bill", "Street", "Avenue", "Road", "Hall",
            "Building", "Square", "Park", "River", "Lake", "Mountain", "County", "City", "State", "Island",
            "Emeritus", "Emerita", "Elect", "Designate", "General", "Advocate", "Pro", "Tem");

    private TitledNames() {
    }

    /**
     * Tags as PERSON the untagged names after a title, in place.
     *
     * @param small the words the document writes in small letters (lower case)
     */
    static void apply(List<CoreMap> sentences, Set<String> small) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (titleCase(labels)) {
                continue;
            }
            bodyBeforeTitle(labels);
            for (int i = 0; i + 1 < labels.size(); i++) {
                CoreLabel title = labels.get(i);
                if (!TITLE.equals(title.ner()) || !TITLE_WORD.matcher(title.word()).matches()) {
                    continue;
                }
                int j = i + 1;
                while (j < labels.size() && j - i <= MAX_WORDS && untaggedNameWord(labels.get(j), small)) {
                    j++;
                }
                if (j == i + 1 || j - i > MAX_WORDS || NOT_NAMES.contains(labels.get(j - 1).word())) {
                    continue;
                }
                if (j < labels.size() && Character.isUpperCase(labels.get(j).word().charAt(0))
                        && !PERSON.equals(labels.get(j).ner())) {
                    continue; // "Judge Ray Kell Foundation …": the run goes on into another name
                }
                for (int k = i + 1; k < j; k++) {
                    labels.get(k).setNER(PERSON);
                }
                i = j - 1;
            }
            appositions(labels, small);
        }
    }

    /**
     * Capitalised nouns of a body that name none by themselves: before a title they say which
     * body's office it is ("Board Chairman", "Committee Chairwoman", "Party Secretary").
     */
    private static final Set<String> GENERIC_BODIES = Set.of("Board", "Committee", "Commission", "Council", "Party",
            "Cabinet", "Club", "Company", "Group", "Union", "Panel", "Team", "Department", "Ministry", "Agency",
            "Association", "Federation", "League", "Foundation", "Institute", "University", "Bank", "Fund");
    private static final String ORGANIZATION = "ORGANIZATION";

    /**
     * "Board Chairman Erik Sondvall said": the tagger takes a lone body noun before a title for an
     * organisation, though it names none; with a capitalised title after it and a name after that,
     * it is part of the title. A body noun inside a longer name ("Acme Board Chairman") is left.
     */
    private static void bodyBeforeTitle(List<CoreLabel> labels) {
        for (int i = 0; i + 2 < labels.size(); i++) {
            CoreLabel body = labels.get(i);
            if (!ORGANIZATION.equals(body.ner()) || !GENERIC_BODIES.contains(body.word())
                    || i > 0 && (ORGANIZATION.equals(labels.get(i - 1).ner()) || capitalised(labels.get(i - 1)))) {
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && TITLE.equals(labels.get(j).ner()) && capitalised(labels.get(j))) {
                j++;
            }
            if (j > i + 1 && j < labels.size() && capitalised(labels.get(j))
                    && (PERSON.equals(labels.get(j).ner()) || NONE.equals(labels.get(j).ner()))) {
                body.setNER(TITLE);
            }
        }
    }

    /** The most words between the comma and the role of an apposition ("Ann Lee, a longtime defense lawyer"). */
    private static final int MAX_BEFORE_ROLE = 3;
    /** Words that open a clause, not a noun phrase: after them a role is no apposition's ("Kell, where the mayor …"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("where", "which", "who", "whom", "whose", "that", "when",
            "while", "after", "before", "and", "or", "but", "as", "if", "since", "because");

    /**
     * A person's name the CRF left untagged beside a role set off by a comma: "Tovi Ansareth, a lawyer
     * for the mayor, said", "Her lawyer, Tovi Ansareth, said". Two or three capitalised words outside
     * any name, with a role in small letters (a word the lists tag as a title) on the other side of
     * the comma: the role says the name is a person's. One word alone is not taken (a surname or a
     * town could be either), nor a run that goes on into another capitalised word, nor one whose last
     * word heads an institution or a place ({@link #NOT_NAMES}).
     */
    private static void appositions(List<CoreLabel> labels, Set<String> small) {
        for (int a = 0; a < labels.size(); a++) {
            if (!untaggedNameWord(labels.get(a), small) || a > 0 && capitalised(labels.get(a - 1))) {
                continue;
            }
            int b = a;
            while (b < labels.size() && b - a < MAX_WORDS && untaggedNameWord(labels.get(b), small)) {
                b++;
            }
            if (b - a < 2 || b < labels.size() && capitalised(labels.get(b)) || NOT_NAMES.contains(labels.get(b - 1).word())
                    || timeOfDay(labels, a, b)) {
                a = b - 1;
                continue;
            }
            if (roleAfter(labels, b) || roleBefore(labels, a) && (b == labels.size() || !capitalised(labels.get(b)))) {
                for (int k = a; k < b; k++) {
                    labels.get(k).setNER(PERSON);
                }
            }
            a = b - 1;
        }
    }

    /** Words that place a day or a month in time ("Early Tuesday", "Late March"), no given name. */
    private static final Set<String> TIME_MODIFIERS = Set.of("Early", "Late", "Earlier", "Later", "Last", "Next", "This",
            "Mid", "Until", "Since", "By");

    /**
     * Whether the run {@code [a, b)} holds a weekday ("Tuesday" names no one) or opens with a word of
     * time before a month ("Early March, the mayor of Kell resigned"): a time, no person.
     */
    private static boolean timeOfDay(List<CoreLabel> labels, int a, int b) {
        for (int k = a; k < b; k++) {
            if (CalendarWords.WEEKDAYS.contains(labels.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return TIME_MODIFIERS.contains(labels.get(a).word())
                && CalendarWords.MONTHS.contains(labels.get(a + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** ", a lawyer", ", the city's mayor": a comma at {@code comma}, then a role in small letters within a few words. */
    private static boolean roleAfter(List<CoreLabel> labels, int comma) {
        if (comma >= labels.size() || !labels.get(comma).word().equals(",")) {
            return false;
        }
        for (int k = comma + 1; k < labels.size() && k <= comma + 1 + MAX_BEFORE_ROLE; k++) {
            CoreLabel l = labels.get(k);
            if (TITLE.equals(l.ner())) {
                // the role ends its phrase ("a lawyer for the mayor", "the city's treasurer,"); one that owns
                // or modifies a noun names something else ("the mayor's family business", "the mayor's hometown")
                // a capitalised role right after the article is one too ("Hugo Tarrow, the Archbishop of Kell,")
                String next = k + 1 < labels.size() ? labels.get(k + 1).word() : ".";
                boolean afterArticle = k == comma + 2 && ARTICLES.contains(labels.get(k - 1).word().toLowerCase(java.util.Locale.ROOT));
                return (Character.isLowerCase(l.word().charAt(0)) || afterArticle)
                        && ROLE_ENDS.contains(next.toLowerCase(java.util.Locale.ROOT));
            }
            if (!smallWord(l) || CLAUSE_WORDS.contains(l.word())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Her lawyer, ", "the board's spokeswoman, ": a role in small letters, then the comma before the
     * name at {@code name}; not the role "to" names a source by ("According to the mayor, Kestrel Falls …").
     */
    private static boolean roleBefore(List<CoreLabel> labels, int name) {
        if (name < 2 || !labels.get(name - 1).word().equals(",")) {
            return false;
        }
        CoreLabel role = labels.get(name - 2);
        for (int k = Math.max(0, name - 5); k < name - 2; k++) {
            if (labels.get(k).word().equalsIgnoreCase("to")) {
                return false;
            }
        }
        return TITLE.equals(role.ner()) && Character.isLowerCase(role.word().charAt(0));
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Words that may follow a role that ends its phrase: punctuation and the prepositions of its holder. */
    private static final Set<String> ROLE_ENDS = Set.of(",", ".", ";", ")", "for", "of", "at", "with", "in", "to", "from",
            "on", "who", "and");

    /** A word in small letters ("a", "longtime", "42-year-old") or the possessive's "'s". */
    private static boolean smallWord(CoreLabel l) {
        String w = l.word();
        return w.equals("'s") || w.equals("\u2019s") || !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    private static boolean capitalised(CoreLabel l) {
        String w = l.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean untaggedNameWord(CoreLabel l, Set<String> small) {
        return NONE.equals(l.ner()) && NAME_WORD.matcher(l.word()).matches()
                && !small.contains(l.word().toLowerCase(java.util.Locale.ROOT));
        // (a word the document also writes in small letters is a common word: "Judge Orders Review")
    }

    /** A headline written in title case: at least four words, four in five of them with a capital. */
    private static boolean titleCase(List<CoreLabel> labels) {
        int words = 0;
        int capitals = 0;
        for (CoreLabel l : labels) {
            String w = l.word();
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitals++;
                }
            }
        }
        return words >= 4 && capitals * 5 >= words * 4;
    }

}
