package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityErrorsTest {
    //                                  0         1         2         3         4         5         6
    //                                  0123456789012345678901234567890123456789012345678901234567890123
    private static final String TEXT = "Mara Brenvik met Tom Quillon of Taldora Mills in Osterhaven.\n"
            + "The mayor spoke.";

    private static GoldDocument doc(List<GoldEntity> entities) {
        return new GoldDocument("d1", TEXT, null, GoldDocument.DateOrigin.NONE, null, List.of(), entities,
                List.of(), List.of(), List.of());
    }

    private static GoldEntity named(int b, int e, String type) {
        return new GoldEntity(new Span(b, e, type), "NAM", true, null);
    }

    @Test
    void exactTypedMatchesWriteNothing() {
        GoldDocument d = doc(List.of(named(0, 12, "PER"), named(49, 59, "LOC")));
        Prediction p = new Prediction("d1", List.of(new Span(0, 12, "PERSON"), new Span(49, 59, "CITY")), null, null);
        assertThat(EntityErrors.lines("X", d, p)).isEmpty();
    }

    @Test
    void eachMismatchKindIsOneLine() {
        GoldDocument d = doc(List.of(named(0, 12, "PER"), named(17, 28, "PER"), named(32, 45, "ORG"),
                new GoldEntity(new Span(61, 70, "PER"), "", false, null)));
        Prediction p = new Prediction("d1", List.of(
                new Span(0, 28, "PERSON"),          // joins two people: one wrong span, one missed
                new Span(32, 39, "LOCATION"),       // Taldora typed a place: wrong type
                new Span(49, 59, "CITY"),           // no gold: spurious
                new Span(61, 70, "DATE")),          // not a scored type: ignored
                null, null);
        String sentence1 = "Mara Brenvik met Tom Quillon of Taldora Mills in Osterhaven.";
        assertThat(EntityErrors.lines("MEANTIME", d, p)).isEqualTo(
                "MEANTIME\td1\twrong span\tMara Brenvik\tPER\tNAM\tMara Brenvik met Tom Quillon\tPER\t" + sentence1 + "\n"
                + "MEANTIME\td1\twrong type\tTaldora Mills\tORG\tNAM\tTaldora\tLOC\t" + sentence1 + "\n"
                + "MEANTIME\td1\tmissed\tTom Quillon\tPER\tNAM\t\t\t" + sentence1 + "\n"
                + "MEANTIME\td1\tmissed\tThe mayor\tPER\t\t\t\tThe mayor spoke.\n"
                + "MEANTIME\td1\tspurious\t\t\t\tOsterhaven\tLOC\t" + sentence1 + "\n");
    }

    @Test
    void unscoredGoldTypesAreNotErrors() {
        GoldDocument d = doc(List.of(new GoldEntity(new Span(32, 45, "PRO"), "NAM", true, null)));
        assertThat(EntityErrors.lines("GUM", d, Prediction.empty("d1"))).isEmpty();
        assertThat(EntityErrors.HEADER.split("\t")).hasSize(9);
    }
}
