package org.casefile.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.ingest.Citation;

/**
 * Who said what: a direct quote or reported speech, with its {@link Stance}.
 *
 * @param speaker entity id of the speaker, or null when unknown
 * @param speakerName the speaker as written, or null
 * @param polarity since schema 1.1, {@link Polarity#NEGATIVE} when the verb of speech is negated
 *     ("Ann Lee did not say that …", "has never claimed …"): the speaker is not asserting the text;
 *     null (left out of the JSON) otherwise
 */
public record Claim(String id, String speaker, String speakerName, String text, ClaimKind kind, Stance stance,
        List<Citation> citations, @JsonInclude(JsonInclude.Include.NON_NULL) Polarity polarity) {
    public Claim {
        citations = List.copyOf(citations);
        polarity = polarity == Polarity.POSITIVE ? null : polarity;
    }

    /** A claim whose verb of speech is not negated. */
    public Claim(String id, String speaker, String speakerName, String text, ClaimKind kind, Stance stance,
            List<Citation> citations) {
        this(id, speaker, speakerName, text, kind, stance, citations, null);
    }
}
