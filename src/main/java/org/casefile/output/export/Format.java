package org.casefile.output.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code casefile extract --format} and {@code casefile export --format}. */
public enum Format {
    /** The case JSON itself (contract v1). */
    JSON("json"),
    /** One JSON record per line, {@code kind} first. */
    JSONL("jsonl"),
    /** A folder of RFC 4180 CSV files. */
    CSV("csv"),
    /** TimelineJS3 JSON. */
    TIMELINEJS("timelinejs"),
    /** W3C Web Annotation JSON-LD, one annotation per citation. */
    ANNOTATIONS("annotations"),
    /** FollowTheMoney entities, line-delimited JSON. */
    FTM("ftm"),
    /** schema.org Claim JSON-LD, one per claim. */
    CLAIMREVIEW("claimreview"),
    /** A self-contained HTML report. */
    HTML("html");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    /** The name used on the command line. */
    public String id() {
        return id;
    }

    /** Whether the format writes a folder rather than a single stream. */
    public boolean writesFolder() {
        return this == CSV;
    }

    /** The format named {@code name} (case-insensitive). */
    public static Format of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + names() + ")");
    }

    /** All names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
