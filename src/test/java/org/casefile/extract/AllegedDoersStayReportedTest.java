package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EventType;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;

/**
 * Who did an act that only an accusation names stays reported, however the accusation is put
 * (invented names and places): in a relative clause ("Orvin Tesk, who is charged with murdering
 * Dalia Penwarden,"), as a party's theory or position ("the prosecution's theory is that …"), as
 * "charges of" or "suspicion of"; and neither a headline that states the act nor a sentence that
 * states it without a doer makes the accused its doer.
 */
class AllegedDoersStayReportedTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 4);

    /** The killings of a text as {@code modality:[name:role, …]}. */
    private static List<String> killings(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().filter(e -> e.type() == EventType.KILLING)
                .map(e -> e.modality().name().toLowerCase() + ":" + e.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList();
    }

    @Test
    void anAccusationInARelativeClauseReportsTheAct() {
        assertThat(killings("Orvin Tesk, who is charged with murdering Dalia Penwarden, appeared in court on Monday."))
                .containsExactly("reported:[Dalia Penwarden:other, Orvin Tesk:agent]");
        assertThat(killings("Orvin Tesk, who is accused of killing Dalia Penwarden, appeared in court on Monday."))
                .containsExactly("reported:[Dalia Penwarden:other, Orvin Tesk:agent]");
    }

    @Test
    void aPartysTheoryOrChargesReportTheAct() {
        assertThat(killings("The prosecution's theory is that Orvin Tesk killed Dalia Penwarden."))
                .containsExactly("reported:[Dalia Penwarden:patient, Orvin Tesk:agent]");
        assertThat(killings("Orvin Tesk was indicted on charges of killing Dalia Penwarden."))
                .containsExactly("reported:[Dalia Penwarden:patient, Orvin Tesk:other]");
        // negative: a position that is no one's account, and a killing the sentence states
        assertThat(killings("The firm's position weakened after Dalia Penwarden was killed in Skelby on Monday."))
                .containsExactly("asserted:[Dalia Penwarden:patient]");
    }

    /** The events of one type as {@code modality}, in order. */
    private static List<String> modalities(String text, EventType type) {
        return Texts.extract(text, PUBLISHED).events().stream().filter(e -> e.type() == type)
                .map(e -> e.modality().name().toLowerCase()).toList();
    }

    @Test
    void aStanceNounAsTheObjectOfARelativeClauseOrADutyOrAVerdictStatesTheAct() {
        // negatives: the noun is what the act after a relative "that" acts on; "in charge of" is a duty;
        // a conviction on charges is a court's finding
        assertThat(modalities("The complaint that Velmark Ltd filed in Skelby last year was dismissed on Monday.",
                EventType.FILING)).containsExactly("asserted");
        assertThat(modalities("The case that prosecutors filed against Orvin Tesk on Monday was dismissed.",
                EventType.FILING)).containsExactly("asserted");
        assertThat(modalities("The officer in charge of the arrest of Orvin Tesk, Lida Fenwold, spoke on Monday.",
                EventType.ARREST)).containsExactly("asserted");
        assertThat(killings("Orvin Tesk was convicted on charges of killing Dalia Penwarden in Skelby in 2029."))
                .allMatch(k -> k.startsWith("asserted"));
    }

    @Test
    void aHeadlineThatStatesTheActDoesNotMakeTheAccusedItsDoer() {
        DocumentExtraction x = Texts.extract("Tesk denies role in Skelby killing\n\n"
                + "Prosecutors in Skelby accused Orvin Tesk of killing Dalia Penwarden in March.", PUBLISHED);
        assertThat(x.events().stream().filter(e -> e.type() == EventType.KILLING)
                .map(e -> e.modality().name().toLowerCase()).toList()).containsExactly("reported");
    }

    @Test
    void aStatedKillingWithoutADoerStaysApartFromTheAccusationThatNamesOne() {
        CaseFile c = Texts.caseOf(PUBLISHED,
                "Prosecutors in Skelby accused Orvin Tesk of killing Dalia Penwarden.",
                "Orvin Tesk was in Skelby on the day Dalia Penwarden was killed.");
        Map<String, String> names = c.entities().stream()
                .collect(Collectors.toMap(org.casefile.extract.Entity::id, org.casefile.extract.Entity::name));
        assertThat(c.events().stream().filter(e -> e.type() == EventType.KILLING)
                .map(e -> e.modality().name().toLowerCase() + ":" + e.participants().stream()
                        .filter(p -> p.role() != org.casefile.domain.ParticipantRole.OTHER)
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList()).containsExactlyInAnyOrder("reported:[Dalia Penwarden:patient, Orvin Tesk:agent]",
                        "asserted:[Dalia Penwarden:patient]");
    }
}
