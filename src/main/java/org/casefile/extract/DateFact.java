package org.casefile.extract;

import org.casefile.domain.TimexType;
import org.casefile.ingest.Citation;

/** A time expression found in a document, with its TIMEX3 value. */
public record DateFact(String id, TimexType type, String value, String text, boolean anchored, Citation citation) {
}
