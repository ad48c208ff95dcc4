package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casefile.output.CaseJsonLines;
import org.casefile.output.OutputFiles;
import org.casefile.output.OutputLock;
import org.casefile.output.export.Exports;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casefile export}: converts a case JSON (contract v1) to another format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Convert a case JSON (from casefile extract) to another format.",
            "Formats: json, jsonl, csv (a folder: needs -o), timelinejs, annotations (W3C Web Annotation), "
                + "ftm (FollowTheMoney), claimreview (schema.org Claim), html (a self-contained report).",
            "Quote context (annotations prefix/suffix, report) needs a case JSON written with --include-text."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the export could not complete", "2:bad usage or unreadable case JSON"})
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            completionCandidates = FormatConverter.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    String formatName;

    @Parameters(index = "0", paramLabel = "CASE.json",
            description = "A case JSON written by casefile extract, or the JSON Lines folder of extract --engine spark.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write here (a folder for csv; default: stdout).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Format format = FormatConverter.parse(formatName, "export", err);
        if (format == null) {
            return 2;
        }
        if (!Files.isRegularFile(input) && !CaseJsonLines.isCaseFolder(input)) {
            return Usage.error(err, "export", "no such file: " + input);
        }
        if (format.writesFolder() && output == null) {
            return Usage.error(err, "export", format.id() + " writes a folder of files: give -o FOLDER");
        }
        String clobbers = Usage.isTheInput(output, input);
        if (clobbers != null) {
            return Usage.error(err, "export", clobbers);
        }
        String badShape = Usage.outputShape(output, format.writesFolder());
        if (badShape != null) {
            return Usage.error(err, "export", badShape);
        }
        CaseModel model;
        try {
            model = CaseModel.read(input);
        } catch (IOException e) {
            err.println("casefile export: cannot read " + input + ": " + Usage.whyUnreadable(input, e));
            return Usage.EXIT;
        }
        // after the read, as it creates the output's missing folders: a refused run leaves none
        String badOutput = Usage.checkOutput(output, format.writesFolder());
        if (badOutput != null) {
            return Usage.error(err, "export", badOutput);
        }
        if (output == null) {
            Exports.write(format, model, null, System.out, true);
        } else {
            try (OutputLock lock = OutputLock.acquire(OutputLock.besideOutput(output), output.toString())) {
                if (!format.writesFolder()) {
                    OutputFiles.removeStaleTemps(output);
                }
                Exports.write(format, model, output, System.out, true);
            } catch (OutputLock.HeldException e) {
                err.println("casefile export: " + e.getMessage());
                err.flush();
                return 1;
            }
        }
        if (output != null) {
            err.println("casefile export: " + format.id() + " -> " + output);
        }
        err.flush();
        return 0;
    }
}
