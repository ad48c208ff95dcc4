package org.casefile.timeline;

import java.util.List;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.Mention;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;

/**
 * Where the dates and claims of a document are when its extraction does not carry them: kept
 * outside the heap (on disk) by a pipeline that streams results as they finish, and read back one
 * document at a time while the case is written. The case build needs neither to merge anything:
 * dates and claims only get case-wide ids and, for a claim, its speaker's case id.
 *
 * <p>The same holds for what the merges do not look at ({@link #keepsBodies}): the mentions of a
 * document's entities and the quoted passages, summaries and triggers of its events. Its
 * extraction then carries them as skeletons (entities without mentions, events whose summary is
 * empty, whose citations quote nothing and whose trigger is null: what the merges compare), and
 * the case reads them back from here, one entity or event at a time, as it is written.
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

    /** An event's parts that no merge compares: its summary, its citations as quoted, its trigger. */
    record EventBody(String summary, List<Citation> citations, Citation trigger) {
    }

    /**
     * Whether this document's entities and events are kept here: its extraction carries them
     * without mentions, quotes, summaries and triggers, which {@link #mentions} and {@link #event}
     * give back. False for a document not kept here (its extraction carries everything).
     */
    default boolean keepsBodies(IngestedDocument d) {
        return false;
    }

    /** The mentions of the document's entity at {@code index} (in its extraction's order); only when {@link #keepsBodies}. */
    default List<Mention> mentions(IngestedDocument d, int index) {
        throw new IllegalStateException("no entities kept for " + d.path());
    }

    /** The body of the document's event at {@code index} (in its extraction's order); only when {@link #keepsBodies}. */
    default EventBody event(IngestedDocument d, int index) {
        throw new IllegalStateException("no events kept for " + d.path());
    }

    /**
     * Fails with an {@link IllegalStateException} saying what was closed when what is kept here can
     * no longer be read back (it was closed with its pipeline): a case's list calls it as it is
     * iterated, so the misuse fails before the list gives anything. {@code what} names the list
     * ("dates"). Nothing to check by default.
     */
    default void checkReadable(String what) {
    }

    /** How many dates {@link #dates} gives for this document (0 for a document not kept here). */
    int dateCount(IngestedDocument d);

    /** How many claims {@link #claims} gives for this document (0 for a document not kept here). */
    int claimCount(IngestedDocument d);

    /** The document's dates as extracted (local ids), in document order; empty for a document not kept here. */
    List<DateFact> dates(IngestedDocument d);

    /** The document's claims as extracted (local ids), in document order; empty for a document not kept here. */
    List<Claim> claims(IngestedDocument d);
}
