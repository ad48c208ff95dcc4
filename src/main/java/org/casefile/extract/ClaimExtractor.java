package org.casefile.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * Finds who said what. Direct quotes ("…," X said; said X; X said: "…"; according to X) with
 * their speaker, reported speech (X said (that) …; according to X, …) and a stance that
 * separates allegations from findings ({@code models/claim-cues.txt}).
 *
 * <p>Thread-safe.
 */
public final class ClaimExtractor {
    /** A quoted passage: straight or curly double quotes, at least three words inside. */
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”\\n]*?\\s[^\"“”\\n]*?\\s[^\"“”\\n]*?)[\"”]");
    private static final int ATTRIBUTION_WINDOW = 120;
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|they)\\b", Pattern.CASE_INSENSITIVE);

    private final Rules rules;

    public ClaimExtractor(Rules rules) {
        this.rules = rules;
    }

    public List<Claim> extract(AnnotatedDocument annotated, DocumentEntities entities) {
        IngestedDocument doc = annotated.document();
        String text = doc.text();
        List<Claim> claims = new ArrayList<>();
        List<int[]> quoted = new ArrayList<>();
        EntityMention lastSpeaker = null;
        int lastQuoteParagraph = -1;
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            int qb = q.start(1);
            int qe = q.end(1);
            quoted.add(new int[] {q.start(), q.end()});
            Optional<EntityMention> speaker = speakerAfter(annotated, q.end())
                    .or(() -> speakerBefore(annotated, q.start()));
            int paragraph = text.lastIndexOf('\n', q.start()) + 1;
            if (speaker.isEmpty() && lastSpeaker != null
                    && (pronounAttribution(text, q.end()) || paragraph == lastQuoteParagraph)) {
                // "…," Barbour said. "…" — a quote continued in the same paragraph, or "he said"
                speaker = Optional.of(lastSpeaker);
            }
            lastQuoteParagraph = paragraph;
            lastSpeaker = speaker.orElse(null);
            String id = doc.id() + ":c" + claims.size();
            claims.add(new Claim(id, speaker.flatMap(entities::idOf).orElse(null),
                    speaker.map(EntityMention::text).orElse(null), text.substring(qb, qe), Claim.Kind.QUOTE,
                    stance(annotated, qb, qe), List.of(doc.cite(qb, qe))));
        }
        for (Sentence s : annotated.sentences()) {
            if (insideQuote(quoted, s.begin(), s.end())) {
                continue;
            }
            reported(annotated, s).ifPresent(r -> {
                String id = doc.id() + ":c" + claims.size();
                claims.add(new Claim(id, entities.idOf(r.speaker()).orElse(null), r.speaker().text(),
                        text.substring(r.begin(), r.end()), Claim.Kind.REPORTED, stance(annotated, s.begin(), s.end()),
                        List.of(doc.cite(r.begin(), r.end()))));
            });
        }
        return claims;
    }

    private record Reported(EntityMention speaker, int begin, int end) {
    }

    /** "X said (that) …", "X, a lawyer for Y, said …", "according to X, …", "…, according to X". */
    private Optional<Reported> reported(AnnotatedDocument annotated, Sentence s) {
        List<Token> tokens = s.tokens();
        List<EntityMention> speakers = annotated.entities().stream()
                .filter(m -> m.sentence() == s.index() && isSpeakerType(m)).toList();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.word().equalsIgnoreCase("according") && i + 1 < tokens.size()
                    && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
                final int at = i;
                Optional<EntityMention> sp = speakers.stream().filter(m -> m.tokenBegin() >= at + 2 && m.tokenBegin() <= at + 4).findFirst();
                if (sp.isPresent()) {
                    int b = at == 0 ? endOfMention(tokens, sp.get()) : s.begin();
                    int e = at == 0 ? s.end() : tokens.get(at).begin();
                    return clause(annotated.document().text(), sp.get(), b, e);
                }
            }
            // an untagged sentence was left so because its only speech verbs are past forms ("said");
            // a word inside a name ("United States") is none
            if ((t.isVerb() || t.pos().equals(Token.UNTAGGED) && t.ner().equals("O")) && rules.isCue(t.lemma(), "speech")) {
                final int at = i;
                // the speaker is the nearest name before the verb (allowing an appositive), or right after it
                Optional<EntityMention> before = speakers.stream().filter(m -> m.tokenEnd() <= at && at - m.tokenEnd() <= 12)
                        .reduce((a, b) -> b);
                Optional<EntityMention> after = speakers.stream().filter(m -> m.tokenBegin() > at && m.tokenBegin() - at <= 2)
                        .findFirst();
                if (before.isPresent() && at + 1 < tokens.size()) {
                    int from = at + 1;
                    if (tokens.get(from).word().equalsIgnoreCase("that")) {
                        from++;
                    }
                    if (from < tokens.size() - 1) {
                        return clause(annotated.document().text(), before.get(), tokens.get(from).begin(), s.end());
                    }
                }
                if (after.isPresent() && at > 1) {
                    int end = tokens.get(at - 1).word().equals(",") ? tokens.get(at - 1).begin() : t.begin();
                    return clause(annotated.document().text(), after.get(), s.begin(), end);
                }
            }
        }
        return Optional.empty();
    }

    private static int endOfMention(List<Token> tokens, EntityMention m) {
        int i = m.tokenEnd();
        while (i < tokens.size() && (tokens.get(i).word().equals(",") || tokens.get(i).pos().equals("POS"))) {
            i++;
        }
        return i < tokens.size() ? tokens.get(i).begin() : tokens.get(tokens.size() - 1).end();
    }

    private static Optional<Reported> clause(String text, EntityMention speaker, int begin, int end) {
        while (end > begin && ".,;: ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (begin < end && ", ".indexOf(text.charAt(begin)) >= 0) {
            begin++;
        }
        String clause = text.substring(begin, end);
        if (clause.split("\\s+").length < 4) {
            return Optional.empty();
        }
        return Optional.of(new Reported(speaker, begin, end));
    }

    /** People, organisations, and roles that speak ("prosecutors said", "the judge ruled"). */
    private static boolean isSpeakerType(EntityMention m) {
        String type = CoreNlpAnnotator.coarseType(m.type());
        return type.equals("PERSON") || type.equals("ORGANIZATION") || type.equals("TITLE");
    }

    /** ", Barbour said" / "said Barbour" / "according to Barbour" right after the closing quote. */
    private Optional<EntityMention> speakerAfter(AnnotatedDocument annotated, int quoteEnd) {
        String text = annotated.document().text();
        int limit = Math.min(text.length(), quoteEnd + ATTRIBUTION_WINDOW);
        int paragraphEnd = text.indexOf("\n", quoteEnd);
        if (paragraphEnd >= 0) {
            limit = Math.min(limit, paragraphEnd);
        }
        int sentenceEnd = text.indexOf(". ", quoteEnd);
        if (sentenceEnd >= 0) {
            limit = Math.min(limit, sentenceEnd + 1);
        }
        if (!hasSpeechCue(annotated, quoteEnd, limit)) {
            return Optional.empty();
        }
        final int end = limit;
        List<EntityMention> candidates = annotated.entities().stream()
                .filter(m -> m.begin() >= quoteEnd && m.end() <= end && isSpeakerType(m)).toList();
        // a person beats an organisation, a name beats a bare title ("said CAIR Director Basim Elkarra")
        return candidates.stream().filter(m -> m.type().equals("PERSON")).findFirst()
                .or(() -> candidates.stream().filter(m -> !m.type().equals("TITLE")).findFirst())
                .or(() -> candidates.stream().findFirst());
    }

    /** "Barbour said: “…" — a name and a speech verb just before the opening quote, same paragraph. */
    private Optional<EntityMention> speakerBefore(AnnotatedDocument annotated, int quoteStart) {
        String text = annotated.document().text();
        int from = Math.max(0, quoteStart - ATTRIBUTION_WINDOW);
        int paragraph = text.lastIndexOf("\n", quoteStart);
        if (paragraph >= from) {
            from = paragraph + 1;
        }
        String window = text.substring(from, quoteStart).toLowerCase(Locale.ROOT).strip();
        if (!(window.endsWith(":") || window.endsWith(",")) || !hasSpeechCue(annotated, from, quoteStart)) {
            return Optional.empty();
        }
        final int start = from;
        List<EntityMention> candidates = annotated.entities().stream()
                .filter(m -> m.begin() >= start && m.end() <= quoteStart && isSpeakerType(m)).toList();
        return candidates.stream().filter(m -> !m.type().equals("TITLE")).reduce((a, b) -> b)
                .or(() -> candidates.stream().reduce((a, b) -> b));
    }

    /** Whether a speech verb ("said", "told", "according to") stands between two char offsets. */
    private boolean hasSpeechCue(AnnotatedDocument annotated, int from, int to) {
        for (Sentence s : annotated.sentences()) {
            if (s.end() <= from || s.begin() >= to) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.begin() >= from && t.end() <= to && (rules.isCue(t.lemma(), "speech")
                        || t.word().equalsIgnoreCase("according"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean pronounAttribution(String text, int quoteEnd) {
        String window = text.substring(quoteEnd, Math.min(text.length(), quoteEnd + 30));
        return PRONOUN.matcher(window).find() && window.toLowerCase(Locale.ROOT).matches("(?s).*\\b(said|says|added|told)\\b.*");
    }

    private static boolean insideQuote(List<int[]> quoted, int begin, int end) {
        for (int[] q : quoted) {
            if (begin < q[1] && end > q[0]) {
                return true;
            }
        }
        return false;
    }

    /** Allegation or finding, from the cue words of the sentence(s) around the claim. */
    private Claim.Stance stance(AnnotatedDocument annotated, int begin, int end) {
        boolean allegation = false;
        boolean finding = false;
        for (Sentence s : annotated.sentences()) {
            if (s.end() <= begin || s.begin() >= end) {
                continue;
            }
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                allegation |= rules.isCue(lemma, "allegation") || rules.isCue(t.word().toLowerCase(Locale.ROOT), "allegation");
                finding |= t.isVerb() && rules.isCue(lemma, "finding");
            }
        }
        return finding ? Claim.Stance.FINDING : allegation ? Claim.Stance.ALLEGATION : Claim.Stance.STATEMENT;
    }
}
