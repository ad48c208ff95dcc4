package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The subject of a verb read from the words (no parse) across what stands between it and its verb
 * (invented names and places, in neither the corpus nor the shared data): an apposition ("Tarrow
 * Freight Ltd., a Valmere-based carrier, has signed"), whose own names take no part; the first of
 * two joined verbs ("sued Kestrin Bank and won"), whose subject is the second's.
 */
class SharedSubjectsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    /** Each event as {@code trigger:[name:role, …]}, in order. */
    private static List<String> parties(String text) {
        return Texts.parties(text, PUBLISHED);
    }

    @Test
    void aNameBeforeAnAppositionIsTheSubject() {
        assertThat(parties("Tarrow Freight Ltd., a Valmere-based carrier, has signed a contract with Kestrin Bank."))
                .containsExactly("signed:[Kestrin Bank:other, Tarrow Freight Ltd.:agent]");
        assertThat(parties("Norvale Corp., the parent of Kestrin Bank, sued Crayle Mining."))
                .containsExactly("sued:[Crayle Mining:patient, Kestrin Bank:other, Norvale Corp.:agent]");
        // positive control: a name after "of" outside an apposition still acts through its people
        assertThat(parties("The president of Norvale Corp. announced the layoffs."))
                .containsExactly("announced:[Norvale Corp.:agent]");
        // negative: a clause between is no apposition; its verb keeps the name out
        assertThat(parties("Norvale Corp., which Halvard Corvel founded, sued Crayle Mining."))
                .containsExactly("sued:[Crayle Mining:patient, Halvard Corvel:other, Norvale Corp.:other]");
    }

    @Test
    void twoJoinedVerbsShareTheirSubject() {
        assertThat(parties("Norvale Corp. sued Kestrin Bank in Valmere and won."))
                .containsExactly("sued:[Kestrin Bank:patient, Norvale Corp.:agent]", "won:[Norvale Corp.:agent]");
        assertThat(parties("Halvard Corvel was questioned in Valmere and released without charge."))
                .contains("released:[Halvard Corvel:patient]");
        // negative: another subject after the joining word, or a verb of saying between
        assertThat(parties("Linnea Ostrander said police questioned Halvard Corvel and arrested Tavish Orlen."))
                .contains("arrested:[Halvard Corvel:other, Tavish Orlen:patient]");
    }
}
