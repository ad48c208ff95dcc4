package org.casefile.output;

import java.util.List;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;

/** The case JSON document, contract version {@value #SCHEMA_VERSION}. */
public record CaseJson(String schemaVersion, Generator generator, String createdAt, List<DocumentJson> documents,
        List<Entity> entities, List<DateFact> dates, List<Event> events, List<Claim> claims) {
    public static final String SCHEMA_VERSION = "1.1";

    /** What produced the file. */
    public record Generator(String name, String version, String corenlp, String tika) {
    }
}
