package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
 *   <li>a dash follows it, or a comma, then a region, a date or the agency ("(AP)") and then the
 *       dash, with no word in small letters before it ({@link #closingDash}, the one reading of a
 *       dateline every stage shares); or the agency in parentheses right after the place, then a
 *       dash ("KESTREL FALLS (Harbor Wire) -"), the agency's words then being an organisation;</li>
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
     * holds the words the document writes in small letters. The sentence must open a line with a
     * dateline ({@link #closingDash}) whose first one to four words are capitals, followed by the
     * dash, by a comma and the region or date, or by the agency in parentheses.
     */
    static int placeRun(String text, List<CoreLabel> labels, Set<String> small) {
        if (labels.isEmpty() || !atLineStart(text, labels.get(0).beginPosition())) {
            return 0;
        }
        int dash = closingDash(labels, CoreLabel::word, CoreLabel::beginPosition, CoreLabel::endPosition);
        int n = 0;
        int letters = 0;
        while (n < dash && n < MAX_WORDS && CAPITALS.matcher(labels.get(n).word()).matches()) {
            letters += (int) labels.get(n).word().chars().filter(Character::isLetter).count();
            n++;
        }
        if (n == 0 || letters < 2) {
            return 0;
        }
        if (agencyThenDash(labels, n) > 0) {
            // the agency's credit and the dash say it is a dateline, whatever the tagger read the
            // place as ("KESTREL FALLS (Harbor Wire) - A jury")
            return n;
        }
        // a place the tagger did not know, right before the dash or before a comma and a region it
        // knows ("PELHAM RIDGE, Kan. —")
        boolean regionAfter = n + 1 < dash && labels.get(n).word().equals(",") && PLACE_TAGS.contains(labels.get(n + 1).ner());
        if (labels.subList(0, n).stream().allMatch(l -> l.ner() == null || l.ner().equals("O"))
                && !((n == dash || regionAfter) && unknownPlace(labels.subList(0, n), small))) {
            return 0;
        }
        if (labels.get(n).word().equals(",") && "PERSON".equals(labels.get(n + 1).ner())) {
            return 0; // a surname, then the given name: an obituary's or a caption's "MARR, Ivo, 91 —"
        }
        // "KESTREL FALLS — A jury"; "PORT ELDER, Maine (AP) —", "PORT ELDER, Sept. 19 —" (a region or
        // a date between the comma and the dash)
        return n == dash || labels.get(n).word().equals(",") && dash > n + 1 ? n : 0;
    }

    /**
     * The one reading of a news dateline, which every stage shares: the index of the dash that
     * closes a dateline opening these tokens, or -1. The first word is in capitals (two letters or
     * more, no small letter: "KESTREL", "U.S."); up to the dash, within {@link #DATELINE_TOKENS}
     * tokens, no word outside parentheses starts with a small letter but the joining words of a
     * region's name after the comma ("SARAJEVO, Bosnia and Herzegovina (AP) —"); a region, a date
     * and the agency may stand there ("PORT ELDER, Maine, Sept. 19 (Harbor Wire) -"). The dash is
     * set off by spaces, or follows the agency's parenthesis; a dash joined to both words closes
     * only before a word that opens a sentence ("WASHINGTON—The Senate"; not "U.S.–China talks",
     * "NATO—Russia"), and never right after a comma (a court caption: "DOE, Plaintiff, — against").
     * After capitals alone the story goes on with a word that does not start with a small letter
     * ("NATO — long the bedrock of security — is fraying" has no dateline).
     */
    static <T> int closingDash(List<T> tokens, Function<T, String> word, ToIntFunction<T> begin, ToIntFunction<T> end) {
        if (tokens.size() < 2) {
            return -1;
        }
        String first = word.apply(tokens.get(0));
        if (first.chars().filter(Character::isLetter).count() < 2 || first.chars().anyMatch(Character::isLowerCase)) {
            return -1;
        }
        int depth = 0;
        boolean more = false; // a region, a date or an agency between the place and the dash
        for (int k = 1; k < Math.min(tokens.size(), DATELINE_TOKENS); k++) {
            String w = word.apply(tokens.get(k));
            if (w.equals("(") || w.equals("-LRB-")) {
                depth++;
                more = true;
            } else if (w.equals(")") || w.equals("-RRB-")) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && isDash(w)) {
                String before = word.apply(tokens.get(k - 1));
                String next = k + 1 < tokens.size() ? word.apply(tokens.get(k + 1)) : null;
                boolean agency = before.equals(")") || before.equals("-RRB-");
                boolean spacedBefore = begin.applyAsInt(tokens.get(k)) > end.applyAsInt(tokens.get(k - 1));
                boolean spacedAfter = next == null || begin.applyAsInt(tokens.get(k + 1)) > end.applyAsInt(tokens.get(k));
                if (before.equals(",")) {
                    return -1;
                }
                if (!agency && !spacedBefore && (w.equals("-") || !spacedAfter && !SENTENCE_OPENERS.contains(next))) {
                    return -1; // "U.S.-backed", "U.S.–China talks"
                }
                boolean goesOnSmall = next != null && (next.isEmpty() || Character.isLowerCase(next.codePointAt(0)));
                return goesOnSmall && !more ? -1 : k;
            } else if (w.equals(",")) {
                more = true;
            } else if (depth == 0 && !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !(more && REGION_JOINS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /** Small words inside a region's name after a dateline's comma ("Bosnia and Herzegovina", "Isle of Man"). */
    private static final Set<String> REGION_JOINS = Set.of("and", "of", "de", "del", "la", "le", "du", "upon", "on", "am");
    /** Words that open a story's sentence, after which a dash joined to both words closes a dateline ("WASHINGTON—The"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "In", "On", "At", "After", "Before", "When",
            "While", "As", "For", "It", "He", "She", "They", "We", "I", "This", "These", "Those", "Its", "His", "Her",
            "Their", "Our", "With", "From", "Since", "Despite", "Amid", "Following", "More", "Two", "Three");

    /**
     * How many tokens of a sentence its leading dateline takes, dash included ({@link
     * #closingDash}), or 0; in any sentence, for the stages that read a dateline apart (SUTime,
     * the parser).
     */
    static int length(List<CoreLabel> labels) {
        int dash = closingDash(labels, CoreLabel::word, CoreLabel::beginPosition, CoreLabel::endPosition);
        // a sentence that is all dateline ("QUILLANE (AP) —" before a blank line) is read whole
        return dash >= 0 && dash + 1 < labels.size() ? dash + 1 : 0;
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
     * Where the dateline that opens one of a story's first sentences ends ({@link #closingDash}):
     * the offset right after the dash of "KESTREL FALLS, Sept. 19 (Harbor Wire) -", or -1 when the
     * sentence opens with none. Its date is the story's, and its words no part of the clause after
     * it.
     */
    public static int end(Sentence s) {
        return s.index() < FIRST_SENTENCES ? headEnd(s) : -1;
    }

    /**
     * {@link #end} in any sentence: a page's headline, byline, agency and date lines may stand
     * before the dateline, and a page of briefs opens each brief with one.
     */
    public static int headEnd(Sentence s) {
        int dash = closingDash(s.tokens(), Token::word, Token::begin, Token::end);
        return dash < 0 ? -1 : s.tokens().get(dash).end();
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
