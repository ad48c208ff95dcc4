package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void aDecimalPointTellsTwoAmountsApart() {
        assertThat(NameKey.of("$4.2 million")).isNotEqualTo(NameKey.of("$42 million"));
        assertThat(NameKey.of("$3.75 billion")).isNotEqualTo(NameKey.of("$375 billion"));
        assertThat(NameKey.of("$4.22")).isNotEqualTo(NameKey.of("$4.2"));
        // doubled digits are no spelling variant: "$100 million" is not "$10 million"
        assertThat(NameKey.of("$100 million")).isNotEqualTo(NameKey.of("$10 million"));
        assertThat(NameKey.words("$4.2 million").get(0)).isEqualTo("4.2");
    }

    @Test
    void otherPointsAndThousandsSeparatorsStillGo() {
        assertThat(NameKey.of("U.S. Steel Corp.")).isEqualTo(NameKey.of("US Steel Corp"));
        assertThat(NameKey.of("$12,500")).isEqualTo(NameKey.of("$12500"));
        assertThat(NameKey.of("Dr. Wenna Ostrick.")).isEqualTo(NameKey.of("Wenna Ostrick"));
        // negative: doubled letters still collapse, as transliterations disagree on them
        assertThat(NameKey.of("Wenna Ostrick")).isEqualTo(NameKey.of("Wena Ostrick"));
        // a point that ends a number ends the sentence: "cost $40." is "$40"
        assertThat(NameKey.words("$40.")).containsExactly("40");
    }
}
