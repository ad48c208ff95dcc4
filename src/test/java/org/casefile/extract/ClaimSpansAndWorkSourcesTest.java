package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Where a claim's words and its source end: a study, report or statement "by" or "from" a body that
 * closes the sentence is a source ("…, a study by the X Institute said"); another party's answer
 * after ", and" ends what was said ("…, and head coach X agreed"), as does the subject's next verb
 * after ", and"; a day of the saying is not said ("praised the lifeguards on Sunday"); what is asked
 * for keeps its subject ("asked for the charges to be dropped"); a body noun before a title is part
 * of the title ("Board Chairman X"). The names and places are invented and appear nowhere in the
 * corpus or the shared development data.
 */
class ClaimSpansAndWorkSourcesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2029, 4, 17);

    /** "speakerName|entity name: text" for each claim. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aWorkByOrFromABodyClosingTheSentenceIsItsSource() {
        assertThat(claims("Wages will keep rising, a study by the Quorvane Institute said."))
                .containsExactly("Quorvane Institute|Quorvane Institute: Wages will keep rising");
        assertThat(claims("The vaccine is safe, a statement from Delcombe Biotech said."))
                .containsExactly("Delcombe Biotech|Delcombe Biotech: The vaccine is safe");
        assertThat(claims("Wages will keep rising, the study by the institute said."))
                .containsExactly("the study by the institute|null: Wages will keep rising");
        assertThat(claims("Rents will fall next year, a report published Tuesday by the housing ministry said."))
                .containsExactly("the housing ministry|null: Rents will fall next year");
        // negative: a work by a body that says nothing
        assertThat(claims("A study by the Quorvane Institute covered 400 households.")).isEmpty();
    }

    @Test
    void anotherPartysAnswerEndsWhatWasSaid() {
        assertThat(claims("The sprinter said she was fit, and head coach Ismay Corrent confirmed it."))
                .containsExactly("The sprinter|null: she was fit");
        assertThat(claims("Chief Executive Dorrit Fawle said profits would double, and Finance Director Anwen Lusk agreed."))
                .containsExactly("Dorrit Fawle|Dorrit Fawle: profits would double");
        // negative: a clause with no saying of its own stays what was said
        assertThat(claims("The warden said the dam was safe, and the villagers were calm."))
                .containsExactly("The warden|null: the dam was safe, and the villagers were calm");
    }

    @Test
    void theSubjectsNextVerbAfterAndIsNoneOfTheFirstSaying() {
        assertThat(claims("The tenants asked the tribunal for damages, and asked the governor whether the dam would"
                + " be rebuilt."))
                .containsExactly("The tenants|null: the dam would be rebuilt");
        // negative: an aside before a quote leaves the quote the saying's
        assertThat(claims("Then Hollis Wrayburn said, and I quote, \u201cWe love the quiet valleys.\u201d"))
                .containsExactly("Hollis Wrayburn|Hollis Wrayburn: We love the quiet valleys.");
    }

    @Test
    void theDayOfTheSayingIsNotSaid() {
        assertThat(claims("Mayor Merivale Quenby praised the lifeguards on Sunday."))
                .containsExactly("Merivale Quenby|Merivale Quenby: the lifeguards");
        assertThat(claims("The senator denied the allegations on Tuesday."))
                .containsExactly("The senator|null: the allegations");
        // negative: a time of what was said stays ("next year"), as does one of a participle's
        assertThat(claims("The minister predicted a recession next year."))
                .containsExactly("The minister|null: a recession next year");
        assertThat(claims("The senator denied the allegations made on Tuesday."))
                .containsExactly("The senator|null: the allegations made on Tuesday");
    }

    @Test
    void whatIsAskedForKeepsItsSubject() {
        assertThat(claims("Defence lawyer Gwendolen Harrap asked for the charges to be dropped."))
                .containsExactly("Gwendolen Harrap|Gwendolen Harrap: the charges to be dropped");
        // negative: a hearer is no part of what is asked
        assertThat(claims("Defence lawyer Gwendolen Harrap asked the judge to dismiss the charges."))
                .containsExactly("Gwendolen Harrap|Gwendolen Harrap: to dismiss the charges");
    }

    @Test
    void aBodyNounBeforeATitleIsPartOfTheTitle() {
        DocumentExtraction x = Texts.extract("Board Chairman Osgar Penhallow said the merger would close in June. "
                + "Party Secretary Ottoline Brisk said the vote was fair.", PUBLISHED);
        assertThat(x.entities()).filteredOn(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.PERSON, "Osgar Penhallow"), tuple(EntityType.PERSON, "Ottoline Brisk"));
        // negative: a body noun inside a longer name stays the organisation's
        DocumentExtraction y = Texts.extract("Tessmere Council Chairman Osgar Penhallow said the road would reopen.", PUBLISHED);
        assertThat(y.entities()).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name).containsExactly("Tessmere Council");
    }
}
