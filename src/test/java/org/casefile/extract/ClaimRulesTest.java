package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/** Claims on sentences written for each quote form, reported speech and stance. */
class ClaimRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 5, 11);

    private static Claim only(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        assertThat(x.claims()).as("claims of %s", text).hasSize(1);
        return x.claims().get(0);
    }

    @Test
    void quoteThenSpeakerSaid() {
        Claim c = only("\u201cThe evidence showed he was in Turkey the whole time,\u201d Rachelle Barbour said.");
        assertThat(c.kind()).isEqualTo(Claim.Kind.QUOTE);
        assertThat(c.speakerName()).isEqualTo("Rachelle Barbour");
        assertThat(c.text()).isEqualTo("The evidence showed he was in Turkey the whole time,");
        assertThat(c.citations().get(0).text()).isEqualTo(c.text());
    }

    @Test
    void quoteThenSaidSpeakerWithAnAppositive() {
        Claim c = only("\"We will keep fighting for his release,\" said Siobhan Waldron, a lawyer for Ameen.");
        assertThat(c.speakerName()).isEqualTo("Siobhan Waldron");
    }

    @Test
    void speakerSaidColonThenQuote() {
        Claim c = only("Basim Elkarra said: \"This family has waited long enough for justice.\"");
        assertThat(c.speakerName()).isEqualTo("Basim Elkarra");
        assertThat(c.kind()).isEqualTo(Claim.Kind.QUOTE);
    }

    @Test
    void aQuoteWithoutAnAttributionHasNoSpeaker() {
        Claim c = only("The sign read \"free him now and let him go home\" in large letters.");
        assertThat(c.speaker()).isNull();
        assertThat(c.speakerName()).isNull();
    }

    @Test
    void reportedSpeechWithThat() {
        Claim c = only("The Department of Justice said that it was reviewing the decision of the court.");
        assertThat(c.kind()).isEqualTo(Claim.Kind.REPORTED);
        assertThat(c.speakerName()).isEqualTo("Department of Justice");
        assertThat(c.text()).isEqualTo("it was reviewing the decision of the court");
    }

    @Test
    void reportedSpeechWithAccordingTo() {
        Claim c = only("According to Rachelle Barbour, Ameen was living in Turkey when the officer was killed.");
        assertThat(c.kind()).isEqualTo(Claim.Kind.REPORTED);
        assertThat(c.speakerName()).isEqualTo("Rachelle Barbour");
        assertThat(c.text()).isEqualTo("Ameen was living in Turkey when the officer was killed");
    }

    @Test
    void anAllegationIsNotAFinding() {
        Claim allegation = only("Iraqi prosecutors alleged that Omar Ameen killed a police officer in Rawah.");
        assertThat(allegation.stance()).isEqualTo(Claim.Stance.ALLEGATION);
        Claim finding = only("Judge Edmund Brennan ruled that the evidence placed Omar Ameen in Turkey at the time.");
        assertThat(finding.stance()).isEqualTo(Claim.Stance.FINDING);
    }
}
