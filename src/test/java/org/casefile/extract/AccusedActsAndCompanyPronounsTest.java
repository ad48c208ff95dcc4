package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in an act told through an accusation, a "neither … nor", or a company's "it"
 * (invented names and places, in neither the corpus nor the shared data): "Ysolde Marrick is
 * accused of killing Tavish Orlen" had a killing with nobody killing; "Norvale Corp. said it sued
 * the agency" had a suit with Norvale only as a bystander; "was neither charged nor arrested" made
 * the subject the charger and left the arrest without it.
 */
class AccusedActsAndCompanyPronounsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** Each event as {@code trigger:polarity/modality:[name:role, …]}, in order. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> e.trigger().text() + ":" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + ":" + e.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList();
    }

    @Test
    void whoIsAccusedOfAnActIsItsAgentAndTheActIsOnlyAlleged() {
        // the subject of a passive accusation, with and without a date (and so a parse)
        assertThat(events("Ysolde Marrick is accused of killing Tavish Orlen.")).containsExactly(
                "accused:positive/asserted:[Tavish Orlen:other, Ysolde Marrick:patient]",
                "killing:positive/reported:[Tavish Orlen:patient, Ysolde Marrick:agent]");
        assertThat(events("Police accused Ysolde Marrick of killing Tavish Orlen on May 3, 2024."))
                .contains("killing:positive/reported:[Tavish Orlen:other, Ysolde Marrick:agent]");
        assertThat(events("Halvard Corvel was charged with killing Linnea Ostrander in Valmere."))
                .contains("killing:positive/reported:[Halvard Corvel:agent, Linnea Ostrander:patient]");
        // a pronoun as the accused
        assertThat(events("Halvard Corvel was questioned for hours. He is accused of killing Linnea Ostrander."))
                .contains("killing:positive/reported:[Halvard Corvel:agent, Linnea Ostrander:patient]");
    }

    @Test
    void aSubjectOfAnotherVerbIsNoAgentOfTheGerund() {
        // negatives: an active subject sues for what another did; the one who reports an accusation accuses nobody
        assertThat(events("Ysolde Marrick sued Norvale Corp. on May 3, 2024 for defaming her.")).containsExactly(
                "sued:positive/asserted:[Norvale Corp.:patient, Ysolde Marrick:agent]");
        assertThat(events("Ysolde Marrick said Halvard Corvel was accused of killing Linnea Ostrander."))
                .contains("killing:positive/reported:[Halvard Corvel:agent, Linnea Ostrander:patient]");
        // "being" makes the accused the one it was done to
        assertThat(events("Halvard Corvel was accused of being arrested by Ysolde Marrick.")).last().asString()
                .doesNotContain("Halvard Corvel:agent");
    }

    @Test
    void neitherNorDeniesBothActsOfTheOneSubject() {
        assertThat(events("Tavish Orlen was neither charged nor arrested.")).containsExactly(
                "charged:negative/asserted:[Tavish Orlen:patient]",
                "arrested:negative/asserted:[Tavish Orlen:patient]");
        assertThat(events("Tavish Orlen was neither charged nor arrested on May 3, 2024.")).containsExactly(
                "charged:negative/asserted:[Tavish Orlen:patient]",
                "arrested:negative/asserted:[Tavish Orlen:patient]");
        assertThat(events("Halvard Corvel was questioned in Valmere. He was neither charged nor arrested.")).containsExactly(
                "charged:negative/asserted:[Halvard Corvel:patient]",
                "arrested:negative/asserted:[Halvard Corvel:patient]");
        // positive controls: two acts joined with "and" are both facts, of the one subject
        assertThat(events("Tavish Orlen was arrested in Valmere and charged with fraud.")).containsExactly(
                "arrested:positive/asserted:[Tavish Orlen:patient]",
                "charged:positive/asserted:[Tavish Orlen:patient]");
    }

    @Test
    void aCompanysItIsTheOneOrganisationBeforeIt() {
        assertThat(events("Norvale Corp. said it sued the agency.")).contains(
                "sued:positive/reported:[Norvale Corp.:agent]");
        assertThat(events("Norvale Corp. said in a statement that it had been sued by Kestrin Bank.")).contains(
                "sued:positive/reported:[Kestrin Bank:agent, Norvale Corp.:patient]");
        assertThat(events("Norvale Corp. hired new lawyers in Valmere. It sued the agency on May 3, 2024.")).contains(
                "sued:positive/asserted:[Norvale Corp.:agent]");
    }

    @Test
    void anItTwoBodiesOrAThingMayStandForIsNobodys() {
        // two organisations before it
        assertThat(events("Norvale Corp. and Kestrin Bank met in Valmere. It sued the agency on May 3, 2024."))
                .contains("sued:positive/asserted:[]");
        // a thing named in the window
        assertThat(events("Norvale Corp. bought the plant. It was sued by the agency on May 3, 2024."))
                .contains("sued:positive/asserted:[]");
        // an "it" that stands for the clause after it, and a person's "he" still needs a person
        assertThat(events("Norvale Corp. met on May 3, 2024. It was announced that Kestrin Bank sued the agency."))
                .contains("sued:positive/reported:[Kestrin Bank:agent]");
    }
}
