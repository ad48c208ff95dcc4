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
        }
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
