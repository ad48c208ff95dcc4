package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who said what in court and crime reporting: a role noun right before a name ("welder Tavish
 * Morlund") or in an apposition with "a" makes that person the later "the welder" when no one else
 * holds the role; a denied pronoun leaves the day of the denial outside what was denied; an office named after its holder's title ("the Ardley
 * County Sheriff's Office") is one speaker. The names and places are invented and appear nowhere in
 * the corpus or the shared development data.
 */
class CourtSpeakersAndDenialsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2029, 3, 14);

    /** "speakerName|entity name: text" for each claim. */
    private static List<String> claims(String text) {
        DocumentExtraction x = Texts.extract(text, PUBLISHED);
        Map<String, String> names = x.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return x.claims().stream().map(c -> c.speakerName() + "|" + names.get(c.speaker()) + ": " + c.text()).toList();
    }

    @Test
    void aRoleNounBeforeTheNameMakesItsHolderTheLaterRole() {
        assertThat(claims("Welder Tavish Morlund was charged with arson on Friday. The welder said he had been at home"
                + " all night."))
                .containsExactly("The welder|Tavish Morlund: he had been at home all night");
        assertThat(claims("Police charged Ostley Rovers goalkeeper Tavish Morlund with assault. The goalkeeper said he"
                + " had acted in self-defence."))
                .contains("The goalkeeper|Tavish Morlund: he had acted in self-defence");
    }

    @Test
    void anAppositionWithARoleMakesItsHolderTheLaterRole() {
        assertThat(claims("Tavish Morlund, a welder from Ostley, was charged with arson. The welder said he had been at"
                + " home all night."))
                .containsExactly("The welder|Tavish Morlund: he had been at home all night");
        assertThat(claims("The case against the nurse, Wenda Pirrick, collapsed on Monday. The nurse said she was"
                + " relieved."))
                .containsExactly("The nurse|Wenda Pirrick: she was relieved");
    }

    @Test
    void aRoleHeldByTwoOrNamedOnlyAfterStaysTheRole() {
        assertThat(claims("Welder Tavish Morlund was charged with arson. Wenda Pirrick, a welder from Ostley, was"
                + " also charged. The welder said he had been at home all night."))
                .containsExactly("The welder|null: he had been at home all night");
        assertThat(claims("The welder said he had been at home all night. Welder Tavish Morlund was charged with"
                + " arson."))
                .containsExactly("The welder|null: he had been at home all night");
    }

    @Test
    void theDayOfADeniedPronounIsNotDenied() {
        assertThat(claims("Tavish Morlund denied it on Tuesday.")).containsExactly("Tavish Morlund|Tavish Morlund: it");
        assertThat(claims("Tavish Morlund denied the charges on Tuesday."))
                .containsExactly("Tavish Morlund|Tavish Morlund: the charges");
        // a pronoun that opens a clause is the clause's subject, all of it denied
        assertThat(claims("Tavish Morlund denied it was his car."))
                .containsExactly("Tavish Morlund|Tavish Morlund: it was his car");
    }

    @Test
    void anOfficeNamedAfterItsHoldersTitleIsOneSpeaker() {
        assertThat(claims("A spokeswoman for the Ardley County Sheriff's Office said two deputies were injured."))
                .containsExactly("Ardley County Sheriff's Office|Ardley County Sheriff's Office: two deputies were injured");
        assertThat(claims("The Attorney General's Office said the inquiry was over."))
                .containsExactly("Attorney General's Office|Attorney General's Office: the inquiry was over");
        // the title's own people are no office
        assertThat(claims("The Sheriff's deputies said the road was closed."))
                .containsExactly("The Sheriff's deputies|null: the road was closed");
    }
}
