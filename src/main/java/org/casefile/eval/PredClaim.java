package org.casefile.eval;

import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;

/**
 * A predicted claim (who said what), independent of the pipeline's records.
 *
 * @param span         the claim's cited text as char offsets (several citations: their covered range)
 * @param kind         a quote or reported speech
 * @param stance       the claim's stance, or {@code null} when the system gives none
 * @param speakerName  the speaker as written, or {@code null}
 * @param speakerNames the speaker entity's canonical name and aliases (empty when the claim has
 *                     no speaker entity)
 */
public record PredClaim(Span span, ClaimKind kind, Stance stance, String speakerName, List<String> speakerNames) {

    public PredClaim {
        speakerNames = speakerNames == null ? List.of() : List.copyOf(speakerNames);
    }

    /** True when the claim names any speaker. */
    public boolean hasSpeaker() {
        return speakerName != null && !speakerName.isBlank() || !speakerNames.isEmpty();
    }

    /** True for a direct quote. */
    public boolean isQuote() {
        return kind == ClaimKind.QUOTE;
    }
}
