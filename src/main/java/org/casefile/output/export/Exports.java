package org.casefile.output.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.casefile.output.OutputFiles;
import org.casefile.output.html.HtmlReport;
import org.casefile.output.model.CaseModel;

/**
 * Runs an export: picks the {@link Exporter} for a {@link Format} and writes to a file, a folder
 * (csv) or stdout. Files are written atomically ({@link OutputFiles}).
 */
public final class Exports {
    private Exports() {
    }

    /**
     * The exporter for a stream format.
     *
     * @param copyText whether formats that can carry whole document texts (jsonl, ftm) copy them
     *     when the case has them; quote context (annotations, html) uses the texts regardless
     */
    public static Exporter exporter(Format format, boolean copyText) {
        return switch (format) {
            case JSON -> Exports::writeJson;
            case JSONL -> new JsonlExporter(copyText);
            case TIMELINEJS -> new TimelineJsExporter();
            case ANNOTATIONS -> new AnnotationExporter();
            case FTM -> new FtmExporter(copyText);
            case CLAIMREVIEW -> new ClaimReviewExporter();
            case HTML -> new HtmlReport();
            case CSV -> throw new IllegalArgumentException("csv writes a folder; use CsvExporter");
        };
    }

    /**
     * Writes {@code c} in {@code format} to {@code output} (a folder for csv), or to {@code stdout}
     * when {@code output} is null.
     */
    public static void write(Format format, CaseModel c, Path output, OutputStream stdout, boolean copyText)
            throws IOException {
        if (format.writesFolder()) {
            if (output == null) {
                throw new IllegalArgumentException(format.id() + " writes a folder of files: give -o FOLDER");
            }
            new CsvExporter().write(c, output);
            return;
        }
        Exporter exporter = exporter(format, copyText);
        if (output == null) {
            exporter.write(c, stdout);
            stdout.flush();
            return;
        }
        OutputFiles.write(output, out -> exporter.write(c, out));
    }

    private static void writeJson(CaseModel c, OutputStream out) throws IOException {
        Json.writePretty(out, c);
    }
}
