package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casefile.output.compare.Comparer;
import org.casefile.output.compare.Comparison;
import org.casefile.output.compare.ComparisonTable;
import org.casefile.output.model.CaseModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code casefile compare}: for fact-checkers, who reports what with which date, and who claims what. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"For fact-checkers: per event, which documents report it and with which dates "
                + "(events whose sources disagree first); per speaker, their claims; per subject, the allegations "
                + "and the findings about it side by side.",
            "A claim's subjects are the people, organisations and places mentioned in its passages and the types "
                + "of the events those passages report. With two cases, events of the second are paired with events "
                + "of the first of the same type sharing a passage or a participant.",
            "Prints a readable table (default) or JSON (--json) to stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the comparison could not complete", "2:bad usage or unreadable case JSON"})
public final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "CASE.json", description = "One or two case JSON files (or JSON Lines folders of extract --engine spark).")
    List<Path> inputs;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (inputs.size() > 2) {
            return Usage.error(err, "compare", "compare takes one or two case files (got " + inputs.size() + ")");
        }
        List<Comparer.Input> cases = new ArrayList<>();
        for (Path p : inputs) {
            String label = cases.isEmpty() ? "A" : "B";
            try {
                cases.add(new Comparer.Input(label, p.toString(), CaseModel.read(p)));
            } catch (IOException e) {
                err.println("casefile compare: cannot read " + p + ": " + Usage.whyUnreadable(p, e));
                return Usage.EXIT;
            }
        }
        Comparison c = new Comparer(cases).compare();
        if (json) {
            System.out.write((c.toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            System.out.write(ComparisonTable.render(c).getBytes(StandardCharsets.UTF_8));
        }
        System.out.flush();
        return 0;
    }
}
