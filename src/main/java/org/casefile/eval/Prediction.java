package org.casefile.eval;

import java.util.List;

/**
 * What a system predicts for one document, independent of the pipeline's own types; the harness
 * maps the pipeline output to it. All spans are char offsets into the gold document's text.
 *
 * @param docId    the gold document id
 * @param entities entity mentions typed PER, ORG, LOC (other types are not scored)
 * @param timexes  time expressions with values
 * @param events   event mentions with dates, participants and entity names
 * @param claims   claims (who said what) with their speakers
 */
public record Prediction(String docId, List<Span> entities, List<PredTimex> timexes,
                         List<PredEvent> events, List<PredClaim> claims) {

    public Prediction {
        entities = entities == null ? List.of() : List.copyOf(entities);
        timexes = timexes == null ? List.of() : List.copyOf(timexes);
        events = events == null ? List.of() : List.copyOf(events);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A prediction without claims. */
    public Prediction(String docId, List<Span> entities, List<PredTimex> timexes, List<PredEvent> events) {
        this(docId, entities, timexes, events, List.of());
    }

    /**
     * The same prediction with only the timexes that begin before {@code end}: for corpora whose
     * timexes are annotated in the first sentences only ({@link GoldDocument#timexScopeEnd}).
     */
    public Prediction timexesBefore(int end) {
        return new Prediction(docId, entities, timexes.stream().filter(t -> t.span().begin() < end).toList(),
                events, claims);
    }

    /** A prediction with nothing in it. */
    public static Prediction empty(String docId) {
        return new Prediction(docId, List.of(), List.of(), List.of());
    }
}
