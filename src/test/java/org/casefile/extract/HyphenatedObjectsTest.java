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
        // negatives: an object of no agreement is no agreement, with or without a hyphen; the signing
        // by a named signer is still an act of its own (type other, undated: OtherEventsTest)
        s.put("Linnea Ostrander signed a 12-page letter to Kestrin Bank.", List.of(fact("other")));
        s.put("Halvard Corvel signed autographed photos for Valmere fans.", List.of(fact("other")));
        check(s);
    }
}
