package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void aDecimalPointTellsTwoAmountsApart() {
        assertThat(NameKey.words("$4.2 million")).first().isEqualTo("4.2");
        assertThat(NameKey.words("$42 million")).first().isEqualTo("42");
        assertThat(NameKey.of("$3.75 billion")).isNotEqualTo(NameKey.of("$375 billion"));
    }

    @Test
    void otherPointsAndThousandsSeparatorsStillGo() {
        assertThat(NameKey.of("U.S. Steel Corp.")).isEqualTo(NameKey.of("US Steel Corp"));
        assertThat(NameKey.of("$12,500")).isEqualTo(NameKey.of("$12500"));
        assertThat(NameKey.of("Dr. Wenna Ostrick.")).isEqualTo(NameKey.of("Wenna Ostrick"));
        // a point that ends a number ends the sentence: "cost $40." is "$40"
        assertThat(NameKey.words("$40.")).containsExactly("40");
    }
}
