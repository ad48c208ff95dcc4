package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An invented story of a city official's indictment (test resource {@code stories/mayor-indictment.txt})
 * with a byline, an all-caps dateline, comma lists, fronted "According to X," sentences and role
 * words: one entity per person named, no invented person, roles on the mentions.
 */
class IdentityStoryTest {
    private static DocumentExtraction x;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = IdentityStoryTest.class.getResourceAsStream("/stories/mayor-indictment.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            x = Texts.extract("dstory", text, LocalDate.of(2024, 3, 14));
        }
    }

    private static List<Entity> ofType(EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void everyPersonNamedIsOneEntityAndNoPersonIsInvented() {
        assertThat(ofType(EntityType.PERSON)).extracting(Entity::name).containsExactlyInAnyOrder(
                "Wendeline Marsk", "Thomas Pellegrove", "Rebecca Quillfeather", "Gloria Brannigan", "Ivo Santangel",
                "Odile Fenwright", "Daniel Kettleby", "Harriet Oakcombe", "Otto Venditti");
    }

    @Test
    void aShortGivenNameJoinsTheFullOneAndSurnamesJoinTheirPerson() {
        Entity mayor = ofType(EntityType.PERSON).stream().filter(e -> e.name().equals("Thomas Pellegrove")).findFirst().orElseThrow();
        assertThat(mayor.aliases()).containsExactly("Pellegrove", "Tom Pellegrove");
        Entity brannigan = ofType(EntityType.PERSON).stream().filter(e -> e.name().equals("Gloria Brannigan")).findFirst().orElseThrow();
        assertThat(brannigan.mentions()).hasSize(3);
    }

    @Test
    void roleWordsAreNoEntitiesButStayOnThePersonsMention() {
        assertThat(x.entities()).extracting(Entity::type).doesNotContain(EntityType.TITLE, EntityType.NATIONALITY, EntityType.CRIMINAL_CHARGE);
        assertThat(ofType(EntityType.PERSON).stream().flatMap(e -> e.mentions().stream()).filter(m -> m.title() != null)
                .map(m -> m.text() + "=" + m.title()).toList()).containsExactlyInAnyOrder(
                "Tom Pellegrove=Mayor", "Rebecca Quillfeather=U.S. Attorney", "Gloria Brannigan=Council President",
                "Ivo Santangel=Deputy Clerk", "Odile Fenwright=Treasurer", "Daniel Kettleby=lawyer",
                "Harriet Oakcombe=lawyer for the county");
    }

    @Test
    void theBylinesPublicationIsAnOrganisationAndTheCompanyIsOneWithOrWithoutItsLegalForm() {
        assertThat(ofType(EntityType.ORGANIZATION)).extracting(Entity::name)
                .containsExactlyInAnyOrder("Harbor Gazette", "Marlowe Paving Co.");
        Entity paving = ofType(EntityType.ORGANIZATION).stream().filter(e -> e.name().startsWith("Marlowe")).findFirst().orElseThrow();
        assertThat(paving.aliases()).containsExactly("Marlowe Paving");
    }

    @Test
    void theAllCapsDatelineKeepsItsPlaceWithOrdinaryCapitalsAndTheHeadlineWordJoinsIt() {
        Entity town = x.entities().stream().filter(e -> e.name().equals("Briskwater")).findFirst().orElseThrow();
        assertThat(town.type()).isEqualTo(EntityType.LOCATION);
        assertThat(town.mentions()).extracting(Mention::text).containsExactly("Briskwater", "BRISKWATER");
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("City", "State", "Police", "police");
    }
}
