package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.casefile.domain.EntityType;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Precision;
import org.casefile.domain.Stance;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.api.Test;

/** The exporters' model reads the contract's closed vocabularies into the domain's enums. */
class CaseModelValuesTest {

    private static final String CASE = """
            {"schemaVersion": "1.1", "documents": [],
             "entities": [{"id": "e1", "type": "ORGANIZATION", "name": "Quillfeather Mills", "mentions": []},
                          {"id": "e2", "type": "PERSON", "name": "Odile Varnay", "mentions": []}],
             "events": [{"id": "v1", "type": "ruling", "summary": "s", "sources": 1,
                         "date": {"value": "2031-H2", "text": "late 2031", "begin": "2031-07-01", "end": "2031-12-31",
                                  "precision": "half-year", "anchored": true, "derivation": "explicit"},
                         "participants": [{"entity": "e2", "role": "patient"}, {"entity": "e1", "role": "other"}]}],
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
    }
}
