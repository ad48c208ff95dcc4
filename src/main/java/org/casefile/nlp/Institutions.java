package org.casefile.nlp;

import java.util.List;
import java.util.Set;

/**
 * Head nouns of an institution's name ("the Church of Velmora", "the Federal Fisheries
 * Commission"), which a text may use alone with a capital for that institution ("the Church",
 * "the Commission").
 */
public final class Institutions {
    /** The head nouns. */
    static final Set<String> HEADS = Set.of("Church", "Court", "Council", "Commission", "Committee",
            "Department", "Ministry", "Agency", "Bureau", "Board", "Party", "Museum", "University", "College",
            "Institute", "Foundation", "Corporation", "Company", "Authority", "Tribunal", "Assembly", "Parliament",
            "Senate", "Congress", "Administration", "Office");

    private Institutions() {
    }

    /** Whether a word, as written, is one of the head nouns. */
    public static boolean isHead(String word) {
        return HEADS.contains(word);
    }

    /**
     * The head noun of a name of two words or more, as written: its word before the first "of" or
     * "for" ("Church" of "Church of the Blessed Lamp", "Agency" of "Agency for Drug Safety"), else
     * its last word ("Commission"); null when it is no head noun.
     */
    public static String headOf(List<String> writtenWords) {
        if (writtenWords.size() < 2) {
            return null;
        }
        String head = writtenWords.get(writtenWords.size() - 1);
        for (int k = 1; k < writtenWords.size(); k++) {
            if (writtenWords.get(k).equals("of") || writtenWords.get(k).equals("for")) {
                head = writtenWords.get(k - 1);
                break;
            }
        }
        return HEADS.contains(head) ? head : null;
    }
}
