package org.casefile.cli;

import java.util.concurrent.Callable;
import org.casefile.output.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code casefile}: the command-line entry point. Exit codes: 0 done, 1 could not complete, 2 bad usage. */
@Command(name = "casefile", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Turns folders of news articles and court documents into a cited, machine-readable case timeline.",
        subcommands = {ExtractCommand.class, ExportCommand.class, CompareCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        cl.setParameterExceptionHandler(Usage::parameterException);
        cl.setExecutionExceptionHandler((e, command, parsed) -> {
            if (ExtractCommand.STOPPING.get()) {
                return 1; // stopped by a signal: the stop's own line has said what is left
            }
            String line = Usage.cannotComplete(command.getCommandName(), e);
            if (line == null) {
                throw e; // a programmer's error: its stack trace
            }
            command.getErr().println(line);
            command.getErr().flush();
            return 1;
        });
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints casefile's version and the engines'. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var g = Versions.generator();
            return new String[] {"casefile " + g.version() + " (CoreNLP " + g.corenlp() + ", Tika " + g.tika() + ")"};
        }
    }
}
