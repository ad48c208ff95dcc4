package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Faults found by reading invented news nobody had run (session 30, helper ww24): "put it bluntly:"
 * gave no claim; a quoted book title in the subject's apposition made the clause's subject ("said
 * the city had hidden …") an inverted source; "said goodbye … and thanked them" was a claim; a
 * proverb ("as the saying goes") was a stance; "the chief executive of Acme, Ann Lee, admitted" and
 * "“…,” a spokeswoman for Acme said" gave the quote no speaker. Names appear nowhere in the corpus.
 */
class MannerAsidesAndSetPhrasesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2031, 3, 11);

    private static List<String> saidBy(String text) {
        return Texts.saidBy(text, TUESDAY);
    }

    @Test
    void wordsOfMannerAfterPutItStillLeadToWhatFollowsTheColon() {
        assertThat(saidBy("Jarek Wolniczak put it bluntly: the mill must raise wages or face a walkout."))
                .containsExactly("Jarek Wolniczak: the mill must raise wages or face a walkout");
        assertThat(saidBy("Their shop steward, Jarek Wolniczak, put it more simply: the mill must raise wages."))
                .containsExactly("Jarek Wolniczak: the mill must raise wages");
        assertThat(saidBy("Jarek Wolniczak put it this way: \"The mill must raise wages.\""))
                .containsExactly("Jarek Wolniczak: The mill must raise wages.");
        // negative: "put it" with a place after it says nothing
        assertThat(saidBy("The treasurer put it on the table.")).isEmpty();
    }

    @Test
    void aQuotedTitleInTheSubjectsAppositionLeavesThePersonTheSpeaker() {
        assertThat(saidBy("Dorrancey, the author of \"The Quiet Tally,\" said the county had hidden its pension losses."))
                .containsExactly("Dorrancey: the county had hidden its pension losses");
        assertThat(saidBy("Dorrancey, the co-author of \"The Quiet Tally,\" a book about municipal debt, said the county"
                + " had hidden its pension losses for a decade."))
                .containsExactly("Dorrancey: the county had hidden its pension losses for a decade");
        // negative: a source after the verb that ends the sentence stays the inverted source
        assertThat(saidBy("\"The county is broke,\" said the treasurer on Tuesday."))
                .containsExactly("the treasurer: The county is broke,");
    }

    @Test
    void aSetPhraseBeforeTheSubjectsSecondVerbIsNoClaim() {
        assertThat(saidBy("The minister said farewell to her staff on Friday and thanked them.")).isEmpty();
        assertThat(saidBy("The minister said goodbye to her staff on Friday and said she would return to teaching."))
                .containsExactly("The minister: she would return to teaching");
        // negative: a clause whose subject only starts like the set phrase is what was said
        assertThat(saidBy("The minister said mass layoffs would follow."))
                .containsExactly("The minister: mass layoffs would follow");
    }

    @Test
    void aProverbHoldsNoStance() {
        assertThat(saidBy("Fortune favors the bold, as the saying goes, and Trelawny Motors is betting on electric trucks."))
                .isEmpty();
        // negative: a speaker who quotes the proverb still says it
        assertThat(saidBy("As the old saying goes, the early bird gets the worm, Kiri Tamsettle said."))
                .containsExactly("Kiri Tamsettle: As the old saying goes, the early bird gets the worm");
    }

    @Test
    void thePersonApposedToARoleOfABodySpeaks() {
        assertThat(saidBy("\"It was a mistake,\" the chief executive of Brightwater Tidal, Ottilie Kinnairdsen, admitted on Wednesday."))
                .containsExactly("Ottilie Kinnairdsen: It was a mistake,");
        assertThat(saidBy("The director of the Pellmoor Safety Agency, Cosmin Ardelescu, said that the port would reopen."))
                .containsExactly("Cosmin Ardelescu: the port would reopen");
    }

    @Test
    void aRoleForABodyAfterAQuoteIsTheQuotesSource() {
        assertThat(saidBy("\"We are deeply disappointed by the verdict,\" a spokeswoman for Halvernon Pharmaceuticals said."))
                .containsExactly("Halvernon Pharmaceuticals: We are deeply disappointed by the verdict,");
        assertThat(saidBy("The plant will close, a spokesman for Tembury Mills said on Tuesday."))
                .containsExactly("Tembury Mills: The plant will close");
        // negative: a body that opens the sentence after "for" keeps what follows the verb
        assertThat(saidBy("A spokeswoman for Halvernon Pharmaceuticals said the verdict was wrong."))
                .containsExactly("Halvernon Pharmaceuticals: the verdict was wrong");
    }
}
