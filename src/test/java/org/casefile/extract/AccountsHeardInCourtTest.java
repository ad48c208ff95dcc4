package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * An act that a court only hears of, or that a party's account or a source's word names, is reported,
 * never told as a fact (invented names and places): "the jury heard that", "the prosecution's case is
 * that" (however far the act stands from "that"), "the man police say shot"; and what the sentence
 * itself tells beside such words stays asserted: the arrest of the man police say shot someone, the
 * detention of a suspect named in a relative clause, an explosion residents heard, and a guilty plea's
 * act (a plea of guilty admits it; a plea of not guilty, or one still to come, does not).
 */
class AccountsHeardInCourtTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 5, 12);

    /** The events of a text as {@code trigger/type/modality [name:role, …]}, in order. */
    private static List<String> events(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end())
                + "/" + e.type().name().toLowerCase() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase() + " " + e.participants().stream()
                        .map(p -> names.get(p.entity()) + ":" + p.role().name().toLowerCase()).sorted().toList())
                .toList();
    }

    /** The events of a text as {@code trigger/type/polarity/modality}, in order (who took part is another test's). */
    private static List<String> modalities(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        return x.events().stream().map(e -> x.document().text().substring(e.trigger().start(), e.trigger().end())
                + "/" + e.type().name().toLowerCase() + "/" + e.polarity().name().toLowerCase() + "/"
                + e.modality().name().toLowerCase()).toList();
    }

    @Test
    void whatACourtHeardIsReported() {
        assertThat(events("The jury heard that Ilse Marten killed her husband with a hammer.")).containsExactly("killed/killing/positive/reported [Ilse Marten:agent]");
        // with a date the sentence is parsed: the clause of "heard" is reported all the same
        assertThat(events("The jury heard on Tuesday that Ilse Marten killed her husband on May 2.")).containsExactly("killed/killing/positive/reported [Ilse Marten:agent]");
        assertThat(events("The tribunal heard Yusuf Dalby attacked a colleague.")).containsExactly("attacked/attack/positive/reported [Yusuf Dalby:agent]");
        // negative: what was heard as a sound happened, and the object of "heard" is no clause
        assertThat(events("Residents heard gunshots before Yusuf Dalby was arrested.")).containsExactly("arrested/arrest/positive/asserted [Yusuf Dalby:patient]");
    }

    @Test
    void aPartysAccountAfterIsReportsEveryActOfItsClause() {
        assertThat(events("Velmora's position is that Edric Tull returned to Harrowgate and took part in the killing."))
                .containsExactly("killing/killing/positive/reported [Edric Tull:other]");
        assertThat(events("The prosecution's case is that Tedric Orrin killed his uncle on March 2.")).containsExactly("killed/killing/positive/reported [Tedric Orrin:agent]");
        // negative: "case" with no "that" clause names no account
        assertThat(modalities("The case of Tedric Orrin was closed after his uncle was killed in Brenmoor on March 2."))
                .containsExactly("killed/killing/positive/asserted");
    }

    @Test
    void theManPoliceSayShotSomeoneWasArrested() {
        assertThat(modalities("The man police say shot Ivo Quarnby in Wendlow Park was arrested on Sunday.")).containsExactly("shot/attack/positive/reported",
                "arrested/arrest/positive/asserted");
        assertThat(modalities("Ezra Pollard, the man police say killed three hikers, was arrested.")).containsExactly("killed/killing/positive/reported",
                "arrested/arrest/positive/asserted");
        // negative: a source's sentence of its own reports its verb however it ends
        assertThat(events("Officials said Ezra Pollard was arrested in Corby.")).containsExactly("arrested/arrest/positive/reported [Ezra Pollard:patient]");
    }

    @Test
    void aSuspicionInARelativeClauseLeavesTheMainClauseAFact() {
        assertThat(modalities("Neve Harland, who is suspected of killing her business partner, was detained in Corby."))
                .containsExactly("killing/killing/positive/reported",
                "detained/detention/positive/asserted");
        // negative: an attribution that closes the sentence reports it
        assertThat(events("Neve Harland was detained in Corby, police said.")).containsExactly("detained/detention/positive/reported [Neve Harland:patient]");
    }

    @Test
    void aGuiltyPleaAdmitsTheActAndNoOtherPleaDoes() {
        assertThat(events("Osgar Orme pleaded guilty to killing his landlord.")).containsExactly("pleaded/plea/positive/asserted [Osgar Orme:agent]",
                "killing/killing/positive/asserted [Osgar Orme:agent]"); // who pleads guilty to an act did it
        assertThat(events("Osgar Orme pleaded not guilty to killing his landlord.")).containsExactly("pleaded/plea/positive/asserted [Osgar Orme:agent]",
                "killing/killing/positive/reported [Osgar Orme:agent]"); // the alleged doer, as in "accused of killing"
        assertThat(events("Osgar Orme is expected to plead guilty to killing his landlord.")).containsExactly("plead/plea/positive/planned [Osgar Orme:agent]",
                "killing/killing/positive/reported [Osgar Orme:other]");
        // negative: "to" before a gerund after a word that is no listed phrase is still one of aim
        assertThat(events("Osgar Orme was close to signing the deal.")).containsExactly("signing/agreement/positive/hypothetical [Osgar Orme:agent]");
    }
}
