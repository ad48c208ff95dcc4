package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One repair of the tagger's tags: a sentence of the text's prose has a finite verb. The tagger
 * sometimes reads a simple past as a participle when a phrase stands between the subject and the
 * verb ("A federal jury on Thursday convicted Ann Lee of fraud": convicted/VBN), and the tense of
 * the clause, which dates its weekday, is then lost. When a full sentence (ending in a stop, at
 * least {@value #MIN_TOKENS} tokens) has no finite verb and exactly one past participle with no
 * "be", "have" or "get" before it, followed by its object (a determiner, a name, a pronoun or a
 * number), that participle is the clause's simple past. A headline ("Man arrested in Oakby", no
 * stop) and a reduced relative beside a finite verb ("the man arrested on Friday was released")
 * keep their tags.
 */
final class ClauseTags {
    private static final int MIN_TOKENS = 8;
    private static final Set<String> STOPS = Set.of(".", "!", "?");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> PASSIVE_OR_PERFECT = Set.of("be", "is", "are", "was", "were", "been", "being",
            "am", "'s", "'re", "has", "have", "had", "having", "'ve", "'d", "get", "gets", "got", "gotten", "getting");
    private static final Set<String> OBJECT_START = Set.of("DT", "NNP", "NNPS", "PRP", "PRP$", "CD");

    private ClauseTags() {
    }

    /** Retags, in place, the one participle of a sentence without a finite verb as a simple past. */
    static void repairFiniteVerb(List<CoreLabel> labels) {
        if (labels.size() < MIN_TOKENS || !STOPS.contains(labels.get(labels.size() - 1).word())) {
            return;
        }
        int participle = -1;
        for (int i = 0; i < labels.size(); i++) {
            String tag = labels.get(i).tag();
            if (FINITE.contains(tag)) {
                return;
            }
            if ("VBN".equals(tag)) {
                if (participle >= 0) {
                    return; // two participles: no one reading to repair
                }
                participle = i;
            }
        }
        if (participle <= 0 || participle + 1 >= labels.size() || labels.get(participle - 1).word().equals(",")
                || !OBJECT_START.contains(labels.get(participle + 1).tag())) {
            // after a comma the participle opens a phrase of its own ("Order Denying Motion, entered June 2, 2020")
            return;
        }
        for (int i = 0; i < participle; i++) {
            if (PASSIVE_OR_PERFECT.contains(labels.get(i).word().toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        labels.get(participle).setTag("VBD");
    }

    /** Forms of the verbs of staying and of "be" after which "held" is the passive of "hold". */
    private static final Set<String> STATE_VERBS = Set.of("remain", "remains", "remained", "remaining", "stay", "stays",
            "stayed", "is", "are", "was", "were", "be", "been", "being", "'s", "'re");

    /**
     * A second repair: the tagger reads "held" after a verb of staying or a form of "be" as an
     * adjective ("Ann Lee remained held at the county jail", "is still held without bail": held/JJ,
     * whose lemma is then "held"); it is the participle of "hold", which is retagged VBN (adverbs
     * may stand between). "a privately held company" (after a determiner) keeps its tag.
     */
    static void repairHeldParticiple(List<CoreLabel> labels) {
        for (int i = 1; i < labels.size(); i++) {
            if (!"JJ".equals(labels.get(i).tag()) || !labels.get(i).word().equalsIgnoreCase("held")) {
                continue;
            }
            int k = i - 1;
            while (k > 0 && labels.get(k).tag() != null && labels.get(k).tag().startsWith("RB")) {
                k--;
            }
            if (STATE_VERBS.contains(labels.get(k).word().toLowerCase(Locale.ROOT))) {
                labels.get(i).setTag("VBN");
            }
        }
    }
}
