package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company's short name. Business news names a company in full once ("Harlan Dyeworks Inc.")
 * and then by its first word ("Harlan reported a loss"), which the CRF, tagging each sentence on
 * its own, often leaves untagged at the head of a sentence. Here an untagged word becomes an
 * organisation when it is the first word of an organisation's name of two or more words that ends
 * with a legal form ("Inc.", "Corp.", "Ltd." …) in the same document, and, as for surnames
 * ({@link NameConsistency}): it is written as a name and exactly so; no untagged capitalised word
 * stands beside it ("Harlan Street"); no digit stands beside it; at a sentence's start the document
 * never writes it in small letters; and no person of the document bears it as a surname. Nothing
 * is invented: the mention is the word the text has, and the grouping decides which body it names.
 */
final class CompanyShortNames {
    private static final String ORGANIZATION = "ORGANIZATION";
    /** Legal forms that end a company's name (as the tokenizer writes them, with or without the period). */
    private static final Set<String> LEGAL_FORMS = Set.of("inc.", "inc", "corp.", "corp", "corporation", "co.", "co",
            "ltd.", "ltd", "llc", "l.l.c.", "plc", "p.l.c.", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh", "lp", "l.p.",
            "llp", "incorporated", "limited");

    /**
     * Legal forms that name a company whatever the words before them are tagged: the ones that
     * abbreviate nothing else ("AG", "SA", "NV", "LP" are also a title, a word or a state; "Limited"
     * is a word).
     */
    private static final Set<String> PLAIN_LEGAL_FORMS = LEGAL_FORMS.stream()
            .filter(f -> !Set.of("ag", "sa", "s.a.", "nv", "n.v.", "lp", "l.p.", "limited").contains(f))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Function words a run in capitals may begin with ("THE ACME CO."): never part of the name. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "of", "for", "to", "in",
            "on", "at", "by", "from", "with", "v", "v.", "vs", "vs.", "versus", "re", "dba", "d/b/a");
    /** The most name words a company's name holds before its legal form. */
    private static final int MAX_NAME_WORDS = 5;

    private CompanyShortNames() {
    }

    /**
     * Tags as ORGANIZATION, in place, a run of name words that ends with a legal form, where the
     * tagger read it otherwise: court captions and letterheads write parties in capitals
     * ("PELLOW CHEMICAL CO., Defendant"), where the CRF takes the first word for a person and
     * leaves the rest untagged. The run is the words written as names or in capitals right before
     * the form (and "&amp;" between them), at most five, never a function word, never across a
     * comma, and never beginning with a word the document also writes in small letters
     * ({@code lowercase}: "DEFENDANT"); "Co." needs two name words before it, as "Marion Co." may
     * be a county. Left alone: a run whose last name word the CRF already tagged an organisation
     * (it found the company and its bounds), and one with a word tagged anything but a person or
     * an organisation (a place, a date, a number).
     */
    static void legalFormRuns(List<CoreMap> sentences, Set<String> lowercase) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                String form = labels.get(i).word().toLowerCase(Locale.ROOT);
                if (!PLAIN_LEGAL_FORMS.contains(form)) {
                    continue;
                }
                int start = i;
                int words = 0;
                while (start - 1 >= 0 && i - start < MAX_NAME_WORDS + 1) {
                    String w = labels.get(start - 1).word();
                    boolean amp = "&".equals(w) && words > 0;
                    if (!amp && !nameShaped(w)) {
                        break;
                    }
                    if (!amp && w.chars().anyMatch(Character::isLowerCase) && lowercase.contains(w.toLowerCase(Locale.ROOT))) {
                        break; // a title-case headline's verb: "Sen. Ann Lee Targets Pellow Chemical Co."
                    }
                    if ("PERSON".equals(labels.get(start - 1).ner()) && start < i
                            && !"PERSON".equals(labels.get(start).ner()) && !ORGANIZATION.equals(labels.get(start).ner())) {
                        break; // a person's name ends where untagged words begin
                    }
                    start--;
                    if (!amp) {
                        words++;
                    }
                }
                // never begin with "&" or with a word the document also writes in small letters
                // ("DEFENDANT PELLOW CHEMICAL CO.", "Despite Acme Holdings Inc.")
                while (start < i && (!nameShaped(labels.get(start).word())
                        || lowercase.contains(labels.get(start).word().toLowerCase(Locale.ROOT)))) {
                    start++;
                }
                int needed = form.startsWith("co") && !form.startsWith("corp") ? 2 : 1;
                if (i - start < needed || ORGANIZATION.equals(labels.get(i - 1).ner())) {
                    continue; // too short, or the CRF found the company and its bounds
                }
                boolean otherType = false;
                for (int k = start; k <= i; k++) {
                    String ner = labels.get(k).ner();
                    otherType |= ner != null && !"O".equals(ner) && !ORGANIZATION.equals(ner) && !"PERSON".equals(ner);
                }
                if (otherType) {
                    continue;
                }
                for (int k = start; k <= i; k++) {
                    labels.get(k).setNER(ORGANIZATION);
                }
            }
        }
    }

    /** A word written as a name ("Pellow") or in capitals ("PELLOW", "A&amp;B"), and no function word or calendar word. */
    private static boolean nameShaped(String w) {
        if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)) || NameConsistency.CALENDAR_WORDS.contains(w)) {
            return false;
        }
        return NameConsistency.NAME_WORD.matcher(w).matches() || w.length() >= 2 && w.chars().allMatch(
                c -> Character.isUpperCase(c) || c == '&' || c == '-' || c == '\'');
    }

    /**
     * Tags as ORGANIZATION, in place, a word the tagger read as a person standing alone ("Velsar
     * recalls 180,000 heaters") when it is the first word of an organisation's name of two or more
     * words in the same document ("Velsar Appliances said …"), and no person of the document bears
     * it in a name of two or more words. News introduces a person by a full name, so a lone "person"
     * no full name explains, opening a company's name elsewhere, is that company's short name (a
     * headline's, most often). Left alone: a word the document also writes in small letters, a
     * calendar word, and a word beside another name word or a digit.
     */
    static void loneFirstWords(List<CoreMap> sentences, Set<String> lowercase) {
        Set<String> orgFirstWords = new HashSet<>();
        Set<String> personNameWords = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 1 < labels.size(); i++) {
                String w = labels.get(i).word();
                boolean opensOrg = ORGANIZATION.equals(labels.get(i).ner()) && ORGANIZATION.equals(labels.get(i + 1).ner())
                        && (i == 0 || !ORGANIZATION.equals(labels.get(i - 1).ner()));
                if (opensOrg && NameConsistency.NAME_WORD.matcher(w).matches() && !NameConsistency.CALENDAR_WORDS.contains(w)) {
                    orgFirstWords.add(w);
                }
                if ("PERSON".equals(labels.get(i).ner()) && "PERSON".equals(labels.get(i + 1).ner())) {
                    personNameWords.add(w);
                    personNameWords.add(labels.get(i + 1).word());
                }
            }
        }
        orgFirstWords.removeAll(personNameWords);
        if (orgFirstWords.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if (!"PERSON".equals(l.ner()) || !orgFirstWords.contains(l.word())
                        || lowercase.contains(l.word().toLowerCase(Locale.ROOT))
                        || i > 0 && !"O".equals(labels.get(i - 1).ner()) && labels.get(i - 1).ner() != null
                        || i + 1 < labels.size() && !"O".equals(labels.get(i + 1).ner()) && labels.get(i + 1).ner() != null) {
                    continue;
                }
                if (nameBeside(labels, i - 1, lowercase) || nameBeside(labels, i + 1, lowercase)
                        || NameConsistency.nextToDigits(labels, i)) {
                    continue;
                }
                l.setNER(ORGANIZATION);
            }
        }
    }

    /** An untagged name word at {@code i}, not counting a title-case headline's word the document also writes in small letters. */
    private static boolean nameBeside(List<CoreLabel> labels, int i, Set<String> lowercase) {
        return NameConsistency.untaggedName(labels, i) && !lowercase.contains(labels.get(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Tags as ORGANIZATION, in place, the untagged words that repeat a company's first word;
     * {@code lowercase} holds the words the document writes in small letters ({@link NameConsistency#smallWords}).
     */
    static void apply(List<CoreMap> sentences, Set<String> lowercase) {
        Set<String> shortNames = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int runStart = -1;
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String w = l.word();
                if ("PERSON".equals(l.ner()) && i > 0 && "PERSON".equals(labels.get(i - 1).ner())) {
                    surnames.add(w);
                }
                boolean org = ORGANIZATION.equals(l.ner());
                if (org && runStart < 0) {
                    runStart = i;
                }
                boolean runEnds = runStart >= 0 && (i + 1 == labels.size() || !ORGANIZATION.equals(labels.get(i + 1).ner()));
                if (org && runEnds) {
                    String first = labels.get(runStart).word();
                    if (i > runStart && LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT))
                            && NameConsistency.NAME_WORD.matcher(first).matches()
                            && !NameConsistency.CALENDAR_WORDS.contains(first)) {
                        shortNames.add(first);
                    }
                    runStart = -1;
                } else if (!org) {
                    runStart = -1;
                }
            }
        }
        shortNames.removeAll(surnames);
        if (shortNames.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if (l.ner() != null && !"O".equals(l.ner()) || !shortNames.contains(l.word())) {
                    continue;
                }
                if (NameConsistency.untaggedName(labels, i - 1) || NameConsistency.untaggedName(labels, i + 1)
                        || NameConsistency.nextToDigits(labels, i)) {
                    continue;
                }
                if (NameConsistency.startsSentence(labels, i) && lowercase.contains(l.word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                l.setNER(ORGANIZATION);
            }
        }
    }
}
