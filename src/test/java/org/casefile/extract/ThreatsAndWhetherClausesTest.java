package org.casefile.extract;

import static org.casefile.extract.EventModalityTest.as;
import static org.casefile.extract.EventModalityTest.check;
import static org.casefile.extract.EventModalityTest.fact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casefile.domain.Modality;
import org.casefile.extract.EventModalityTest.Expect;
import org.junit.jupiter.api.Test;

/**
 * A threat is not the act it threatens, and an "if" that asks is no condition (invented names and
 * places, in neither the corpus nor the shared data): "Judge Edric Vassary will hold a hearing to
 * decide if Norvale Corp. broke the law" made the hearing a mere possibility, as if it hung on the
 * law being broken. After a verb or adjective of asking, deciding, finding out or knowing ("decide",
 * "ask", "know", "check", "unclear") "if" means "whether": the clause asked about is still not
 * asserted, while the clause that asks keeps its own modality.
 */
class ThreatsAndWhetherClausesTest {

    @Test
    void aThreatenedActIsOnlyPossible() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("The Tarrow Dockworkers Union threatened to sue Valmere.", List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("The Tarrow Dockworkers Union has threatened to sue Norvale Corp. over the layoffs.",
                List.of(as("filing", Modality.HYPOTHETICAL)));
        s.put("Norvale Corp. threatened Kestrin Bank with a lawsuit.", List.of(as("filing", Modality.HYPOTHETICAL)));
        // positive control: the suit filed after the threat is a fact
        s.put("The Tarrow Dockworkers Union sued Norvale Corp. on May 3, 2024.", List.of(fact("filing")));
        check(s);
    }

    @Test
    void anIfThatAsksLeavesTheAskingClauseAsItIs() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        s.put("Judge Edric Vassary will hold a hearing on June 3, 2024 to decide if Norvale Corp. broke the law.",
                List.of(as("hearing", Modality.PLANNED)));
        s.put("Judge Edric Vassary will hold a hearing to determine if Crayle Mining was sold illegally.",
                List.of(as("hearing", Modality.PLANNED)));
        s.put("Halvard Corvel will testify on June 4, 2024, and the jury will then decide if he lied.",
                List.of(as("testimony", Modality.PLANNED)));
        // the act asked about is not asserted
        s.put("The Pellbrook Ethics Panel will decide on June 5, 2024 if Norvale Corp. acquired Crayle Mining.",
                List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Police did not know if Halvard Corvel had been arrested.", List.of(as("arrest", Modality.HYPOTHETICAL)));
        s.put("Linnea Ostrander asked the court if Halvard Corvel would be released.",
                List.of(as("release", Modality.HYPOTHETICAL)));
        check(s);
    }

    @Test
    void anIfOfConditionStillMakesItsClauseHypothetical() {
        Map<String, List<Expect>> s = new LinkedHashMap<>();
        // negatives: a condition
        s.put("Judge Edric Vassary will hold a hearing on June 3, 2024 if Norvale Corp. appeals.",
                List.of(as("hearing", Modality.HYPOTHETICAL), as("appeal", Modality.HYPOTHETICAL)));
        s.put("Norvale Corp. will acquire Crayle Mining if the board agrees.", List.of(as("acquisition", Modality.HYPOTHETICAL)));
        s.put("Halvard Corvel will testify on June 6, 2024 if the jury asks.", List.of(as("testimony", Modality.HYPOTHETICAL)));
        // positive control: a fact with "whether" only after it stays a fact; what is checked is not
        s.put("Halvard Corvel was arrested on May 2, 2024, and police are checking whether he fled.",
                List.of(fact("arrest"), as("travel", Modality.HYPOTHETICAL)));
        check(s);
    }
}
