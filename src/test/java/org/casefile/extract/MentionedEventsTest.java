package org.casefile.extract;

import static org.casefile.extract.EventModalityTest.as;
import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Modality;
import org.casefile.domain.Polarity;
import org.casefile.extract.EventModalityTest.Expect;
import org.junit.jupiter.api.Test;

/**
 * Events a sentence only mentions or calls false (invented names): the topic of talk, thought or
 * planning ("met to discuss the timing of the hearing", "talked about the merger") is no asserted
 * event; a report's event that a frame calls false ("rumours that he fled were false", "dismissed
 * claims that it had sold") is negative, and at most reported. Each form with a dated sentence
 * (read with a parse) and an undated one (read from the words), beside the facts that look like them.
 */
class MentionedEventsTest {
    private static Expect hypothetical(String type) {
        return as(type, Modality.HYPOTHETICAL);
    }

    private static Expect calledFalse(String type) {
        return new Expect(type, Polarity.NEGATIVE, Modality.REPORTED);
    }

    @Test
    void aTopicOfTalkIsNoAssertedEvent() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("The lawyers for Torvald Kessick met to discuss the timing of the hearing.",
                List.of(hypothetical("hearing"), fact("other"))); // the meeting took place
        s.put("Lawyers for Quenby Marlowe talked about the trial on May 3, 2024.", List.of(hypothetical("trial")));
        s.put("Pellworth Bank directors talked about the merger with Dunmere Ltd.", List.of(hypothetical("acquisition")));
        s.put("Pellworth Bank held talks on the acquisition of Dunmere Ltd. on May 3, 2024.",
                List.of(hypothetical("acquisition"), fact("other"))); // the talks took place
        s.put("The Pellworth Bank board discussed the takeover of Dunmere Ltd.", List.of(hypothetical("acquisition")));
        s.put("Brindle Inc. is weighing the terms of a merger with Dunmere Ltd.", List.of(hypothetical("acquisition")));
        check(s);
    }

    @Test
    void eventsBesideTalkStayFacts() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // negative: the same events told as done, or with talk that is not about them
        // (the completing is the merger itself, no second event)
        s.put("Brindle Inc. completed the merger with Dunmere Ltd. on May 3, 2024.",
                List.of(fact("acquisition")));
        s.put("Torvald Kessick was arrested after the hearing.", List.of(fact("arrest"), fact("hearing")));
        s.put("Quenby Marlowe resigned on May 3, 2024, and talked to reporters.", List.of(fact("resignation")));
        check(s);
    }

    @Test
    void aReportCalledFalseDeniesItsEvent() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Rumors that Torvald Kessick fled the country were false.", List.of(calledFalse("travel")));
        s.put("Reports that Quenby Marlowe was arrested on May 3, 2024 were untrue.", List.of(calledFalse("arrest")));
        s.put("Reports that Torvald Kessick resigned turned out to be false.", List.of(calledFalse("resignation")));
        s.put("Pellworth Bank dismissed claims that it had acquired Dunmere Ltd.", List.of(calledFalse("acquisition")));
        s.put("Brindle Inc. rejected reports on May 3, 2024 that it had acquired Dunmere Ltd.",
                List.of(calledFalse("acquisition")));
        // negative: a report found true, or not called false, stays what a source said
        s.put("Rumors that Quenby Marlowe fled the country proved true.", List.of(as("travel", Modality.REPORTED)));
        s.put("Reports that Torvald Kessick was arrested were not false.", List.of(as("arrest", Modality.REPORTED)));
        s.put("Reports that Pellworth Bank acquired Dunmere Ltd. surfaced on May 3, 2024.",
                List.of(as("acquisition", Modality.REPORTED)));
        check(s);
    }
}
