package org.casefile.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Scores who said what for one document: predicted claims against gold attributions.
 *
 * <ul>
 *   <li><b>Matching.</b> A predicted claim matches a gold attribution when the claim's span and
 *       the gold content's covered range (first piece's begin to last piece's end) overlap by at
 *       least half of the shorter of the two. One-to-one, greedy: the pair with the larger overlap
 *       relative to the pair's union first (so a long claim over two gold contents does not take
 *       the one a closer claim fits), then earlier gold, then earlier prediction.</li>
 *   <li><b>Direct quotes.</b> Gold attributions whose content is a direct quote
 *       ({@link GoldAttribution#directQuote}), found when matched, and found as a quote when the
 *       matched claim is of kind {@code quote}.</li>
 *   <li><b>Named speakers.</b> Over matched pairs whose gold source is headed by a name
 *       ({@link #nameHead}): right when the claim's speaker as written, or the canonical name or
 *       an alias of its speaker entity, ends with the head word or holds it as a word (case
 *       ignored).</li>
 *   <li><b>Speaker present.</b> Matched pairs whose claim has any speaker.</li>
 * </ul>
 */
public final class AttributionScorer {
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "me", "him",
            "her", "us", "them", "his", "its", "our", "their", "my", "your", "this", "that", "these", "those", "who", "one", "someone", "somebody", "anyone",
            "anybody", "everyone", "everybody", "nobody", "none", "some", "many", "others", "both", "all", "each",
            "most", "few", "several", "either", "neither", "another", "other");
    /** Words that start a post-modifier of the source's head noun. */
    private static final Set<String> POST_MODIFIERS = Set.of("who", "whom", "whose", "which", "that", "of", "from",
            "for", "at", "in", "with", "on", "to", "by", "about", "as", "under", "among", "after", "before",
            "during", "since", "like", "than", "over", "near", "into", "within", "without", "representing");
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'’\\-]+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private AttributionScorer() {
    }

    /** One document's counts and what went wrong in it. */
    public record Result(AttributionScore score, List<GoldAttribution> missed, List<PredClaim> falsePositives,
                         List<WrongSpeaker> wrongSpeakers, List<PredClaim> claims) {
        /** The predicted claim that overlaps a gold content most (matched or not), or null. */
        public PredClaim overlapping(GoldAttribution a) {
            PredClaim best = null;
            int most = 0;
            for (PredClaim c : claims) {
                int o = a.content().range().overlap(c.span());
                if (o > most) {
                    most = o;
                    best = c;
                }
            }
            return best;
        }
    }

    /** A matched pair whose gold source is headed by a name the predicted speaker does not carry. */
    public record WrongSpeaker(GoldAttribution gold, PredClaim predicted, String head) {
    }

    /** True when the spans overlap by at least half of the shorter one (and by one char at least). */
    public static boolean matches(Span gold, Span predicted) {
        int overlap = gold.overlap(predicted);
        return overlap > 0 && 2L * overlap >= Math.min(gold.length(), predicted.length());
    }

    /** The one-to-one greedy matching described in the class comment. */
    public static List<Match> match(List<Span> gold, List<Span> predicted) {
        record Candidate(int g, int p, long overlap, long union) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Span gs = gold.get(g);
                Span ps = predicted.get(p);
                if (matches(gs, ps)) {
                    int overlap = gs.overlap(ps);
                    candidates.add(new Candidate(g, p, overlap, gs.length() + ps.length() - overlap));
                }
            }
        }
        // larger overlap / union first (exact integer comparison), then earlier gold, earlier prediction
        candidates.sort(((Comparator<Candidate>) (a, b) -> Long.compare(b.overlap() * a.union(), a.overlap() * b.union()))
                .thenComparingInt(Candidate::g).thenComparingInt(Candidate::p));
        return Scorer.oneToOne(candidates, Candidate::g, Candidate::p, gold.size(), predicted.size());
    }

    /**
     * The name that heads a source, or {@code null} when the source is not headed by a name. The
     * source is cut before its first comma, parenthesis, dash or post-modifier word ("who",
     * "of", "from", "for", "at", "in", "with"...), except an "of" inside a title before the name
     * ("Secretary of State Ann Example"; see {@link #titleOf}). The head is the last word of what is
     * left (a possessive 's and a suffix "Jr."/"III" dropped); it counts when it is capitalised
     * and no pronoun ("He", "They", "Some"...).
     */
    public static String nameHead(String source) {
        if (source == null) {
            return null;
        }
        String s = source.replace('\n', ' ');
        int cut = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '(' || c == '—' || c == '–' || c == ';' || c == '[') {
                cut = i;
                break;
            }
        }
        String[] words = s.substring(0, cut).trim().split("\\s+");
        int end = words.length;
        for (int i = 1; i < words.length; i++) {
            if (POST_MODIFIERS.contains(words[i].toLowerCase(Locale.ROOT)) && !titleOf(words, i)) {
                end = i;
                break;
            }
        }
        String head = null;
        for (int i = end - 1; i >= 0 && head == null; i--) {
            String w = EDGE_PUNCT.matcher(words[i]).replaceAll("");
            w = w.replaceAll("['’][sS]?$", "");
            if (!w.isEmpty() && !(i > 0 && NAME_SUFFIXES.contains(w.toLowerCase(Locale.ROOT)))) {
                head = w;
            }
        }
        if (head == null || !Character.isUpperCase(head.codePointAt(0))
                || PRONOUNS.contains(head.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return head;
    }

    /**
     * "of" inside a title before a name: one capitalised word before it (after a lower-case word
     * or none) and two or more capitalised words from it to the end ("former Secretary of State
     * Ann Example"; not "Sen. Ann Example of West Ohio", not "a spokesman for Ann Example").
     */
    private static boolean titleOf(String[] words, int of) {
        if (!words[of].equals("of") || words.length - of - 1 < 2 || !capitalised(words[of - 1])
                || of >= 2 && capitalised(words[of - 2])) {
            return false;
        }
        for (int i = of + 1; i < words.length; i++) {
            if (!capitalised(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /**
     * The name that heads a gold source in a document: {@link #nameHead} of its text, and not a
     * capitalised common word that merely starts a sentence. When the head is the source's first
     * word and the source starts a sentence ("Officials said"), it does not count when the
     * document also writes the word in lower case ("officials") and never capitalises it inside a
     * sentence.
     */
    public static String nameHead(GoldAttribution.Part source, String text) {
        if (source == null) {
            return null;
        }
        String head = nameHead(source.text());
        if (head == null) {
            return null;
        }
        String first = EDGE_PUNCT.matcher(source.text().trim().split("\\s+")[0]).replaceAll("")
                .replaceAll("['’][sS]?$", "");
        if (!first.equals(head) || !startsSentence(text, source.range().begin())) {
            return head;
        }
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(head) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        var m = word.matcher(text);
        boolean lowerCase = false;
        while (m.find()) {
            boolean upper = Character.isUpperCase(text.codePointAt(m.start()));
            if (upper && !startsSentence(text, m.start())) {
                return head;
            }
            lowerCase |= !upper;
        }
        return lowerCase ? null : head;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || "\"“”'‘’(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    /** True when the claim's speaker carries the head word (see the class comment). */
    public static boolean speakerRight(String head, PredClaim claim) {
        String h = head.toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        if (claim.speakerName() != null) {
            names.add(claim.speakerName());
        }
        names.addAll(claim.speakerNames());
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT).trim();
            if (lower.endsWith(h)) {
                return true;
            }
            for (String w : WORD_SPLIT.split(lower)) {
                if (w.equals(h) || w.replaceAll("['’]s$", "").equals(h)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Scores one document's claims. */
    public static Result score(AttributionDocument doc, List<PredClaim> claims) {
        String text = doc.text();
        List<GoldAttribution> gold = doc.attributions();
        List<Span> goldSpans = gold.stream().map(a -> a.content().range()).toList();
        List<Span> predSpans = claims.stream().map(PredClaim::span).toList();
        List<Match> matches = match(goldSpans, predSpans);
        PredClaim[] matchOf = new PredClaim[gold.size()];
        boolean[] predMatched = new boolean[claims.size()];
        for (Match m : matches) {
            matchOf[m.gold()] = claims.get(m.predicted());
            predMatched[m.predicted()] = true;
        }
        int quotes = 0;
        int quotesFound = 0;
        int quotesAsQuote = 0;
        int named = 0;
        int namedRight = 0;
        int speakerPresent = 0;
        Map<String, Integer> predictedByKind = new TreeMap<>();
        Map<String, Integer> matchedByKind = new TreeMap<>();
        Map<String, Integer> stances = new TreeMap<>();
        List<GoldAttribution> missed = new ArrayList<>();
        List<PredClaim> falsePositives = new ArrayList<>();
        List<WrongSpeaker> wrong = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution a = gold.get(g);
            PredClaim p = matchOf[g];
            if (a.directQuote(text)) {
                quotes++;
                if (p != null) {
                    quotesFound++;
                    quotesAsQuote += p.isQuote() ? 1 : 0;
                }
            }
            if (p == null) {
                missed.add(a);
                continue;
            }
            speakerPresent += p.hasSpeaker() ? 1 : 0;
            String head = nameHead(a.source(), text);
            if (head != null) {
                named++;
                if (speakerRight(head, p)) {
                    namedRight++;
                } else {
                    wrong.add(new WrongSpeaker(a, p, head));
                }
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            PredClaim c = claims.get(i);
            String kind = c.kind() == null ? "none" : c.kind().json();
            predictedByKind.merge(kind, 1, Integer::sum);
            stances.merge(c.stance() == null ? "none" : c.stance().json(), 1, Integer::sum);
            if (predMatched[i]) {
                matchedByKind.merge(kind, 1, Integer::sum);
            } else {
                falsePositives.add(c);
            }
        }
        AttributionScore score = new AttributionScore(PRF.of(gold.size(), claims.size(), matches.size()), quotes,
                quotesFound, quotesAsQuote, named, namedRight, speakerPresent, predictedByKind, matchedByKind,
                stances);
        return new Result(score, missed, falsePositives, wrong, claims);
    }
}
