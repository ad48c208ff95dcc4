package org.casefile.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * One gold-annotated document, with all spans as char offsets into {@link #text()}.
 *
 * @param id                 corpus document id (MEANTIME {@code doc_id} such as {@code 3307};
 *                           GUM text id such as {@code GUM_news_nasa})
 * @param text               text rebuilt from the gold tokens, one line per sentence
 * @param creationDate       document creation time, or {@code null} when unknown
 * @param creationDateOrigin where {@link #creationDate()} comes from
 * @param datelineDate       the date printed in the article's dateline when the corpus marks it
 *                           (GUM bold {@code <date>}); {@code null} otherwise
 * @param tokens             the gold tokens in text order
 * @param entities           entity mentions of every type (see {@link #scoredEntities()})
 * @param timexes            TIMEX3s with a text extent
 * @param events             event mentions
 * @param participants       HAS_PARTICIPANT event to entity relations
 */
public record GoldDocument(
        String id,
        String text,
        LocalDate creationDate,
        DateOrigin creationDateOrigin,
        LocalDate datelineDate,
        List<GoldToken> tokens,
        List<GoldEntity> entities,
        List<GoldTimex> timexes,
        List<GoldEvent> events,
        List<GoldParticipant> participants) {

    /** Where a document creation date was read. */
    public enum DateOrigin {
        /** MEANTIME CAT TIMEX3 with functionInDocument="CREATION_TIME". */
        CAT,
        /** The DCT of a TimeML file (the SemEval-2015 file matching a MEANTIME document, or the document's own). */
        TIMEML,
        /** Document metadata (GUM {@code dateCreated}). */
        METADATA,
        /** No creation date found. */
        NONE
    }

    public GoldDocument {
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        participants = List.copyOf(participants);
    }

    /** The text a span covers. */
    public String textOf(Span span) {
        return span.textIn(text);
    }

    /** Entity mentions of the scored types PER, ORG, LOC. */
    public List<GoldEntity> scoredEntities() {
        return entities.stream().filter(GoldEntity::scored).toList();
    }

    /**
     * MEANTIME annotates time expressions only in the title and the first five sentences (sentences
     * 0 to 5; its entities and events go on through the cross-document annotation): a timex there
     * is scored, one further on has no gold to be scored against.
     */
    public static final int MEANTIME_TIMEX_SENTENCES = 6;

    /**
     * The char offset where the part of the text whose timexes are annotated ends: the end of the
     * last token of sentence {@code sentences - 1} (the text's length when it has fewer sentences).
     */
    public int timexScopeEnd(int sentences) {
        int end = -1;
        for (GoldToken t : tokens) {
            if (t.sentence() >= sentences) {
                return end < 0 ? t.begin() : end;
            }
            end = Math.max(end, t.end());
        }
        return text.length();
    }

    /** The tokens of one sentence, in order. */
    public List<GoldToken> sentence(int sentence) {
        return tokens.stream().filter(t -> t.sentence() == sentence).toList();
    }
}
