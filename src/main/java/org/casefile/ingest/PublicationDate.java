package org.casefile.ingest;

import java.time.LocalDate;
import java.util.Objects;

/** A publication date and where it was found. */
public record PublicationDate(LocalDate date, DateSource source) {
    public PublicationDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
