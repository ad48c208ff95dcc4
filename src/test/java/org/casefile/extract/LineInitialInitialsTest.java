package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.casefile.domain.EntityType;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * A capital letter with a period that opens a line is an outline marker, left out of the name the
 * tagger read after it ("B. Orlanby Freight breached …"); two initials that open a line are a
 * person's ("J. R. Quillfeather filed …" kept "R. Quillfeather" alone).
 */
class LineInitialInitialsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2031, 11, 3);

    @Test
    void twoInitialsOpeningALineStayInThePersonsName() {
        DocumentExtraction x = Texts.extract("The suit was filed on Monday.\nJ. R. Quillfeather said the company had lied.",
                PUBLISHED);
        assertThat(x.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.PERSON, "J. R. Quillfeather"));
    }

    @Test
    void aSectionLetterOpeningALineIsNoInitial() {
        DocumentExtraction x = Texts.extract("The claims are set out below.\nB. Orlanby Freight Inc. breached the lease.",
                PUBLISHED);
        assertThat(x.entities()).extracting(Entity::type, Entity::name)
                .containsExactly(tuple(EntityType.ORGANIZATION, "Orlanby Freight Inc."));
    }
}
