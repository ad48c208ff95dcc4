package org.casefile.extract;

import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.extract.EventModalityTest.Expect;
import org.junit.jupiter.api.Test;

/**
 * The object a trigger's sense asks for, read from the words (no parse), across a hyphenated
 * modifier or a participle before its noun: "signed a 12-year contract" is an agreement signed
 * (the object was read as "a 12" and the signing lost). Invented names and places.
 */
class HyphenatedObjectsTest {

    @Test
    void aHyphenOrAParticipleInTheObjectKeepsItsNoun() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Tarrow Freight Ltd. signed a 12-year contract with Kestrin Bank.", List.of(fact("agreement")));
        s.put("Norvale Corp. has signed a revised agreement with Crayle Mining.", List.of(fact("agreement")));
        // negatives: an object of no agreement is no signing, with or without a hyphen
        s.put("Linnea Ostrander signed a 12-page letter to Kestrin Bank.", List.of());
        s.put("Halvard Corvel signed autographed photos for Valmere fans.", List.of());
        check(s);
    }
}
