package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.ingest.Citation;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what in the forms of statements, records and asides: a source and its verb set off by
 * dashes inside the clause they report ("The pier — Sorin said — was sound"), a verb of speech the
 * tagger reads as a participle after the sentence's opening noun ("The club confirmed in a
 * statement that …"), a saying told in a record ("Arlowby said …, according to court records": Arlowby's
 * words), "said nothing as …" and "said little during …" (nothing asserted), and the stance verb
 * "railed against" with a free relative as its object. Negatives for each. The names and places
 * are invented and appear nowhere in the corpus or the shared development data.
 */
class StatementsRecordsAndDashAsidesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 4);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aSourceSetOffByDashesInsideItsClauseReportsTheClauseAroundIt() {
        String text = "The Kelmont pier \u2014 Hartwell Sorin said \u2014 was never in doubt.";
        List<Claim> claims = claims(text);
        assertThat(claims).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Hartwell Sorin", "The Kelmont pier was never in doubt"));
        assertThat(claims.get(0).citations()).extracting(Citation::text)
                .containsExactly("The Kelmont pier", "was never in doubt");
        assertThat(claims.get(0).citations().get(0).start()).isZero();
        assertThat(claims.get(0).citations().get(1).start()).isEqualTo(text.indexOf("was never"));
    }

    @Test
    void anAsideBetweenDashesAfterTheSourceIsNoneOfWhatWasSaid() {
        assertThat(claims("Hartwell Sorin \u2014 a former banker in Kelmont \u2014 said the pier deal was sound."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Hartwell Sorin", "the pier deal was sound"));
        assertThat(claims("The Kelmont ferry company \u2014 which had lost money for years \u2014 said the route would close."))
                .extracting(Claim::text)
                .containsExactly("the route would close");
    }

    @Test
    void aVerbOfSpeechReadAsAParticipleAfterTheOpeningNounIsTheSubjectsVerb() {
        assertThat(claims("The Varrowby club confirmed in a statement that its captain had torn a knee ligament."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Varrowby club", "its captain had torn a knee ligament"));
        assertThat(claims("The Varrowby club announced in a statement that it had signed a new goalkeeper."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("The Varrowby club", "it had signed a new goalkeeper"));
    }

    @Test
    void aParticipleWhoseNounHasAVerbOfItsOwnStillSaysNothing() {
        assertThat(claims("The cuts announced in a statement last week were dropped by the Varrowby council on Monday."))
                .isEmpty();
    }

    @Test
    void aSayingToldInARecordIsTheSpeakersClaim() {
        assertThat(claims("Osric Arlowby said the ferry had run aground near Tessel Point, according to court records."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Osric Arlowby", "the ferry had run aground near Tessel Point"));
        assertThat(claims("Ferris Umbrecht told investigators he had never seen the gun, according to court records."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ferris Umbrecht", "he had never seen the gun"));
    }

    @Test
    void aRecordWhoseWordsAreNoSayingKeepsItsClaim() {
        assertThat(claims("Brenna Faulkridge stole $40,000 from the Tessel charity, according to the indictment."))
                .extracting(Claim::speakerName, Claim::text, Claim::stance)
                .containsExactly(tuple("the indictment", "Brenna Faulkridge stole $40,000 from the Tessel charity",
                        Stance.ALLEGATION));
        assertThat(claims("The gun was never found, and Umbrecht said he had sold it, according to the complaint."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("the complaint", "The gun was never found"), tuple("Umbrecht", "he had sold it"));
        // a saying with an aside inside may credit the record with the aside alone: the record's claim stays
        assertThat(claims("Tamsin Brandmoor said the Tessel fund, which stood at $4 million in May, was empty, according"
                + " to the Quarrington Courier."))
                .extracting(Claim::speakerName)
                .containsExactly("Quarrington Courier");
    }

    @Test
    void sayingNothingOrLittleAssertsNothing() {
        assertThat(claims("The Varrowby striker said nothing as he left the stadium."))
                .extracting(Claim::polarity).containsExactly(Polarity.NEGATIVE);
        assertThat(claims("Tamsin Brandmoor said little during the hearing."))
                .extracting(Claim::polarity).containsExactly(Polarity.NEGATIVE);
    }

    @Test
    void nothingOrLittleAsTheSubjectOfWhatWasSaidIsAClaim() {
        assertThat(claims("Tamsin Brandmoor said little had changed at the Tessel plant."))
                .extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("little had changed at the Tessel plant", null));
        assertThat(claims("Tamsin Brandmoor said nothing had changed at the Tessel plant."))
                .extracting(Claim::text, Claim::polarity)
                .containsExactly(tuple("nothing had changed at the Tessel plant", null));
    }

    @Test
    void railingAgainstIsAStanceOnItsObject() {
        assertThat(claims("Corwin Dagleish has railed against the Tennart toll for months."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Corwin Dagleish", "the Tennart toll for months"));
        assertThat(claims("Mirela Stoyanek said the board had ignored her warnings, and she railed against what she"
                + " called a culture of secrecy."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Mirela Stoyanek", "the board had ignored her warnings"),
                        tuple("Mirela Stoyanek", "what she called a culture of secrecy"));
    }

    @Test
    void aRailAndAFreeRelativeWithNoVerbOfStanceSayNothing() {
        assertThat(claims("The Tennart rail line ran against the river until 1990.")).isEmpty();
        assertThat(claims("Corwin Dagleish ate what the Tennart cook served.")).isEmpty();
    }
}
