package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.Polarity;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Attributions a blind check of new sentences found wrong or missed: a figure that opens with a
 * currency sign ("said that $2 million was missing"); a refusal to speak followed only by when or
 * how it came ("declined to comment after the verdict", no claim); "write" with no words written ("wrote 41
 * checks", where a written work, "wrote a dissent", stays a claim); a set phrase after "say" ("said goodbye"); a common noun whose place, firm or circle a
 * phrase after it names ("Analysts at Pryndle and Castavel", "Sources close to the governor").
 * Negatives in every test. The names and places are invented and appear nowhere in the corpus or
 * the shared development data.
 */
class RefusalsFiguresAndModifiedSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 3, 12);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aFigureWithACurrencySignIsPartOfWhatWasSaidOrFound() {
        assertThat(claims("Osmund Pellacre said that $4 million had been wired to Velsen."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Osmund Pellacre", "$4 million had been wired to Velsen"));
        assertThat(claims("The Tillbrook audit found that \u00a3300,000 was unaccounted for."))
                .extracting(Claim::text).containsExactly("\u00a3300,000 was unaccounted for");
        assertThat(claims("An audit of the Tillbrook accounts found $3.5 million missing from the road fund."))
                .extracting(Claim::text).containsExactly("$3.5 million missing from the road fund");
        // a person who finds money says nothing
        assertThat(claims("Osmund Pellacre found $40 in the drawer.")).isEmpty();
    }

    @Test
    void aRefusalFollowedOnlyByWhenOrHowItCameSaysNothing() {
        // no words were said, and none are reported: no claim "to comment"
        assertThat(claims("Marisol Ketteridge declined to comment after the hearing.")).isEmpty();
        assertThat(claims("Marisol Ketteridge declined to comment on Friday.")).isEmpty();
        assertThat(claims("Marisol Ketteridge refused to comment when reached by phone.")).isEmpty();
        // what the refusal is about stays what was not said
        List<Claim> topic = claims("Marisol Ketteridge declined to comment on the Wendholm settlement.");
        assertThat(topic).extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Marisol Ketteridge", "on the Wendholm settlement"));
        assertThat(topic.get(0).polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(claims("Marisol Ketteridge declined to comment further on the Wendholm settlement."))
                .extracting(Claim::text).containsExactly("on the Wendholm settlement");
        assertThat(claims("Marisol Ketteridge declined to say when the Wendholm plant would reopen."))
                .extracting(Claim::text).containsExactly("when the Wendholm plant would reopen");
        assertThat(claims("Marisol Ketteridge declined to rule out a run for governor.")).extracting(Claim::text)
                .containsExactly("a run for governor");
        // nor is a refusal's time what was refused
        assertThat(claims("Marisol Ketteridge declined to comment Tuesday on the Wendholm settlement."))
                .extracting(Claim::text).containsExactly("on the Wendholm settlement");
        assertThat(claims("Marisol Ketteridge declined to comment to reporters.")).isEmpty();
    }

    @Test
    void writingAnInstrumentSaysNothing() {
        assertThat(claims("The clerk wrote 63 checks to a company in Dunholt.")).isEmpty();
        assertThat(claims("The officer wrote 300 parking tickets in June.")).isEmpty();
        assertThat(claims("Dr. Evander Thornquist wrote prescriptions for 40 patients.")).isEmpty();
        // a written work is what was written, as PolNeAR reads it
        assertThat(claims("Evander Thornquist wrote a sharp dissent in the Dunholt case."))
                .extracting(Claim::text).containsExactly("a sharp dissent in the Dunholt case");
        assertThat(claims("Evander Thornquist wrote in a memo to staff that the Dunholt office would close."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Evander Thornquist", "the Dunholt office would close"));
        assertThat(claims("Evander Thornquist wrote the Dunholt office would close in May."))
                .extracting(Claim::text).containsExactly("the Dunholt office would close in May");
        assertThat(claims("Evander Thornquist wrote on his blog: \"The office is finished.\""))
                .extracting(Claim::text).containsExactly("The office is finished.");
        assertThat(claims("Evander Thornquist wrote about the flooding in Dunholt."))
                .extracting(Claim::text).containsExactly("the flooding in Dunholt");
    }

    @Test
    void aSetPhraseAfterSayClaimsNothing() {
        assertThat(claims("Thousands of supporters said goodbye to Ysmay Corvell on Saturday.")).isEmpty();
        assertThat(claims("The chaplain said a prayer for the crew of the Larkspire.")).isEmpty();
        assertThat(claims("The players said their farewells at the Haskerby ground.")).isEmpty();
        // a clause that opens with such a word is what was said
        assertThat(claims("Ysmay Corvell said mass layoffs would follow the merger."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ysmay Corvell", "mass layoffs would follow the merger"));
    }

    @Test
    void aCommonNounThatANamedPhraseModifiesHeadsTheSource() {
        assertThat(claims("Analysts at Pryndle and Castavel said the merger would cost 300 jobs."))
                .extracting(Claim::speaker, Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "Analysts at Pryndle and Castavel", "the merger would cost 300 jobs"));
        assertThat(claims("Officials at Yarrowby Mutual said the branch would close."))
                .extracting(Claim::speaker, Claim::speakerName)
                .containsExactly(tuple(null, "Officials at Yarrowby Mutual"));
        assertThat(claims("Sources close to the governor said she would not seek a third term."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Sources close to the governor", "she would not seek a third term"));
        assertThat(claims("People familiar with the Lutwyche talks said a deal was near."))
                .extracting(Claim::speakerName).containsExactly("People familiar with the Lutwyche talks");
        // a named person heads the phrase herself, and a spokesman speaks for the body he names
        assertThat(claims("Aldous Fentiman of Yarrowby Mutual said the branch would close."))
                .extracting(Claim::speakerName).containsExactly("Aldous Fentiman");
        assertThat(claims("A spokesman for Yarrowby Mutual said the branch would close."))
                .extracting(Claim::speakerName).containsExactly("Yarrowby Mutual");
    }

    @Test
    void aReducedPassiveOfAskingGivesItsQuestion() {
        assertThat(claims("When asked whether the Lutwyche mine would reopen, Aldous Fentiman said he did not know."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "whether the Lutwyche mine would reopen"),
                        tuple("Aldous Fentiman", "he did not know"));
        assertThat(claims("When asked by a reporter which county was his favorite, Aldous Fentiman laughed."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("a reporter", "which county was his favorite"));
        assertThat(claims("Asked which candidate she would back, Ysmay Corvell smiled."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple(null, "which candidate she would back"));
        // a view inside the question is asked about, not held
        assertThat(claims("Asked by Ysmay Corvell if he believed the mine was safe, Aldous Fentiman said he did not."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ysmay Corvell", "if he believed the mine was safe"),
                        tuple("Aldous Fentiman", "he did not"));
        // no question, no claim of the asking
        assertThat(claims("When asked about the budget, Aldous Fentiman said the figures were sound."))
                .extracting(Claim::text).containsExactly("the figures were sound");
        assertThat(claims("When asked by a reporter, Aldous Fentiman laughed.")).isEmpty();
    }

    @Test
    void aRefusalEndingInAParticleWithNoFinalStopDoesNotFail() {
        // the particle is the sentence's last token: the refused verb has nothing after it (a
        // refused saying with no topic says nothing; "call back" is no verb of speech)
        assertThat(claims("Marisol Ketteridge declined to write back")).isEmpty();
        assertThat(claims("Marisol Ketteridge declined to call back")).extracting(Claim::speakerName)
                .containsOnly("Marisol Ketteridge");
        // a particle with no refusal claims nothing
        assertThat(claims("Marisol Ketteridge wrote back")).isEmpty();
    }

    @Test
    void aRefusalKeepsItsTopicPastAPossessiveTimeAnAdjunctOrAWhenClause() {
        assertThat(claims("Marisol Ketteridge declined to comment on Friday's ruling.")).extracting(Claim::text)
                .containsExactly("on Friday's ruling");
        assertThat(claims("Marisol Ketteridge declined to discuss Monday's meeting with the governor."))
                .extracting(Claim::text).containsExactly("Monday's meeting with the governor");
        assertThat(claims("Marisol Ketteridge declined to say in a statement whether she would run."))
                .extracting(Claim::text).containsExactly("whether she would run");
        assertThat(claims("Marisol Ketteridge declined to comment in detail on the allegations."))
                .extracting(Claim::text).containsExactly("on the allegations");
        assertThat(claims("Marisol Ketteridge declined to confirm when the deal was signed."))
                .extracting(Claim::text).containsExactly("when the deal was signed");
        assertThat(claims("Marisol Ketteridge declined to comment over the Wendholm contract."))
                .extracting(Claim::text).containsExactly("over the Wendholm contract");
        // a time after "over" is when, no topic
        assertThat(claims("Marisol Ketteridge declined to comment over the weekend.")).isEmpty();
        assertThat(claims("Marisol Ketteridge refused to comment when reached by phone.")).isEmpty();
    }

    @Test
    void aMeansAfterByAsksNothing() {
        // "email", "phone" are how the question came: it has no asker
        assertThat(claims("Asked by email whether Tillbrook would appeal, a spokeswoman said the firm was reviewing the ruling."))
                .extracting(Claim::speakerName).doesNotContain("email").contains("a spokeswoman");
        assertThat(claims("When asked by phone if Tillbrook would appeal, a spokeswoman said the firm was reviewing the ruling."))
                .extracting(Claim::speakerName).doesNotContain("phone").contains("a spokeswoman");
        // a person after "by" asks
        assertThat(claims("Asked by a reporter whether Tillbrook would appeal, a spokeswoman said the firm was reviewing the ruling."))
                .extracting(Claim::speakerName).contains("a reporter", "a spokeswoman");
    }

    @Test
    void aSetPhraseIsTheWholeObjectOfSay() {
        assertThat(claims("The Wendholm company said thanks to strong holiday sales, profit rose 8 percent."))
                .extracting(Claim::text).containsExactly("thanks to strong holiday sales, profit rose 8 percent");
        assertThat(claims("Marisol Ketteridge said her vow to close the plant still stands.")).extracting(Claim::text)
                .containsExactly("her vow to close the plant still stands");
        assertThat(claims("Police said Corliss Wendham, 34, was arrested.")).extracting(Claim::text)
                .containsExactly("Corliss Wendham, 34, was arrested");
        // a set phrase, with a relative clause after it or not, claims nothing
        assertThat(claims("Fans said goodbye to the Wendholm stadium that hosted three title games.")).isEmpty();
        assertThat(claims("Marisol Ketteridge said a prayer for the victims.")).isEmpty();
    }

    @Test
    void aNamedModifierLeavesADocumentsSpeakerAndJoinsNoPerson() {
        assertThat(claims("A letter from Marisol Ketteridge said she would resign.")).extracting(Claim::speakerName)
                .containsExactly("Marisol Ketteridge");
        // a person at a firm speaks; people close to a person are the source
        assertThat(claims("Marisol Ketteridge at Tillbrook said the talks had stalled.")).extracting(Claim::speakerName)
                .containsExactly("Marisol Ketteridge at Tillbrook");
        assertThat(claims("People close to Marisol Ketteridge said she would resign.")).extracting(Claim::speakerName)
                .containsExactly("People close to Marisol Ketteridge");
    }
}
