package org.casefile.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import org.casefile.output.export.Format;

/**
 * Parses {@code --format} values (case-insensitive) in the commands, so a bad one exits with 2
 * like other bad usage, and lists the formats for help and completion.
 */
final class FormatConverter implements Iterable<String> {
    /** The format, or null after printing why the name is not one. */
    static Format parse(String name, String command, PrintWriter err) {
        try {
            return Format.of(name);
        } catch (IllegalArgumentException e) {
            Usage.error(err, command, e.getMessage());
            return null;
        }
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(Format.values()).map(Format::id).iterator();
    }
}
