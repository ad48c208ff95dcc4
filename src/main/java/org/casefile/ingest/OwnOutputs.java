package org.casefile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * casefile's own outputs, told by their first bytes: an earlier run's case JSON, report or export
 * written into an input folder. Read again, their quoted passages would come back as a document of
 * their own and every fact would be cited twice, so they are skipped with their reason.
 *
 * <p>Each kind is known by a head no other tool writes: a JSON file that names casefile as its
 * generator, an HTML page whose head does, a TimelineJS title slide "extracted by casefile",
 * identifiers in casefile's {@code urn:casefile:} or {@code casefile-} space, the JSON Lines
 * export's first document record, or a CSV file whose header row is one of casefile's tables
 * (later columns may follow: newer versions add columns at the end).
 */
public enum OwnOutputs {
    CASE("a case written by casefile", Pattern.compile(
            "\\A\\s*\\{\\s*\"schemaVersion\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"generator\"\\s*:\\s*\\{\\s*\"name\"\\s*:\\s*\"casefile\"")),
    /** The report writes its meta lines before its title, the generator among them. */
    REPORT("a report written by casefile", Pattern.compile(
            "\\A\\s*<!DOCTYPE html>[^<]*<html[^>]*>\\s*<head>(?:\\s*<meta [^>]*>)*?\\s*<meta name=\"generator\" content=\"casefile[ \"]")),
    TIMELINEJS("a TimelineJS export written by casefile", Pattern.compile(
            "\\A\\s*\\{\\s*\"title\"\\s*:\\s*\\{\\s*\"text\"\\s*:\\s*\\{\\s*\"headline\"\\s*:\\s*\"Case timeline\"\\s*,"
                    + "\\s*\"text\"\\s*:\\s*\"<p>\\d+ dated events from \\d+ documents, extracted by casefile")),
    ANNOTATIONS("a Web Annotation export written by casefile", Pattern.compile(
            "\\A\\s*\\{\\s*\"@context\"\\s*:\\s*\"http://www\\.w3\\.org/ns/anno\\.jsonld\"\\s*,\\s*\"id\"\\s*:\\s*\"urn:casefile:")),
    CLAIMREVIEW("a ClaimReview export written by casefile", Pattern.compile(
            "\\A\\s*\\[\\s*\\{\\s*\"@context\"\\s*:\\s*\"https://schema\\.org\"\\s*,\\s*\"@type\"\\s*:\\s*\"Claim\"\\s*,"
                    + "\\s*\"@id\"\\s*:\\s*\"urn:casefile:")),
    FTM("a FollowTheMoney export written by casefile", Pattern.compile(
            "\\A\\s*\\{\"id\":\"casefile-[^\"]+\",\"schema\":\"[A-Z][A-Za-z]*\"")),
    JSONL("a JSON Lines export written by casefile", Pattern.compile(
            "\\A\\s*\\{\"kind\":\"document\",\"id\":\"[^\"]*\",\"path\":\"[^\"]*\",\"sha256\":")),
    CSV("a CSV export written by casefile", null);

    /**
     * The header rows of casefile's CSV tables, as their first columns (later versions add columns).
     * The export's own lists are {@code output.export.CsvExporter}'s, which ingest cannot import; a
     * test exports every table and checks that each is known here.
     */
    private static final List<String> CSV_HEADS = List.of(
            "id,path,sha256,mediaType,title,url,published,publishedFrom,pages,chars,ocr,status,error,duplicateOf,parent",
            "id,type,subtype,name,aliases,mentions,documents",
            "entity,name,document,start,end,page,text,title",
            "id,type,value,text,anchored,document,start,end,page",
            "id,type,summary,dateValue,dateText,dateBegin,dateEnd,datePrecision,dateAnchored,dateDerivation,"
                    + "participants,participantIds,location,locationId,sources,citations,conflicts",
            "id,speaker,speakerName,text,kind,stance,documents",
            "kind,id,conflictDate,document,start,end,page,text");
    private static final int HEAD_BYTES = 4096;

    private final String what;
    private final Pattern head;

    OwnOutputs(String what, Pattern head) {
        this.what = what;
        this.head = head;
    }

    /** The status reason of a file of this kind. */
    public String reason() {
        return what + " (its output, not a source document)";
    }

    /** Which of casefile's outputs the file is, if it is one. */
    public static Optional<OwnOutputs> of(Path file) throws IOException {
        byte[] bytes = new byte[HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(bytes, 0, bytes.length);
        }
        String start = new String(bytes, 0, n, StandardCharsets.UTF_8);
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1); // a byte-order mark, as a spreadsheet writes when it saves a CSV again
        }
        for (OwnOutputs kind : values()) {
            if (kind.head != null && kind.head.matcher(start).lookingAt()) {
                return Optional.of(kind);
            }
        }
        String firstLine = start.lines().findFirst().orElse("");
        for (String h : CSV_HEADS) {
            if (firstLine.equals(h) || firstLine.startsWith(h + ",")) {
                return Optional.of(CSV);
            }
        }
        return Optional.empty();
    }

    /** Whether the file starts as a case that casefile wrote (the head of a JSON Lines folder, too). */
    public static boolean isCase(Path file) throws IOException {
        return of(file).filter(k -> k == CASE).isPresent();
    }
}
