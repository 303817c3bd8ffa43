package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.merging.Link;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;
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
 * record, its claims with their sources, each report, and for every pair of reports the merger's
 * decision with one line per criterion.
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
            print(found.get(), new ReportMerger(), out);
            out.flush();
            return ExitCode.OK;
        } catch (StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private static void print(MergedEvent m, ReportMerger merger, PrintWriter out) {
        Event e = m.event();
        out.printf(Locale.ROOT, "%s  %s%n", m.id(), summary(e));
        out.printf(Locale.ROOT, "  actors: %s | %s%n", actors(e.actor1(), e.assocActor1()),
                actors(e.actor2(), e.assocActor2()));
        out.println("claims:");
        if (m.claims().isEmpty()) {
            out.println("  (none)");
        }
        for (SourcedClaim c : m.claims()) {
            out.printf(Locale.ROOT, "  %s: %s %s%s, reported by %s%n",
                    c.claim().claimant() == null ? "(the report itself)" : c.claim().claimant(),
                    c.claim().qualifier() == null ? "" : c.claim().qualifier().label(),
                    c.claim().killed() == null ? "unspecified" : c.claim().killed() + " killed",
                    c.claim().victims() == null ? "" : " (" + c.claim().victims() + ")",
                    String.join(", ", c.articleIds()));
        }
        out.printf(Locale.ROOT, "reports (%d, representative first):%n", m.reports().size());
        for (ReportedEvent r : m.reports()) {
            out.printf(Locale.ROOT, "  %s  %s%s, published %s%n", r.key(),
                    r.article().title() == null ? "(untitled)" : "\"" + r.article().title() + "\"",
                    r.article().url() == null ? "" : " <" + r.article().url() + ">",
                    r.article().published() == null ? "unknown" : r.article().published());
            out.printf(Locale.ROOT, "      %s%n", summary(r.event()));
        }
        List<ReportedEvent> reports = m.reports();
        if (reports.size() > 1) {
            out.println("links:");
        }
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Link link = merger.link(reports.get(i), reports.get(j));
                out.printf(Locale.ROOT, "  %s - %s: %s%n", link.keyA(), link.keyB(),
                        link.linked() ? "linked" : "not linked");
                for (String reason : link.reasons()) {
                    out.println("      " + reason);
                }
            }
        }
    }

    /** Type, date, place and toll on one line. */
    private static String summary(Event e) {
        String date = e.date() == null || e.date().date() == null ? "date unknown"
                : e.date().date() + " (" + e.date().precision().label() + ")";
        Location l = e.location();
        String place = l == null ? "place unknown"
                : l.name() + ", " + l.countryCode() + " (precision " + l.precision() + ")";
        Fatalities f = e.fatalities();
        return String.format(Locale.ROOT, "%s / %s, %s, %s, fatalities low %s best %s high %s",
                e.subEventType().eventType().label(), e.subEventType().label(), date, place,
                show(f.low()), show(f.best()), show(f.high()));
    }

    private static String actors(Actor main, List<Actor> assoc) {
        if (main == null && assoc.isEmpty()) {
            return "unknown";
        }
        String s = main == null ? "unknown" : main.name();
        return assoc.isEmpty() ? s : s + " with " + assoc.stream().map(Actor::name).collect(Collectors.joining(", "));
    }

    private static String show(Integer v) {
        return v == null ? "?" : v.toString();
    }
}
