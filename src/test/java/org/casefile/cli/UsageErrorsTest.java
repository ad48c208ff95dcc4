package org.casefile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casefile.pipeline.CasePipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Everything the user typed is checked before any model loads: each usage or manifest error is
 * one line (plus "see casefile COMMAND --help" for usage errors) and exit code 2.
 */
class UsageErrorsTest {
    @TempDir
    Path tmp;
    private Path in;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private int loadsBefore;

    @BeforeEach
    void folder() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("story.txt"), "Halvard Essen opened the inquiry on 3 May 2019.\n");
        Files.writeString(in.resolve("other.txt"), "Halvard Essen closed the inquiry.\n");
        loadsBefore = CasePipeline.modelLoads();
    }

    @AfterEach
    void noModelLoaded() {
        assertThat(CasePipeline.modelLoads()).as("models loaded").isEqualTo(loadsBefore);
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private void assertUsage(String firstLine, String command, String... args) {
        assertThat(run(args)).as(err.toString()).isEqualTo(2);
        assertThat(errLines()).containsExactly(firstLine, "see casefile " + command + " --help");
    }

    @Test
    void anOutputThatIsOneOfTheInputFilesIsRefusedAndTheFileKept() throws IOException {
        Path story = in.resolve("story.txt");
        assertUsage("casefile extract: -o " + story + " is one of the input files: give another path", "extract",
                "extract", in.toString(), "-o", story.toString());
        assertThat(Files.readString(story)).isEqualTo("Halvard Essen opened the inquiry on 3 May 2019.\n");
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: -o " + story + " is one of the input files: give another path", "extract",
                "extract", story.toString(), "-o", story.toString());
        assertThat(Files.readString(story)).isEqualTo("Halvard Essen opened the inquiry on 3 May 2019.\n");
    }

    @Test
    void aStateFolderThatCannotBeCreatedIsNamedNotTheOutput() {
        Path state = in.resolve("story.txt").resolve("state");
        Path out = tmp.resolve("case.json");
        assertThat(run("extract", "--state", state.toString(), "-o", out.toString(), in.toString())).isEqualTo(2);
        assertThat(errLines().get(0)).startsWith("casefile extract: --state " + state + ": cannot create the folder: ");
    }

    @Test
    void aManifestThatIsAFolderIsNamedSo() {
        assertUsage("casefile extract: --manifest " + in + " is a folder: give the manifest file", "extract",
                "extract", "--manifest", in.toString(), in.toString());
    }

    @Test
    void threadsZero() {
        assertUsage("casefile extract: --threads must be at least 1 (got 0)", "extract",
                "extract", "--threads", "0", in.toString());
    }

    @Test
    void timeoutZero() {
        assertUsage("casefile extract: --timeout must be at least 1 second (got 0)", "extract",
                "extract", "--timeout", "0", in.toString());
    }

    @Test
    void maxSizeNegative() {
        assertUsage("casefile extract: --max-size must be at least 1 byte (got -5)", "extract",
                "extract", "--max-size", "-5", in.toString());
    }

    @Test
    void docDateNotADate() {
        assertUsage("casefile extract: Invalid value for option '--doc-date': '2023-13-45' is not a date YYYY-MM-DD",
                "extract", "extract", "--doc-date", "2023-13-45", in.toString());
    }

    @Test
    void threadsNotANumber() {
        assertUsage("casefile extract: Invalid value for option '--threads': 'two' is not an int", "extract",
                "extract", "--threads", "two", in.toString());
    }

    @Test
    void unknownOptionPrintsOneLineNotTheWholeHelp() {
        assertUsage("casefile extract: Unknown option: '--frobnicate'", "extract", "extract", "--frobnicate", in.toString());
    }

    @Test
    void noInput() {
        assertUsage("casefile extract: Missing required parameter: 'PATH'", "extract", "extract");
    }

    @Test
    void missingInput() {
        assertUsage("casefile extract: no such file or folder: " + tmp.resolve("nowhere"), "extract",
                "extract", tmp.resolve("nowhere").toString());
    }

    @Test
    void aFolderThatHoldsNoRulesIsAUsageError() {
        assertUsage("casefile extract: cannot read rule file " + in.resolve("event-triggers.txt"), "extract",
                "extract", "--models", in.toString(), in.toString());
    }

    @Test
    void aMalformedOverlayLineIsNamedByTheOverlaysOwnFileAndLine() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Path triggers = Files.writeString(rules.resolve("event-triggers.txt"), "# a trigger without its columns\nwhisk\n");
        assertUsage("casefile extract: " + triggers + ":2: expected 3 tab-separated columns: whisk", "extract",
                "extract", "--overlay", rules.toString(), in.toString());
    }

    @Test
    void aRegexnerPatternThatIsNoRegularExpressionIsNamedBeforeAnyModelLoads() throws IOException {
        Path rules = Files.createDirectories(tmp.resolve("rules").resolve("regexner"));
        Path list = Files.writeString(rules.resolve("99-bad.txt"), "Halvard (((Essen\tORGANIZATION\n");
        assertUsage("casefile extract: " + list + ":1: not a regular expression: (((Essen (Unclosed group)", "extract",
                "extract", "--overlay", rules.getParent().toString(), in.toString());
    }

    @Test
    void missingOverlay() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        assertUsage("casefile extract: overlay folder not found: " + tmp.resolve("no-rules"), "extract",
                "extract", "--overlay", tmp.resolve("no-rules").toString(), in.toString());
    }

    @Test
    void overlayOnASparkCluster() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        assertUsage("casefile extract: --overlay needs --master local[N] here: on a cluster every executor reads --models, "
                + "so add the overlay's lines to a copy of models/ on every node and pass that", "extract",
                "extract", "--engine", "spark", "--master", "spark://127.0.0.1:7077", "--overlay", rules.toString(),
                "-o", tmp.resolve("out").toString(), in.toString());
    }

    @Test
    void brokenLinkAsInput() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nothing-here"));
        assertUsage("casefile extract: broken symbolic link: " + link, "extract", "extract", link.toString());
    }

    @Test
    void unknownFormat() {
        assertUsage("casefile extract: unknown format 'pdf' (expected one of json, jsonl, csv, timelinejs, annotations, "
                + "ftm, claimreview, html)", "extract", "extract", "-f", "pdf", in.toString());
    }

    @Test
    void outputIsAFolder() {
        assertUsage("casefile extract: -o " + tmp + " is a folder: give a file name", "extract",
                "extract", "-o", tmp.toString(), in.toString());
    }

    @Test
    void outputUnderAFile() {
        Path bad = in.resolve("story.txt").resolve("case.json");
        assertUsage("casefile extract: -o " + bad + ": " + in.resolve("story.txt") + " is a file, not a folder", "extract", "extract", "-o", bad.toString(), in.toString());
    }

    @Test
    void outputWhereNoFolderCanBeCreated() {
        Path proc = Path.of("/proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        Path bad = proc.resolve("casefile-no-such/case.json");
        assertThat(run("extract", "-o", bad.toString(), in.toString())).isEqualTo(2);
        assertThat(errLines()).hasSize(2);
        assertThat(errLines().get(0)).startsWith("casefile extract: -o " + bad + ": cannot create the folder: ");
        assertThat(errLines().get(1)).isEqualTo("see casefile extract --help");
    }

    @Test
    void csvOutputIsAFile() {
        Path file = in.resolve("story.txt");
        assertUsage("casefile extract: -o " + file + " is a file: this format writes a folder", "extract",
                "extract", "-f", "csv", "-o", file.toString(), in.toString());
    }

    @Test
    void stateIsAFile() {
        Path file = in.resolve("story.txt");
        assertUsage("casefile extract: --state " + file + " is a file: give a folder", "extract",
                "extract", "--state", file.toString(), in.toString());
    }

    @Test
    void stateThatIsOrHoldsAnInputFolder() {
        assertUsage("casefile extract: --state " + in + " is or holds the input " + in + ": give a folder of its own",
                "extract", "extract", "--state", in.toString(), in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: --state " + tmp + " is or holds the input " + in + ": give a folder of its own",
                "extract", "extract", "--state", tmp.toString(), in.toString());
    }

    @Test
    void aFileNameBeginningWithADashIsNamedWithTheWayOut() throws IOException {
        Files.writeString(tmp.resolve("-notes.txt"), "Ottar Velm spoke.\n");
        assertThat(Usage.dashedFileName(new String[] {"extract", "-notes.txt"}, tmp)).isEqualTo("-notes.txt");
        // negatives: an option that names no file, a name after "--"
        assertThat(Usage.dashedFileName(new String[] {"extract", "--threads", "2", "-o", "x.json"}, tmp)).isNull();
        assertThat(Usage.dashedFileName(new String[] {"extract", "--", "-notes.txt"}, tmp)).isNull();
    }

    @Test
    void missingManifest() {
        assertUsage("casefile extract: no such manifest: " + tmp.resolve("list.csv"), "extract",
                "extract", "--manifest", tmp.resolve("list.csv").toString(), in.toString());
    }

    @Test
    void compareWithThreeFiles() {
        assertUsage("casefile compare: compare takes one or two case files (got 3)", "compare",
                "compare", "a.json", "b.json", "c.json");
    }

    @Test
    void exportOutputIsAFolder() throws IOException {
        Path json = Files.writeString(tmp.resolve("case.json"), "{}");
        assertUsage("casefile export: -o " + in + " is a folder: give a file name", "export",
                "export", "-f", "html", json.toString(), "-o", in.toString());
    }

    @Test
    void aFullDiskIsOneLineAndAProgrammersErrorKeepsItsStackTrace() {
        Exception full = new java.io.UncheckedIOException(new java.nio.file.FileSystemException("/out/case.json.tmp",
                null, "No space left on device"));
        assertThat(Usage.cannotComplete("extract", full))
                .isEqualTo("casefile extract: cannot complete: /out/case.json.tmp: No space left on device");
        assertThat(Usage.cannotComplete("extract", new IllegalStateException("a bug"))).isNull();
        assertThat(Usage.cannotComplete("extract", new IllegalStateException("a worker failed", full))).isNull();
    }

    @Test
    void exportOntoTheCaseItReadsIsRefusedAndTheCaseKept() throws IOException {
        Path json = Files.writeString(tmp.resolve("kept.json"), "{}");
        assertUsage("casefile export: -o " + json + " is the case being read: give another path", "export",
                "export", "-f", "html", json.toString(), "-o", json.toString());
        assertThat(Files.readString(json)).isEqualTo("{}");
    }

    @Test
    void aCaseFileThatIsNoJsonIsOneLineAndLeavesNoOutputFolder() throws IOException {
        Path cut = Files.writeString(tmp.resolve("cut.json"), "{\"schemaVersion\": \"1.1\", \"documents\": [");
        Path out = tmp.resolve("new/sub/case.html");

        assertThat(run("export", "-f", "html", cut.toString(), "-o", out.toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly("casefile export: cannot read " + cut + ": not valid JSON: Unexpected"
                + " end-of-input: expected close marker for Array (start marker at line 1, column 39) (line 1, column 40)");
        assertThat(tmp.resolve("new")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("compare", cut.toString(), tmp.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(errLines()).hasSize(1).first().asString().startsWith("casefile compare: cannot read " + cut + ": not valid JSON: ");
        err.getBuffer().setLength(0);
        assertThat(run("compare", tmp.resolve("absent.json").toString())).isEqualTo(2);
        assertThat(errLines()).containsExactly("casefile compare: cannot read " + tmp.resolve("absent.json") + ": no such file");
    }

    // the manifest: one line per problem, with its file and line, exit 2, before models load

    private List<String> manifestErrors(String csv, String... extra) throws IOException {
        Path manifest = Files.writeString(in.resolve("manifest.csv"), csv);
        String[] args = new String[extra.length + 2];
        args[0] = "extract";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[args.length - 1] = in.toString();
        assertThat(run(args)).as(err.toString()).isEqualTo(2);
        return errLines().stream().map(l -> l.replace(manifest.toString(), "M")).toList();
    }

    @Test
    void manifestWithABadDateNamesItsLine() throws IOException {
        assertThat(manifestErrors("path,published,title\nstory.txt,2019-05-03,Inquiry\n\nother.txt,2019-13-45,Closed\n"))
                .containsExactly("casefile extract: M line 4: 'published' is not an ISO date (YYYY-MM-DD): 2019-13-45");
    }

    @Test
    void manifestLineNumbersCountLinesInsideQuotedValues() throws IOException {
        assertThat(manifestErrors("path,title,published\nstory.txt,\"a title\non two lines\",2019-05-03\n"
                + "other.txt,Closed,last week\n"))
                .containsExactly("casefile extract: M line 4: 'published' is not an ISO date (YYYY-MM-DD): last week");
    }

    @Test
    void manifestWithoutAPathColumn() throws IOException {
        assertThat(manifestErrors("file,published\nstory.txt,2019-05-03\n"))
                .containsExactly("casefile extract: M line 1: no 'path' column (the header row has: file, published)");
    }

    @Test
    void manifestWithAnUnclosedQuote() throws IOException {
        assertThat(manifestErrors("path,title\nstory.txt,Inquiry\nother.txt,\"Closed\n"))
                .containsExactly("casefile extract: M line 3: a quoted value is not closed");
    }

    @Test
    void manifestRowsForMissingAndOutsideFilesAndDuplicatesAreErrorsEachOnItsLine() throws IOException {
        Files.writeString(tmp.resolve("outside.txt"), "x\n");
        assertThat(manifestErrors("path,published\nstory.txt,2019-05-03\nstroy.txt,2019-05-04\n../outside.txt,2019-05-05\n"
                + "story.txt,2019-05-06\n,2019-05-07\n"))
                .containsExactly(
                        "casefile extract: M line 3: no such file: stroy.txt",
                        "casefile extract: M line 4: '../outside.txt' is outside the manifest's folder " + in.toAbsolutePath().normalize(),
                        "casefile extract: M line 5: a second row for story.txt (the first is on line 2)",
                        "casefile extract: M line 6: the 'path' value is empty");
    }

    @Test
    void anUnknownColumnIsAWarningBeforeTheErrors() throws IOException {
        assertThat(manifestErrors("path,publisher,published\nstory.txt,Ledger Weekly,2019-02-30\n"))
                .containsExactly(
                        "casefile extract: M line 2: 'published' is not an ISO date (YYYY-MM-DD): 2019-02-30");
        // the warning alone does not stop a run (checked in ManifestTest); with an error, the error decides
    }

    @Test
    void aRefusedRunCreatesNoOutputFolders() throws IOException {
        Path output = tmp.resolve("new/sub/case.json");
        manifestErrors("path\nmissing.txt\n", "-o", output.toString());
        assertThat(tmp.resolve("new")).doesNotExist();
    }

    @Test
    void sparkEngineUsageErrorsComeBeforeSparkStarts() {
        assertUsage("casefile extract: --engine must be local or spark (got hadoop)", "extract",
                "extract", "--engine", "hadoop", in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: --master needs --engine spark", "extract",
                "extract", "--master", "local[2]", in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: --engine spark writes a folder: give -o FOLDER", "extract",
                "extract", "--engine", "spark", in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: --master local[0] is not a Spark master URL (local[N], local[*], spark://HOST:PORT, k8s://..., yarn)",
                "extract", "extract", "--engine", "spark", "--master", "local[0]", "-o", tmp.resolve("o").toString(), in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: --engine spark writes JSON Lines and case JSON only: convert the folder with casefile export -f csv",
                "extract", "extract", "--engine", "spark", "-f", "csv", "-o", tmp.resolve("o").toString(), in.toString());
        err.getBuffer().setLength(0);
        assertUsage("casefile extract: no such file or folder: " + tmp.resolve("nowhere"), "extract",
                "extract", "--engine", "spark", "-o", tmp.resolve("o").toString(), tmp.resolve("nowhere").toString());
    }
}
