package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * Who is who on whole stories: one person named in full and then by surname is one entity, two
 * people sharing a surname are never one; bodies the tagger missed or mistook are organisations,
 * and a nationality before a noun is none.
 */
class WhoIsWhoTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 5);

    private static List<Entity> ofType(DocumentExtraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aPersonNamedInFullAndThenBySurnameIsOne() {
        DocumentExtraction x = Texts.extract("Marta Quillby, the mayor of Orvala, said on Monday the plan was dead. "
                + "Quillby added that she would resign.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).extracting(Entity::name, e -> e.mentions().size())
                .containsExactly(tuple("Marta Quillby", 2));
    }

    @Test
    void twoPeopleSharingASurnameAreNeverMerged() {
        DocumentExtraction x = Texts.extract("Tomas Quillby and his sister Irena Quillby sued the city on Monday. "
                + "Quillby said the city had lied.", PUBLISHED);
        List<Entity> people = ofType(x, EntityType.PERSON);
        assertThat(people).extracting(Entity::name)
                .contains("Tomas Quillby", "Irena Quillby");
        // the surname alone could be either: neither of the two takes it
        assertThat(people).filteredOn(e -> e.name().endsWith(" Quillby"))
                .allSatisfy(e -> assertThat(e.mentions()).hasSize(1));
    }

    @Test
    void aWordWithACapitalInsideIsACompanyAndNoPerson() {
        DocumentExtraction x = Texts.extract("The engines will be made by SkyDrover, which was founded in 1990. "
                + "SkyDrover said on Monday that it was pleased.", PUBLISHED);
        assertThat(ofType(x, EntityType.PERSON)).isEmpty();
        assertThat(ofType(x, EntityType.ORGANIZATION)).extracting(Entity::name).containsExactly("SkyDrover");
    }

    @Test
    void aReligiousBodyIsAnOrganisationAndANationalityIsNoEntity() {
        DocumentExtraction x = Texts.extract("Irena Quillby left Scientology in 2009. "
                + "Scientology denied her claims on Monday. European planemaker Marvanta said nothing.", PUBLISHED);
        assertThat(x.entities()).extracting(Entity::name).contains("Scientology").doesNotContain("European");
        assertThat(ofType(x, EntityType.ORGANIZATION)).filteredOn(e -> e.name().equals("Scientology"))
                .extracting(e -> e.mentions().size()).containsExactly(2);
    }
}
