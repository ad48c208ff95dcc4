package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Invented stories of a doping ban, a data breach fine, border talks, an engineer's obituary, a
 * pharmacy robbery, a dock strike and a health study,
 * read as a new user would (session 22): "Neither side said when …" made "Neither side" a source
 * asserting its words; "Kolmenia's envoy, General X, rejected … and said" gave the second saying to
 * the country; "taught at the Institute, where she retired in 2004" made the institute the one
 * retiring; "his results since January would be erased" in a June story dated the January to come.
 * Names appear nowhere in the corpus.
 */
class BorderTalksStoryTest {
    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2029, 11, 3);
    /** A Wednesday in June. */
    private static final LocalDate JUNE = LocalDate.of(2031, 6, 18);

    /** Each claim as {@code speaker: text}, with " [negative]" when its speaker is said not to have said it. */
    private static List<String> claims(String text) {
        return Texts.extract(text, SATURDAY).claims().stream()
                .map(c -> c.speakerName() + ": " + c.text() + (c.polarity() == null ? "" : " [" + c.polarity().name().toLowerCase() + "]"))
                .toList();
    }

    @Test
    void noOneSaidWhatANegativeSourceDidNotSay() {
        assertThat(claims("Neither side said when the fighting in Pessaro might stop."))
                .containsExactly("Neither side: when the fighting in Pessaro might stop [negative]");
        assertThat(claims("No official said when the coast road to Varnholt would reopen."))
                .containsExactly("No official: when the coast road to Varnholt would reopen [negative]");
        assertThat(claims("None of the ministers said whether the talks would resume."))
                .containsExactly("None of the ministers: whether the talks would resume [negative]");
        assertThat(claims("No one from the Brask family said the will had been forged."))
                .containsExactly("one from the Brask family: the will had been forged [negative]");
        assertThat(claims("Neither of the two judges said whether the verdict would stand."))
                .containsExactly("the two judges: whether the verdict would stand [negative]");
        assertThat(claims("Neither Ravi Tenbrook nor his lawyer said whether he would appeal."))
                .containsExactly("his lawyer: whether he would appeal [negative]");
        assertThat(claims("The mayor refused, and his aides said the budget was final."))
                .containsExactly("his aides: the budget was final");
        // negative: a source that did speak keeps its claim as asserted
        assertThat(claims("Both sides said the fighting might stop within a week."))
                .containsExactly("Both sides: the fighting might stop within a week");
        assertThat(claims("Officials in Varnholt said nothing would change."))
                .containsExactly("Officials in Varnholt: nothing would change");
    }

    @Test
    void thePersonNamedAfterAnOwnedNounSaysTheSecondThingToo() {
        assertThat(Texts.saidBy("Kolmenia's envoy, General Tobias Rennhart, rejected the accusation and said his "
                + "forces had only returned fire.", SATURDAY))
                .containsExactly("Tobias Rennhart: the accusation", "Tobias Rennhart: his forces had only returned fire");
        assertThat(Texts.saidBy("Pellucid's lawyer, Ada Pellinore, denied the charge and said her client had paid in full.",
                SATURDAY))
                .containsExactly("Ada Pellinore: the charge", "Ada Pellinore: her client had paid in full");
        assertThat(Texts.saidBy("Quenby Farms' lawyer, Ada Brisk, denied the charge and said her client had paid.", SATURDAY))
                .containsExactly("Ada Brisk: the charge", "Ada Brisk: her client had paid");
        // negative: with no person named after the owned noun, the owned noun speaks, never its owner
        assertThat(Texts.saidBy("Nadia Corvellan's aide rejected the report and said the army had withdrawn.", SATURDAY))
                .containsExactly("Nadia Corvellan's aide: the report", "Nadia Corvellan's aide: the army had withdrawn");
        assertThat(Texts.saidBy("Ada Brisk rejected the report and said sales had risen.", SATURDAY))
                .containsExactly("Ada Brisk: the report", "Ada Brisk: sales had risen");
    }

    @Test
    void aPlaceOrAnEarlierNameIsNotWhoActsInAClauseWithItsOwnSubject() {
        assertThat(Texts.datedParties("Hedda Lindqvar taught at the Aldsworth Institute of Technology, where she "
                + "retired in 2004.", SATURDAY))
                .containsExactly("taught/other/2029-11-03 [Hedda Lindqvar:agent]");
        assertThat(Texts.datedParties("The Aldsworth Institute of Technology said they retired the old telescope in 2004.",
                SATURDAY))
                .noneMatch(e -> e.startsWith("retired"));
        // negative: a pronoun may stand for the name itself; with no subject of its own between them, the name acts
        assertThat(Texts.datedParties("The board thanked Marit Oddvang as she retired in 2004.", SATURDAY))
                .containsExactly("thanked/other/2029-11-03 [Marit Oddvang:patient]", "retired/other/2004 [Marit Oddvang:agent]");
        assertThat(Texts.datedParties("Hedda Lindqvar retired from the Aldsworth Institute of Technology in 2004.", SATURDAY))
                .containsExactly("retired/other/2004 [Hedda Lindqvar:agent]");
    }

    /** A Wednesday in April. */
    private static final LocalDate APRIL = LocalDate.of(2034, 4, 12);

    @Test
    void twoPeopleWithTheirAgesAreChargedTogetherAndTheSourceTakesNoPart() {
        assertThat(Texts.datedParties("Dorian Kellsby, 31, and Marcus Feyne, 24, were charged with armed robbery, "
                + "according to a statement from Police Chief Renata Hollis.", APRIL))
                .containsExactly("charged/charge/null [Dorian Kellsby:patient, Marcus Feyne:patient]");
        // the parser reads the ages as objects of "said" and leaves "charged" unattached: the order of the words is read
        assertThat(Texts.datedParties("Police said Dorian Kellsby, 31, and Marcus Feyne, 24, were charged on Tuesday.", APRIL))
                .containsExactly("charged/charge/2034-04-11 [Dorian Kellsby:patient, Marcus Feyne:patient]");
        // negative: a name after "according to" is no party; an age alone joins no one
        assertThat(Texts.datedParties("Dorian Kellsby, 31, was charged with robbery, according to Renata Hollis.", APRIL))
                .containsExactly("charged/charge/null [Dorian Kellsby:patient]");
    }

    @Test
    void aNameBetweenWhoseTalksDoesNotAct() {
        assertThat(Texts.datedParties("Talks between the union and the port's operator, Calloway Terminals, broke down "
                + "over the weekend.", SATURDAY)).isEmpty();
        // negative: the subject of its own verb still acts
        assertThat(Texts.datedParties("Calloway Terminals broke off talks with the union on Monday.", SATURDAY))
                .containsExactly("broke/other/2029-10-29 [Calloway Terminals:agent]");
    }

    @Test
    void aWordInIngBeforeTheNounOfASourceIsPartOfIt() {
        assertThat(Texts.saidBy("Mining companies said the levy would cost jobs.", SATURDAY))
                .containsExactly("Mining companies: the levy would cost jobs");
        assertThat(Texts.saidBy("Banking regulators said the fine was too low.", SATURDAY))
                .containsExactly("Banking regulators: the fine was too low");
        // negative: a participle before a comma opens its own clause
        assertThat(Texts.saidBy("Speaking to reporters, officials said the port would reopen.", SATURDAY))
                .containsExactly("officials: the port would reopen");
    }

    @Test
    void whatTheReviewsFoundTheNewRulesMustNotDo() {
        // a named speaker, or "no fewer than", spoke
        assertThat(claims("No fewer than 12 witnesses said Orvin Quenby fired the shot.")).noneMatch(c -> c.endsWith("[negative]"));
        assertThat(claims("In no uncertain terms Tamsin Oakridge said the council had lied."))
                .containsExactly("Tamsin Oakridge: the council had lied");
        // a name with "and" that is one body stays one beside its short form
        assertThat(Texts.extract("The Department of Health and Social Care said on Monday it would review the Wexcombe "
                + "contract. A Department of Health spokesperson said the review would take a month.", SATURDAY).entities())
                .extracting(Entity::name).containsExactly("Department of Health and Social Care", "Department of Health");
        // a "she" of someone else in another clause gives no gender: "Ms. Fenwright" joins neither brother
        assertThat(Texts.extract("Tarn Fenwright, 40, told the court on Monday that the officer said she had seen nothing. "
                + "His brother, Sable Fenwright, was not charged. Ms. Fenwright said on Tuesday that the family would appeal.",
                SATURDAY).entities()).extracting(Entity::name).contains("Tarn Fenwright", "Sable Fenwright", "Fenwright");
        // "not" past an adverb, and a word of guilt before a noun, find no one guilty; a drug trial may be a court's
        assertThat(Texts.datedParties("The court found Tamsin Oakridge not criminally liable for the crash on Monday.", SATURDAY))
                .isEmpty();
        assertThat(Texts.datedParties("Investigators found Orvin Quenby's guilty plea surprising.", SATURDAY))
                .noneMatch(e -> e.contains("conviction"));
        assertThat(Texts.datedParties("The drug trial of Dorian Pellish opened in Ashgrove on Monday.", SATURDAY))
                .anyMatch(e -> e.startsWith("trial/trial/"));
        // a lead in a game is a score, not a vote
        assertThat(Texts.dates("The Ashgrove Hawks took a 21-14 lead in the fourth quarter on Sunday.", SATURDAY))
                .containsExactly("Sunday=2029-10-28");
        // a phrase closed by a comma before the name leaves it the subject
        assertThat(Texts.datedParties("Between May and June, Orvin Quenby met Tamsin Oakridge in Ashgrove.", SATURDAY))
                .containsExactly("met/other/2029-06 [Orvin Quenby:agent, Tamsin Oakridge:patient]");
    }

    @Test
    void aMonthAfterSinceIsAStartAlreadyReached() {
        assertThat(Texts.dates("The agency said that his results since January would be erased.", JUNE))
                .containsExactly("January=2031-01");
        assertThat(Texts.dates("The fee will apply to all sales since Monday.", JUNE))
                .containsExactly("Monday=2031-06-16");
        assertThat(Texts.dates("Prices have risen since January.", JUNE)).containsExactly("January=2031-01");
        // negative: a future perfect may count from a day ahead; "until" looks ahead
        assertThat(Texts.dates("By December, the plant will have been closed since October.", JUNE))
                .containsExactly("December=2031-12", "October=2031-10");
        assertThat(Texts.dates("The mayor said the road would stay closed until January.", JUNE))
                .containsExactly("January=2032-01");
    }
}
