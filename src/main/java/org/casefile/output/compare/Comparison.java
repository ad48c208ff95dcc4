package org.casefile.output.compare;

import org.casefile.domain.ClaimKind;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * What {@code casefile compare} reports, for fact-checkers: per event, which documents report it
 * with which date (events whose sources disagree first); per speaker, their claims; per subject,
 * the allegations and the findings about it side by side. Serialised as is for {@code --json}.
 *
 * @param cases the case files compared, labelled A (and B)
 */
public record Comparison(List<CaseLabel> cases, int disagreements, List<EventReport> events,
        List<SpeakerReport> speakers, List<SubjectReport> subjects) {

    /** The comparison as indented JSON. */
    public String toJson() {
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case file and the label its ids carry in the report ("A", "B"). */
    public record CaseLabel(String label, String file, int documents, int events, int claims) {
    }

    /**
     * One event (or, with two cases, a matched pair) and the dates its sources give.
     *
     * @param ids event ids, prefixed with the case label when two cases are compared
     * @param date the date the case chose
     * @param disagreement whether sources give different dates
     * @param dates each date given, with the sources giving it; undated reports last
     * @param told how the sources tell an event that is no fact ("negated", "planned", …); absent
     *     for a fact. Across two cases an event is paired only with one of the same polarity
     *     that likewise happened (asserted or only reported), is planned, or is possible.
     */
    public record EventReport(List<String> ids, String type, String summary, String date, boolean disagreement,
            int sources, List<DateReport> dates, @JsonInclude(JsonInclude.Include.NON_NULL) String told) {
    }

    /** One date given for an event ({@code value} null for reports without a date) and who gives it. */
    public record DateReport(String value, String label, List<SourceReport> sources) {
    }

    /** A document reporting something, with the passage. */
    public record SourceReport(String caseLabel, String document, String title, String published, Integer page,
            String quote) {
    }

    /** A speaker and their claims. */
    public record SpeakerReport(String name, List<String> entityIds, List<ClaimReport> claims) {
    }

    /**
     * A claim with its subjects and, for allegations and findings, the claims of the other stance
     * about a shared subject. {@code polarity} is {@link Polarity#NEGATIVE} (and shown) only when the
     * source's speech is negated ("did not say that …"); such a claim stands under its speaker but
     * is no allegation or finding about anyone.
     */
    public record ClaimReport(String id, String speaker, Stance stance, ClaimKind kind, String text,
            List<String> subjects, List<String> related, List<SourceReport> sources,
            @JsonInclude(JsonInclude.Include.NON_NULL) Polarity polarity) {
        /** Whether the source's speech is negated. */
        @JsonIgnore
        public boolean negated() {
            return polarity == Polarity.NEGATIVE;
        }
    }

    /** A subject with the allegations and findings about it. */
    public record SubjectReport(String subject, String kind, List<ClaimReport> allegations,
            List<ClaimReport> findings) {
    }
}
