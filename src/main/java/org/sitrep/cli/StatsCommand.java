package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sitrep.export.StatsTable;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep stats}: merged events and fatalities by country, month and type. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Merged events in the event store by country, month and event type.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filterOptions;

    @Option(names = "--json", description = "Print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EventFilter filter;
        try {
            filter = filterOptions.toFilter(Countries.load());
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
        StatsTable table;
        try (EventStore s = store.open(dataDir.resolve())) {
            table = new StatsTable(s.stats(filter));
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                table.writeJson(out);
            } catch (IOException e) {
                err.println("sitrep: " + e.getMessage());
                return ExitCode.SOFTWARE;
            }
        } else {
            table.print(out);
        }
        return ExitCode.OK;
    }
}
