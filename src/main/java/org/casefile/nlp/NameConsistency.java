package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One reading of a surname per document. The CRF tags each sentence on its own, so a surname the
 * document has given in full ("Councilwoman Ada Veltri was indicted …") may go untagged where
 * the sentence says little about it ("Veltri pleaded not guilty."), and that sentence's event loses
 * its only participant. Here a word the tagger left untagged becomes a person when it is the last
 * word of a person's name of two or more words in the same document, or a name the tagger read as
 * a person standing alone there and that the document never writes in small letters (the full
 * name may be the one it misread: "Wendell Ashbury" as a place, then "Ashbury, 61, appeared"), and:
 * <ul>
 *   <li>it is written as a name (a capital, then small letters) and exactly as in the full name;</li>
 *   <li>no untagged capitalised word stands beside it ("Veltri Paving" may be a company);</li>
 *   <li>at the start of a sentence, where every word has a capital, the document never writes the
 *       word in small letters ("Young voters …" beside "Neil Young", with "young" elsewhere, stays a
 *       word).</li>
 * </ul>
 * Nothing is invented: the mention is the word the text has, and the grouping decides whom it
 * names (a surname two people share names neither).
 */
final class NameConsistency {
    private static final String PERSON = "PERSON";
    /** A word written as a name: a capital, then letters with at least one small one ("Lee", "McDonald", "O'Brien"). */
    static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?=[\\p{L}'’-]*\\p{Ll})[\\p{L}'’-]+");
    /** Names of months and weekdays: a person may be named May or Friday, a date keeps its word. */
    static final Set<String> CALENDAR_WORDS = CalendarWords.capitalised(CalendarWords.MONTHS_AND_WEEKDAYS);
    /** Last words of a name that are no surname. */
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr", "Jr.", "Sr.", "II", "III", "IV");

    private NameConsistency() {
    }

    /**
     * English words of the closed classes (articles, prepositions, conjunctions, subject pronouns, and
     * "last"): every longer text writes them in small letters, so a
     * capital on one is only its sentence's first letter. A one-sentence document shows none of them
     * in small letters ("On Tuesday, the mayor of Kell resigned." is no person "On Tuesday").
     * Words that also open names of companies ("Next", "All", "Our") are left out.
     */
    static final Set<String> CLOSED_CLASS = Set.of("a", "an", "the", "on", "in", "at", "by", "for", "from", "of",
            "to", "with", "after", "before", "since", "until", "during", "and", "or", "but", "if", "when", "while",
            "as", "because", "although", "he", "she", "it", "they", "we", "last");

    /** The words a document writes in small letters ("falls", "order"), which the name rules read as no name. */
    static Set<String> smallWords(List<CoreMap> sentences) {
        Set<String> small = new HashSet<>(CLOSED_CLASS);
        for (CoreMap s : sentences) {
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!l.word().isEmpty() && Character.isLowerCase(l.word().charAt(0))) {
                    small.add(l.word());
                }
            }
        }
        return small;
    }

    /** Tags as PERSON, in place, the untagged words that repeat a surname of the document. */
    static void apply(String text, List<CoreMap> sentences) {
        apply(text, sentences, smallWords(sentences));
    }

    /** {@link #apply(String, List)} with the document's {@link #smallWords}. */
    static void apply(String text, List<CoreMap> sentences, Set<String> lowercase) {
        surnamesLeftOut(sentences, lowercase);
        applyWords(text, sentences, lowercase);
        joinHyphenatedSurnames(sentences);
    }

    /**
     * A hyphenated surname the document names in full ("Amara N'Diaye-Holt") and then only half tagged
     * ("N'Diaye-Holt's office", where the tagger read "Holt" alone): the untagged half and its hyphen
     * take the person's tag, so the mention is the surname as written and not a part of it.
     */
    static void joinHyphenatedSurnames(List<CoreMap> sentences) {
        Set<String> hyphenated = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 2 < labels.size(); i++) {
                if (PERSON.equals(labels.get(i).ner()) && PERSON.equals(labels.get(i + 1).ner())
                        && PERSON.equals(labels.get(i + 2).ner()) && "-".equals(labels.get(i + 1).word())) {
                    hyphenated.add(labels.get(i).word() + "-" + labels.get(i + 2).word());
                }
            }
        }
        if (hyphenated.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 2 < labels.size(); i++) {
                CoreLabel a = labels.get(i);
                CoreLabel h = labels.get(i + 1);
                CoreLabel b = labels.get(i + 2);
                if (!"-".equals(h.word()) || !hyphenated.contains(a.word() + "-" + b.word())
                        || PERSON.equals(h.ner()) || !(PERSON.equals(a.ner()) ^ PERSON.equals(b.ner()))) {
                    continue;
                }
                CoreLabel untagged = PERSON.equals(a.ner()) ? b : a;
                if (untagged.ner() == null || "O".equals(untagged.ner())) {
                    untagged.setNER(PERSON);
                    h.setNER(PERSON);
                }
            }
        }
    }

    /**
     * A surname the tagger cut off a full name: "Attorney General Benedek Strand by 8 points" tagged
     * "Benedek" alone, "Strand" read as the noun. The untagged word after a one-word person becomes
     * the person's last word when the document uses it alone elsewhere ("Strand conceded", "accused
     * Strand of"), writes it nowhere in small letters, and it is written as a name,
     * with no other capitalised or tagged word after it ("Anna Strand Foundation" may be a body) and
     * no calendar word ("told Anna Monday"). The tagger runs before the parts of speech, so the
     * word's shape and uses decide. The repetition is the evidence: one name word beside another is
     * not joined on its shape alone.
     */
    static void surnamesLeftOut(List<CoreMap> sentences, Set<String> lowercase) {
        Set<String> loneUses = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if ((l.ner() == null || "O".equals(l.ner()) || PERSON.equals(l.ner()))
                        && NAME_WORD.matcher(l.word()).matches() && alone(labels, i)) {
                    loneUses.add(l.word());
                }
            }
        }
        if (loneUses.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                CoreLabel person = labels.get(i - 1);
                CoreLabel next = labels.get(i);
                String w = next.word();
                boolean nameAfter = i + 1 < labels.size() && (untaggedName(labels, i + 1)
                        || labels.get(i + 1).ner() != null && !"O".equals(labels.get(i + 1).ner()));
                if (!PERSON.equals(person.ner()) || i >= 2 && PERSON.equals(labels.get(i - 2).ner())
                        || !untaggedName(labels, i) || !NAME_WORD.matcher(w).matches()
                        || CALENDAR_WORDS.contains(w) || lowercase.contains(w.toLowerCase(Locale.ROOT))
                        || nameAfter || !loneUses.contains(w)) {
                    continue;
                }
                next.setNER(PERSON);
            }
        }
    }

    private static void applyWords(String text, List<CoreMap> sentences, Set<String> lowercase) {
        Set<String> surnames = new HashSet<>();
        Set<String> lone = new HashSet<>();
        Set<String> loneTwice = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (!PERSON.equals(labels.get(i).ner()) || i + 1 < labels.size() && PERSON.equals(labels.get(i + 1).ner())
                        && !CoreNlpAnnotator.labelLineBreak(text, labels.get(i).endPosition(), labels.get(i + 1).beginPosition())) {
                    continue; // not the last word of a person's name ("By Ann Lee" / "Harbor Gazette" are two names)
                }
                int last = i;
                while (last > i - 2 && last >= 0 && SUFFIXES.contains(labels.get(last).word())) {
                    last--;
                }
                if (last >= 0 && NAME_WORD.matcher(labels.get(last).word()).matches()
                        && !CALENDAR_WORDS.contains(labels.get(last).word())) {
                    boolean joined = last > 0 && PERSON.equals(labels.get(last - 1).ner())
                            && !CoreNlpAnnotator.labelLineBreak(text, labels.get(last - 1).endPosition(),
                                    labels.get(last).beginPosition());
                    if (joined) {
                        surnames.add(labels.get(last).word());
                        fullNames.add(labels.get(last).word());
                    } else if (last == i) {
                        // a lone tag at a sentence's start counts once it is seen twice
                        if (!startsSentence(labels, i) || !lone.add(labels.get(last).word())) {
                            loneTwice.add(labels.get(last).word());
                        }
                    }
                }
            }
        }
        for (String w : loneTwice) {
            if (!lowercase.contains(w.toLowerCase(Locale.ROOT))) {
                surnames.add(w); // tagged as a person alone somewhere, and never a word in small letters
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        Set<String> placeSurnames = placeSurnames(sentences, fullNames);
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if (placeSurnames.contains(l.word()) && LISTED_PLACE_TAGS.contains(l.ner()) && alone(labels, i)
                        && !(i > 0 && DETERMINERS.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
                    l.setNER(PERSON); // "Linnet Corvel …", then "Corvel claims …" where a list has Corvel as a city: the woman
                    continue;
                }
                if (!"O".equals(l.ner()) && l.ner() != null || !surnames.contains(l.word())) {
                    continue;
                }
                if (untaggedName(labels, i - 1) || untaggedName(labels, i + 1) || nextToDigits(labels, i)) {
                    continue; // "Lee Holdings"; "May 3" beside a person named May
                }
                if (startsSentence(labels, i) && lowercase.contains(l.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                l.setNER(PERSON);
            }
        }
    }

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** The place lists' tags: a word the lists know as a place, whatever the sentence says. */
    private static final Set<String> LISTED_PLACE_TAGS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");
    /** Before a place that qualifies a noun: "the Paris office". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");
    /** Words before a place: "in Paris", "flew to Houston". */
    private static final Set<String> BEFORE_PLACE = Set.of("in", "at", "from", "to", "into", "near", "of", "outside",
            "across", "around", "toward", "towards", "via", "through", "throughout", "within", "inside",
            "between", "over", "downtown", "suburban", "northern", "southern", "eastern", "western", "central");

    /**
     * The last words of the document's full names of people ("Linnet Corvel", "Dana Houston") that are
     * also places, when the document never writes them as a place: after a word of place ("in
     * Paris", "to Houston"), before a comma and another name ("Paris, France") or before "-based".
     * Where the story speaks of the person alone, the lone word is that person.
     */
    private static Set<String> placeSurnames(List<CoreMap> sentences, Set<String> fullNames) {
        Set<String> out = new HashSet<>();
        Set<String> asPlace = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                String w = labels.get(i).word();
                if (!fullNames.contains(w)) {
                    continue;
                }
                if (LISTED_PLACE_TAGS.contains(labels.get(i).ner())) {
                    out.add(w);
                }
                boolean afterPlaceWord = i > 0 && BEFORE_PLACE.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT));
                boolean beforeAnotherName = i + 2 < labels.size() && labels.get(i + 1).word().equals(",")
                        && PLACE_TAGS.contains(labels.get(i + 2).ner());
                boolean based = i + 1 < labels.size() && labels.get(i + 1).word().matches("-?based");
                if (afterPlaceWord || beforeAnotherName || based) {
                    asPlace.add(w);
                }
            }
        }
        out.removeAll(asPlace);
        return out;
    }

    /** A word standing alone: no name word, tagged or not, right before or after it. */
    private static boolean alone(List<CoreLabel> labels, int i) {
        for (int k : new int[] {i - 1, i + 1}) {
            if (k < 0 || k >= labels.size()) {
                continue;
            }
            CoreLabel n = labels.get(k);
            if (n.ner() != null && !"O".equals(n.ner()) || untaggedName(labels, k)) {
                return false;
            }
        }
        return true;
    }

    static boolean nextToDigits(List<CoreLabel> labels, int i) {
        return i > 0 && Character.isDigit(labels.get(i - 1).word().charAt(0))
                || i + 1 < labels.size() && Character.isDigit(labels.get(i + 1).word().charAt(0));
    }

    /** A capitalised word with no entity tag, at {@code i}. */
    static boolean untaggedName(List<CoreLabel> labels, int i) {
        if (i < 0 || i >= labels.size()) {
            return false;
        }
        CoreLabel l = labels.get(i);
        String w = l.word();
        return (l.ner() == null || "O".equals(l.ner())) && !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && !(i == 0 && FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Capitalised at the start of a sentence without being a name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "but", "and", "if", "when", "after",
            "before", "as", "on", "in", "at", "then", "later", "meanwhile", "still", "yet", "so", "while");

    /** The first word of the sentence, or the first after an opening quote or bracket. */
    static boolean startsSentence(List<CoreLabel> labels, int i) {
        for (int k = 0; k < i; k++) {
            if (Character.isLetterOrDigit(labels.get(k).word().charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
