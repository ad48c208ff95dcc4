package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.ingest.Citation;
import org.junit.jupiter.api.Test;

/** Which events the timeline score reads as entries: facts, and positive plans with a stated date. */
class TimelineEntryRuleTest {
    private static final EventDate STATED = new EventDate("2028-03", "in March 2028", LocalDate.of(2028, 3, 1),
            LocalDate.of(2028, 3, 31), Precision.MONTH, true, DateDerivation.EXPLICIT);
    private static final EventDate PUBLICATION_DAY = new EventDate("2026-04-22", null, LocalDate.of(2026, 4, 22),
            LocalDate.of(2026, 4, 22), Precision.DAY, true, DateDerivation.PUBLICATION);

    private static Event event(Polarity polarity, Modality modality, EventDate date) {
        Citation c = new Citation("d", 0, 4, null, "open");
        return new Event("d:v0", EventType.OTHER, "open", polarity, modality, "Talvane Foods will open a plant.", date,
                List.of(), null, 1, List.of(c), List.of(), List.of(), c);
    }

    @Test
    void factsAndPlansWithAStatedDateAreEntries() {
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.ASSERTED, STATED))).isTrue();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.ASSERTED, PUBLICATION_DAY))).isTrue();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.PLANNED, STATED))).isTrue();
    }

    @Test
    void undatedOrPublicationDatedPlansPossibilitiesReportsAndDenialsAreNoEntries() {
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.PLANNED, PUBLICATION_DAY))).isFalse();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.PLANNED, EventDate.UNDATED))).isFalse();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.HYPOTHETICAL, STATED))).isFalse();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.POSITIVE, Modality.REPORTED, STATED))).isFalse();
        assertThat(PipelinePredictor.onTimeline(event(Polarity.NEGATIVE, Modality.PLANNED, STATED))).isFalse();
    }
}
