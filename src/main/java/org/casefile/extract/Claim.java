package org.casefile.extract;

import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;
import org.casefile.ingest.Citation;

/**
 * Who said what: a direct quote or reported speech, with its {@link Stance}.
 *
 * @param speaker entity id of the speaker, or null when unknown
 * @param speakerName the speaker as written, or null
 */
public record Claim(String id, String speaker, String speakerName, String text, ClaimKind kind, Stance stance,
        List<Citation> citations) {
    public Claim {
        citations = List.copyOf(citations);
    }
}
