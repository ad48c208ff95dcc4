package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A news dateline's place. A story's first paragraph may open with its place in capitals, then a
 * dash ("KESTREL FALLS — A jury on Tuesday …") or a comma and a region ("PORT ELDER, Maine —"). The
 * CRF, trained on ordinary capitalisation, reads such a run as anything: one word an organisation,
 * the next a verb ("FALLS"). Here the run is a place when all of these hold:
 * <ul>
 *   <li>it opens one of the document's first sentences, at the start of a line;</li>
 *   <li>it is one to four words written wholly in capitals (letters, periods, hyphens,
 *       apostrophes), two letters or more in all;</li>
 *   <li>a dash follows it, or a comma, a region in capitalised words and then a dash or an opening
 *       parenthesis (the agency: "(AP)"), within five tokens; or the agency in parentheses
 *       right after the place, then a dash ("KESTREL FALLS (Harbor Wire) -"), the agency's words then
 *       being an organisation;</li>
 *   <li>the tagger read at least one of its words as a name of some kind (a word in capitals before
 *       a dash may be a label: "UPDATE —"), unless an agency's credit follows it; or, before a
 *       dash, none of its words is a desk label ({@link #DESK_LABELS}) nor a word the document
 *       writes in small letters ("KESTREL FALLS —" where the story has no "falls" is
 *       a place the tagger did not know; "ORDER —" in a filing that writes "order" is none).</li>
 * </ul>
 * Nothing is invented: the mention is the words the text has.
 */
public final class Datelines {
    private static final String LOCATION = "LOCATION";
    private static final String ORGANIZATION = "ORGANIZATION";
    /** How many of a document's first sentences may open with its dateline. */
    private static final int FIRST_SENTENCES = 4;
    private static final int MAX_WORDS = 4;
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}[\\p{Lu}.'’-]*");
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");
    /**
     * Words in capitals that open a story or a section as a label, not as its place (lower case):
     * "UPDATE —", "BREAKING NEWS —", "EDITOR'S NOTE —".
     */
    private static final Set<String> DESK_LABELS = Set.of("update", "updated", "updates", "breaking", "news", "exclusive",
            "analysis", "correction", "corrected", "clarification", "refile", "refiled", "opinion", "editorial",
            "commentary", "comment", "review", "interview", "factbox", "wrapup", "urgent", "flash", "advisory",
            "bulletin", "alert", "live", "watch", "video", "photos", "developing", "explainer", "feature", "preview",
            "recap", "obituary", "editor's", "editor’s", "note", "notice", "correspondent", "summary", "insight",
            "column", "letter", "letters", "special", "report", "sponsored", "advertisement", "poll", "file", "photo",
            "editors", "corrects", "fact", "check", "listen", "podcast", "graphic", "audio");
    /** Fine-grained place tags the run keeps: a city stays a city. */
    private static final Set<String> PLACE_TAGS = Set.of(LOCATION, "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private Datelines() {
    }

    /**
     * Tags as LOCATION, in place, the words of a dateline at the head of one of the first sentences,
     * and as ORGANIZATION an agency in parentheses right after them.
     */
    static void apply(String text, List<CoreMap> sentences) {
        apply(text, sentences, NameConsistency.smallWords(sentences));
    }

    /** {@link #apply(String, List)} with the words the document writes in small letters. */
    static void apply(String text, List<CoreMap> sentences, Set<String> small) {
        for (CoreMap s : sentences.subList(0, Math.min(FIRST_SENTENCES, sentences.size()))) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int run = placeRun(text, labels, small);
            for (int i = 0; i < run; i++) {
                if (!PLACE_TAGS.contains(labels.get(i).ner())) {
                    labels.get(i).setNER(LOCATION);
                }
            }
            // the agency credited right after the place is a body, whatever the CRF read it as
            // ("(Harbor Wire)" is no place)
            int close = run > 0 && run < labels.size() ? agencyThenDash(labels, run) : 0;
            for (int i = run + 1; i < close; i++) {
                labels.get(i).setNER(ORGANIZATION);
            }
            if (close > 0) {
                // its parentheses and the dash belong to no name ("Wire) - Acme Co." is none)
                for (int i : new int[] {run, close, close + 1}) {
                    labels.get(i).setNER("O");
                }
            }
            if (run > 0) {
                return;
            }
        }
    }

    /** How many tokens at the head of the sentence make its dateline's place, or 0 (a document with no small words). */
    static int placeRun(String text, List<CoreLabel> labels) {
        return placeRun(text, labels, Set.of());
    }

    /**
     * How many tokens at the head of the sentence make its dateline's place, or 0; {@code small}
     * holds the words the document writes in small letters.
     */
    static int placeRun(String text, List<CoreLabel> labels, Set<String> small) {
        if (labels.isEmpty() || !atLineStart(text, labels.get(0).beginPosition())) {
            return 0;
        }
        int n = 0;
        int letters = 0;
        while (n < labels.size() && n < MAX_WORDS && CAPITALS.matcher(labels.get(n).word()).matches()) {
            letters += (int) labels.get(n).word().chars().filter(Character::isLetter).count();
            n++;
        }
        if (n == 0 || letters < 2 || n >= labels.size()) {
            return 0;
        }
        if (agencyThenDash(labels, n) > 0) {
            // the agency's credit and the dash say it is a dateline, whatever the tagger read the
            // place as ("KESTREL FALLS (Harbor Wire) - A jury")
            return n;
        }
        String next = labels.get(n).word();
        if (labels.subList(0, n).stream().allMatch(l -> l.ner() == null || l.ner().equals("O"))
                && !(isDash(next) && unknownPlace(labels.subList(0, n), small))) {
            return 0;
        }
        if (isDash(next)) {
            // "KESTREL FALLS — A jury", "KESTREL FALLS—A jury"; a hyphen joined to the word is none
            // ("CAIR-SV/CC welcomes …", which the tokenizer splits)
            return !next.equals("-") || labels.get(n).beginPosition() > labels.get(n - 1).endPosition() ? n : 0;
        }
        if (next.equals(",")) {
            // a region (capitalised words) or an agency, then the dash: "PORT ELDER, Maine (AP) —";
            // not past another comma ("UNITED STATES OF AMERICA, Plaintiff, - against -" is a court
            // caption) nor a word in small letters ("TOVE HALLICK, a potter (1940-2021), died")
            for (int k = n + 1; k < Math.min(labels.size(), n + 6); k++) {
                String w = labels.get(k).word();
                if (isDash(w) || w.equals("(") || w.equals("-LRB-")) {
                    return k > n + 1 ? n : 0;
                }
                if (w.equals(",") || !Character.isUpperCase(w.charAt(0))) {
                    return 0;
                }
            }
        }
        return 0;
    }

    /**
     * Words in capitals, none of them a label nor a word the document writes in small letters: a
     * place the tagger did not know ("KESTREL FALLS" where the story never writes "falls").
     */
    private static boolean unknownPlace(List<CoreLabel> run, Set<String> small) {
        boolean proper = false;
        for (CoreLabel l : run) {
            String lower = l.word().toLowerCase(java.util.Locale.ROOT);
            if (DESK_LABELS.contains(lower)) {
                return false;
            }
            if (small.contains(lower)) {
                return false; // "STOCKS TUMBLE -": a headline of words the story writes small
            }
            proper |= lower.chars().filter(Character::isLetter).count() >= 2;
        }
        return proper;
    }

    /**
     * Where the closing parenthesis is of an agency's name in capitalised words that opens at
     * {@code open} and is followed by a dash ("(Harbor Wire) -", "(AP) —"), or 0.
     */
    static int agencyThenDash(List<CoreLabel> labels, int open) {
        if (!Set.of("(", "-LRB-").contains(labels.get(open).word())) {
            return 0;
        }
        for (int k = open + 1; k < Math.min(labels.size() - 1, open + 6); k++) {
            String w = labels.get(k).word();
            if (w.equals(")") || w.equals("-RRB-")) {
                return k > open + 1 && isDash(labels.get(k + 1).word()) ? k : 0;
            }
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals("&")) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Where the dateline that opens one of a story's first sentences ends: the offset right after
     * the dash of "KESTREL FALLS, Sept. 19 (Harbor Wire) -": the first word in capitals, no word in
     * small letters before the dash, and the dash set off by spaces; -1 when the sentence opens with
     * none. Its date is the story's, and its words no part of the
     * clause after it.
     */
    public static int end(Sentence s) {
        if (s.index() >= FIRST_SENTENCES || s.tokens().isEmpty()) {
            return -1;
        }
        String first = s.tokens().get(0).word();
        if (first.length() < 2 || !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                || first.chars().noneMatch(Character::isLetter)) {
            return -1;
        }
        List<Token> tokens = s.tokens();
        for (int k = 1; k < Math.min(tokens.size(), DATELINE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (isDash(t.word())) {
                // a dash set off by spaces ("KESTREL FALLS - "), not the hyphen of "U.S.-backed"
                boolean spaced = t.begin() > tokens.get(k - 1).end() && (k + 1 >= tokens.size() || tokens.get(k + 1).begin() > t.end());
                return spaced ? t.end() : -1;
            }
            if (!t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0))) {
                return -1; // words in small letters make a clause ("NASA on Tuesday delayed the launch — its third"), no dateline
            }
        }
        return -1;
    }

    /** The most tokens a dateline runs to before its dash ("PORT ELDER, Maine, Sept. 19 (Harbor Wire) -"). */
    private static final int DATELINE_TOKENS = 14;

    /** A token that may close a dateline: a dash (em, en, double or single hyphen). */
    public static boolean isDash(String word) {
        return DASHES.contains(word);
    }

    private static boolean atLineStart(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
