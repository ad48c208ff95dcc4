package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.EntityType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.domain.Stance;
import org.casefile.domain.TimexType;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;

/** The exporters' model reads the contract's closed vocabularies into the domain's enums. */
class CaseModelValuesTest {

    private static final String CASE = """
            {"schemaVersion": "1.1", "documents": [],
             "entities": [{"id": "e1", "type": "ORGANIZATION", "name": "Quillfeather Mills", "mentions": []},
                          {"id": "e2", "type": "PERSON", "name": "Odile Varnay", "mentions": []}],
             "dates": [{"id": "t1", "type": "DURATION", "value": "P2Y", "text": "two years", "anchored": true}],
             "events": [{"id": "v1", "type": "ruling", "polarity": "negative", "modality": "reported", "summary": "s",
                         "sources": 1,
                         "date": {"value": "2031-H2", "text": "late 2031", "begin": "2031-07-01", "end": "2031-12-31",
                                  "precision": "half-year", "anchored": true, "derivation": "explicit"},
                         "participants": [{"entity": "e2", "role": "patient"}, {"entity": "e1", "role": "other"}]},
                        {"id": "v2", "type": "apprenticeship", "summary": "s", "sources": 1}],
             "claims": [{"id": "c1", "speaker": "e2", "speakerName": "Odile Varnay", "text": "t", "kind": "quote",
                         "stance": "denial"}]}
            """;

    @Test
    void contractWordsBecomeDomainValues() throws Exception {
        CaseModel c = CaseModel.of(new ObjectMapper().readTree(CASE));
        assertThat(c.entities()).extracting(CaseModel.Entity::type).containsExactly(EntityType.ORGANIZATION, EntityType.PERSON);
        CaseModel.Event e = c.events().get(0);
        assertThat(e.date().precision()).isEqualTo(Precision.HALF_YEAR);
        assertThat(e.participants()).extracting(CaseModel.Participant::role)
                .containsExactly(ParticipantRole.PATIENT, ParticipantRole.OTHER);
        assertThat(c.claims().get(0).stance()).isEqualTo(Stance.DENIAL);
        assertThat(c.claims().get(0).stance()).isNotEqualTo(Stance.STATEMENT);
        assertThat(c.claims().get(0).kind()).isEqualTo(ClaimKind.QUOTE);
        assertThat(c.dates().get(0).type()).isEqualTo(TimexType.DURATION);
        assertThat(e.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(e.modality()).isEqualTo(Modality.REPORTED);
        assertThat(e.isFact()).isFalse();
        assertThat(e.stanceLabel()).isEqualTo("negated, reported");
        // the contract leaves an event's type open: a word this tool never writes is read as it is
        CaseModel.Event open = c.events().get(1);
        assertThat(open.type()).isEqualTo("apprenticeship");
        assertThat(open.polarity()).isNull();
        assertThat(open.isFact()).isTrue();
        assertThat(open.stanceLabel()).isNull();
    }

    @Test
    void aWordOutsideAClosedVocabularyIsRefused() {
        String badModality = CASE.replace("\"modality\": \"reported\"", "\"modality\": \"rumoured\"");
        assertThatThrownBy(() -> CaseModel.of(new ObjectMapper().readTree(badModality)))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("Cannot deserialize value of type `org.casefile.domain.Modality` from String "
                        + "\"rumoured\": not one of the values accepted for Enum class: [");
        String badKind = CASE.replace("\"kind\": \"quote\"", "\"kind\": \"QUOTE\"");
        assertThatThrownBy(() -> CaseModel.of(new ObjectMapper().readTree(badKind)))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("`org.casefile.domain.ClaimKind` from String \"QUOTE\"");
    }
}
