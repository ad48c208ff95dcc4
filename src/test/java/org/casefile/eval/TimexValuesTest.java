package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimexValuesTest {

    @Test
    void knownPrefixDropsUnknownComponents() {
        assertThat(TimexValues.knownPrefix("2007-10-25")).isEqualTo("2007-10-25");
        assertThat(TimexValues.knownPrefix("2006-12-XX")).isEqualTo("2006-12");
        assertThat(TimexValues.knownPrefix("2003-XX-XX")).isEqualTo("2003");
        assertThat(TimexValues.knownPrefix("XXXX-XX-XX")).isEmpty();
        assertThat(TimexValues.knownPrefix(" 2007-10-25t10:00 ")).isEqualTo("2007-10-25T10:00");
        assertThat(TimexValues.knownPrefix(null)).isEmpty();
    }

    @Test
    void compatibleWhenEqualOrOnePrefixesTheOther() {
        assertThat(TimexValues.compatible("2007-10-25", "2007-10-25")).isTrue();
        assertThat(TimexValues.compatible("2007", "2007-10-25")).isTrue();
        assertThat(TimexValues.compatible("2007-10-25", "2007")).isTrue();
        assertThat(TimexValues.compatible("2007-10-XX", "2007-10-25")).isTrue();
        assertThat(TimexValues.compatible("2003-XX-XX", "2003")).isTrue();
        assertThat(TimexValues.compatible("2007-10-25", "2007-10-25T10:00")).isTrue();
    }

    @Test
    void incompatibleDates() {
        assertThat(TimexValues.compatible("2007-10-25", "2007-10-26")).isFalse();
        assertThat(TimexValues.compatible("2007-1", "2007-10")).isFalse();
        assertThat(TimexValues.compatible("2007", "2008-01-01")).isFalse();
        assertThat(TimexValues.compatible("XXXX-XX-XX", "2007")).isFalse();
        assertThat(TimexValues.compatible("XXXX-XX-XX", "XXXX-XX-XX")).isFalse();
        assertThat(TimexValues.compatible(null, "2007")).isFalse();
        assertThat(TimexValues.compatible("PRESENT_REF", "2007")).isFalse();
    }

    @Test
    void knownDateNeedsAFourDigitYear() {
        assertThat(TimexValues.isKnownDate("2007-XX-XX")).isTrue();
        assertThat(TimexValues.isKnownDate("XXXX-10-25")).isFalse();
        assertThat(TimexValues.isKnownDate("P2Y")).isFalse();
    }

    @Test
    void normalizeStripsAndUpperCases() {
        assertThat(TimexValues.normalize(" 2007-w43 ")).isEqualTo("2007-W43");
        assertThat(TimexValues.normalize(null)).isNull();
    }
}
