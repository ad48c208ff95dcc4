package org.casefile.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's publication date in the order of precedence of {@link DateSource}: manifest,
 * metadata, a date stated at the head of the text, a date in the file name, the option. A PDF's
 * creation date and a file's modification time are never publication dates.
 *
 * <p>Thread-safe.
 */
public final class PublicationDateFinder {
    /** How many chars at the head of the text may hold a dateline or a filing stamp. */
    static final int HEAD_CHARS = 1500;

    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

    /** "Filed 04/21/21", "Dated: April 21, 2021", "Decided May 3, 2019", "DATE: 2021-04-21". */
    private static final Pattern STAMP = Pattern.compile(
            "\\b(?:Date of (?:[Nn]otice|[Oo]rder|[Ff]iling|[Dd]ecision)|Filed|FILED|Dated|DATED|Decided|DECIDED|Entered|ENTERED|Issued|ISSUED|Date|DATE)"
                    + "(?: on)?:?\\s+(" + MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4})");

    /** A news dateline on its own near the top: "May 11, 2021" or "SACRAMENTO, Calif. (May 11, 2021)". */
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^(?:[A-Z][A-Za-z .,'-]{0,60}[—–-]\\s*|[A-Z][A-Za-z .,'-]{0,60}\\(\\s*|(?:Published|Posted|Updated)?:?\\s*)?"
                    + "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?("
                    + MONTHS + "\\s+\\d{1,2},\\s+\\d{4}|\\d{1,2}\\s+" + MONTHS + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");

    private static final Pattern FILENAME_ISO = Pattern.compile("(?<!\\d)(\\d{4})[-_.](\\d{2})[-_.](\\d{2})(?!\\d)");
    private static final Pattern FILENAME_COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private final LocalDate optionDate;

    /** @param optionDate the {@code --doc-date} fallback, or null */
    public PublicationDateFinder(LocalDate optionDate) {
        this.optionDate = optionDate;
    }

    /**
     * @param manifest the manifest's date or null
     * @param metadata a date from the document's own publication metadata or null
     * @param text the normalised text
     * @param fileName the file's name
     */
    public Optional<PublicationDate> find(LocalDate manifest, LocalDate metadata, String text, String fileName) {
        if (manifest != null) {
            return Optional.of(new PublicationDate(manifest, DateSource.MANIFEST));
        }
        if (metadata != null) {
            return Optional.of(new PublicationDate(metadata, DateSource.METADATA));
        }
        Optional<LocalDate> head = fromTextHead(text);
        if (head.isPresent()) {
            return Optional.of(new PublicationDate(head.get(), DateSource.TEXT));
        }
        Optional<LocalDate> name = fromFileName(fileName);
        if (name.isPresent()) {
            return Optional.of(new PublicationDate(name.get(), DateSource.FILENAME));
        }
        return optionDate == null ? Optional.empty()
                : Optional.of(new PublicationDate(optionDate, DateSource.OPTION));
    }

    /** A filing stamp or dateline in the first {@value #HEAD_CHARS} chars. */
    public static Optional<LocalDate> fromTextHead(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, Math.min(text.length(), HEAD_CHARS));
        Matcher stamp = STAMP.matcher(head);
        while (stamp.find()) {
            Optional<LocalDate> d = parseWritten(stamp.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        Matcher line = DATELINE.matcher(head);
        while (line.find()) {
            Optional<LocalDate> d = parseWritten(line.group(1));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> fromFileName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {FILENAME_ISO, FILENAME_COMPACT}) {
            Matcher m = p.matcher(fileName);
            while (m.find()) {
                Optional<LocalDate> d = ymd(m.group(1), m.group(2), m.group(3));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ymd(String y, String m, String d) {
        int year = Integer.parseInt(y);
        if (year < 1900 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "April 21, 2021", "21 April 2021", "Apr. 21 2021", "04/21/21", "2021-04-21". */
    static Optional<LocalDate> parseWritten(String s) {
        String t = s.strip();
        Matcher iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(t);
        if (iso.matches()) {
            return ymd(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher us = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})").matcher(t);
        if (us.matches()) {
            String year = us.group(3).length() == 2 ? "20" + us.group(3) : us.group(3);
            return ymd(year, us.group(1), us.group(2));
        }
        Matcher mdy = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})").matcher(t);
        if (mdy.matches()) {
            return month(mdy.group(1)).flatMap(m -> ymd(mdy.group(3), String.valueOf(m), mdy.group(2)));
        }
        Matcher dmy = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?\\s+(\\d{4})").matcher(t);
        if (dmy.matches()) {
            return month(dmy.group(2)).flatMap(m -> ymd(dmy.group(3), String.valueOf(m), dmy.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<Integer> month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return Optional.of(m.getValue());
            }
        }
        return Optional.empty();
    }
}
