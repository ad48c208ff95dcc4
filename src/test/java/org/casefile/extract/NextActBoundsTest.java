package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A reported content ends before the source's next act: "and" or "but", then a verb with no
 * subject of its own in the form of the verb of speech that the content's own verb cannot take
 * ("said he earns … and questioned how …", "said the ferry would stop … and apologized"), or, in
 * the same tense, a verb of saying or stance after a content that opens with a personal pronoun
 * ("said she was pleased … but lamented that …"); a saying inside the content ends there too.
 * Negatives: a second clause or a second predicate of what was said stays inside. The names and
 * places are invented and appear nowhere in the corpus or the shared development data.
 */
class NextActBoundsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 9, 3);

    private static List<Claim> claims(String text) {
        return Texts.extract(text, PUBLISHED).claims();
    }

    @Test
    void aVerbInAnotherTenseThanTheContentIsTheSourcesNextAct() {
        assertThat(claims("Halvard Penrose, a retired machinist, said he earns $31,000 a year and questioned how the"
                + " Drummond levy would help him."))
                .extracting(Claim::speakerName, Claim::text)
                .contains(tuple("Halvard Penrose", "he earns $31,000 a year"))
                .noneMatch(t -> t.toList().get(1).toString().contains("a year and questioned"));
        assertThat(claims("Mireille Tovar said the Kessling ferry would stop running in June and apologized to commuters."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Mireille Tovar", "the Kessling ferry would stop running in June"));
    }

    @Test
    void aVerbOfSayingAfterAPronounContentIsTheSourcesNextAct() {
        assertThat(claims("Ysolde Brannigan said she was pleased with the Carrow audit but lamented that the report"
                + " came late."))
                .extracting(Claim::speakerName, Claim::text)
                .contains(tuple("Ysolde Brannigan", "she was pleased with the Carrow audit"))
                .noneMatch(t -> t.toList().get(1).toString().contains("but lamented"));
    }

    @Test
    void aSayingInsideTheContentEndsThereToo() {
        assertThat(claims("Ottoline Gravesend said she feels safer on Quellbrook Lane now and thanked the officers who"
                + " patrol it."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Ottoline Gravesend", "she feels safer on Quellbrook Lane now"));
    }

    @Test
    void aSecondClauseOrPredicateOfWhatWasSaidStaysInside() {
        assertThat(claims("Fennimore Kask said the Dunmere plan failed and the company lost money."))
                .extracting(Claim::text)
                .containsExactly("the Dunmere plan failed and the company lost money");
        assertThat(claims("Fennimore Kask said the Dunmere mill closed in March and has not reopened."))
                .extracting(Claim::text)
                .containsExactly("the Dunmere mill closed in March and has not reopened");
        assertThat(claims("Fennimore Kask said the suspect fled toward Dunmere on foot and was caught two blocks away."))
                .extracting(Claim::text)
                .containsExactly("the suspect fled toward Dunmere on foot and was caught two blocks away");
        assertThat(claims("Fennimore Kask said the Dunmere council voted on Monday and then announced the plan."))
                .extracting(Claim::text)
                .containsExactly("the Dunmere council voted on Monday and then announced the plan");
    }

    @Test
    void aVerbJoinedInsideANestedClauseOrOnlyAttributingWithThatStaysInside() {
        assertThat(claims("Fennimore Kask said he now believes the Dunmere ferry was sound and was therefore safe to sail."))
                .extracting(Claim::text)
                .containsExactly("he now believes the Dunmere ferry was sound and was therefore safe to sail");
        assertThat(claims("Dunmere Mills Inc. said it expects a loss because of storm damage and continued weak demand."))
                .extracting(Claim::text)
                .containsExactly("it expects a loss because of storm damage and continued weak demand");
    }

    @Test
    void twoAdjectivesOrParticiplesOfWhatWasSaidStayInside() {
        assertThat(claims("Fennimore Kask said she is shocked and saddened by the Dunmere closure."))
                .extracting(Claim::text)
                .containsExactly("she is shocked and saddened by the Dunmere closure");
    }

    @Test
    void aVerbOfChallengeDoubtsTheQuestionAfterIt() {
        assertThat(claims("Tarquin Osterby questioned how the Vandrell tunnel would be paid for."))
                .extracting(Claim::speakerName, Claim::text)
                .containsExactly(tuple("Tarquin Osterby", "how the Vandrell tunnel would be paid for"));
        assertThat(claims("Police questioned the Vandrell driver for an hour.")).isEmpty();
    }

    @Test
    void aHeadlineInTitleCaseEndsWithItsLine() {
        String text = "The hearing ran late.\nGovernor Ilse Marrow Says She Would Veto The Harbor Levy\n"
                + "Governor Ilse Marrow said on Monday that she would veto the harbor levy if it reached her desk.";
        assertThat(claims(text)).extracting(Claim::text)
                .containsExactly("She Would Veto The Harbor Levy", "she would veto the harbor levy if it reached her desk");
        String headline = "Marrow Says Levy Would Hurt Fishermen\nShe spoke at noon.";
        assertThat(ClaimExtractor.endAtHeadlineBreak(headline, 7, 12, headline.length() - 1)).isEqualTo(headline.indexOf('\n'));
        String wrapped = "Ilse Marrow said the harbor levy\nwas too high for small boats.";
        assertThat(ClaimExtractor.endAtHeadlineBreak(wrapped, 12, 17, wrapped.length() - 1)).isEqualTo(wrapped.length() - 1);
        String sentenceCase = "Marrow says the levy would hurt fishermen\nShe spoke at noon.";
        assertThat(ClaimExtractor.endAtHeadlineBreak(sentenceCase, 7, 12, sentenceCase.length() - 1))
                .isEqualTo(sentenceCase.length() - 1);
        String caption = "Tarquin Osterby Halvard Penrose\nOsterby was traveling home, according to the Wire.";
        assertThat(ClaimExtractor.endAtHeadlineBreak(caption, caption.indexOf("according"), 0, caption.indexOf(", according")))
                .isEqualTo(caption.indexOf(", according"));
    }
}
