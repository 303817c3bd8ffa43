package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news reports of armed conflict into an evidence-backed event dataset.",
        subcommands = {CodeCommand.class, ExplainCommand.class, IngestCommand.class,
                ExplainMergeCommand.class, ExportCommand.class, StatsCommand.class,
                GazetteerCommand.class, ActorsCommand.class, BenchCommand.class,
                BenchStoreCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // a bad option prints a one-line error and the usage, exit status 2
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("sitrep: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        });
        return cl;
    }
}
