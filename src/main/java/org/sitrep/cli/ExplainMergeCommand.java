package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.merging.MergeExplanation;
import org.sitrep.model.MergedEvent;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep explain-merge}: why the reports of a merged event were merged. Prints the merged
 * record, each report, the claims with their sources, and for every pair of reports the merger's
 * decision with one line per criterion ({@link MergeExplanation}).
 */
@Command(name = "explain-merge", mixinStandardHelpOptions = true,
        description = "Show a merged event, its reports and the evidence for each link between them.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:shown", "1:no such event in the store", "2:unusable arguments or store"})
public final class ExplainMergeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVENT_ID",
            description = "A merged event's id (ev-...), or a report's key (ARTICLE_ID#INDEX) for the "
                    + "merged event it is part of.")
    String eventId;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (EventStore store = storeOption.open(dataDir.resolve())) {
            Optional<MergedEvent> found = store.merged(eventId)
                    .or(() -> store.mergedIdOf(eventId).flatMap(store::merged));
            if (found.isEmpty()) {
                err.println("sitrep: no merged event or report '" + eventId + "' in "
                        + storeOption.describe(dataDir.resolve()));
                return ExitCode.SOFTWARE;
            }
            out.print(new MergeExplanation().render(found.get()));
            out.flush();
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
