package org.casefile.timeline;

import java.util.List;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.ingest.IngestedDocument;

/**
 * Where the dates and claims of a document are when its extraction does not carry them: kept
 * outside the heap (on disk) by a pipeline that streams results as they finish, and read back one
 * document at a time while the case is written. The case build needs neither to merge anything:
 * dates and claims only get case-wide ids and, for a claim, its speaker's case id.
 */
public interface CaseParts {
    /** Nothing kept elsewhere: every extraction carries its own dates and claims. */
    CaseParts NONE = new CaseParts() {
        @Override
        public int dateCount(IngestedDocument d) {
            return 0;
        }

        @Override
        public int claimCount(IngestedDocument d) {
            return 0;
        }

        @Override
        public List<DateFact> dates(IngestedDocument d) {
            return List.of();
        }

        @Override
        public List<Claim> claims(IngestedDocument d) {
            return List.of();
        }
    };

    /** How many dates {@link #dates} gives for this document (0 for a document not kept here). */
    int dateCount(IngestedDocument d);

    /** How many claims {@link #claims} gives for this document (0 for a document not kept here). */
    int claimCount(IngestedDocument d);

    /** The document's dates as extracted (local ids), in document order; empty for a document not kept here. */
    List<DateFact> dates(IngestedDocument d);

    /** The document's claims as extracted (local ids), in document order; empty for a document not kept here. */
    List<Claim> claims(IngestedDocument d);
}
