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

    private CompanyShortNames() {
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
