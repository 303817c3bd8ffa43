package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.StoreBenchmark;
import org.sitrep.export.SyntheticEvents;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench-store}: ingest and export times for N synthetic reports, in a fresh
 * embedded store in a temporary directory (deleted afterwards) or an empty store given by URL.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Time ingest, every export format and stats on N synthetic events.")
public final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Synthetic reported events (default 100000)")
    int events = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default 1)")
    long seed = 1;

    @Option(names = "--store-url", paramLabel = "URL",
            description = "An empty store to use (default: a fresh embedded store in a temporary directory, deleted after)")
    String storeUrl;

    @Option(names = "--json", description = "Print the figures as one JSON object")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (events < 1) {
            err.println("sitrep: --events must be at least 1, was " + events);
            return ExitCode.USAGE;
        }
        Path tmp = null;
        try {
            String url = storeUrl;
            if (url == null) {
                tmp = Files.createTempDirectory("sitrep-bench-store");
                // the store ingest uses, commit writes included (the store adds WRITE_DELAY=0 to
                // any H2 URL without one), so the figure is what an ingest pays per article
                url = EventStores.embeddedUrl(tmp);
            }
            StoreBenchmark.Result r;
            try (EventStore store = EventStores.open(url)) {
                r = new StoreBenchmark(Countries.load()).run(store, new SyntheticEvents(events, seed), n -> {
                    if (n % 10_000 == 0) {
                        err.printf(Locale.ROOT, "sitrep: ingested %,d / %,d%n", n, events);
                        err.flush();
                    }
                });
            }
            print(r);
            return ExitCode.OK;
        } catch (StoreException | IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("sitrep: benchmark failed: " + e.getMessage());
            return ExitCode.SOFTWARE;
        } finally {
            delete(tmp, err);
        }
    }

    private void print(StoreBenchmark.Result r) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("reported_events", r.reports());
            root.put("merged_events", r.merged());
            root.put("ingest_seconds", r.ingestSeconds());
            root.put("ingest_events_per_second", r.ingestEventsPerSecond());
            root.put("ingest_cpu_seconds", r.ingestCpuSeconds());
            ObjectNode ex = root.putObject("export_seconds");
            r.exports().forEach((f, t) -> ex.put(f.label(), t.seconds()));
            root.put("read_seconds", r.readSeconds());
            root.put("stats_seconds", r.statsSeconds());
            root.put("stats_rows", r.statsRows());
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(Locale.ROOT, "%,d reported events -> %,d merged events%n", r.reports(), r.merged());
            out.printf(Locale.ROOT, "%-22s %10.1f s  %,10.0f events/s%n", "ingest", r.ingestSeconds(),
                    r.ingestEventsPerSecond());
            out.printf(Locale.ROOT, "%-22s %10.1f s  %,10.0f events/CPU-s%n", "ingest, thread CPU",
                    r.ingestCpuSeconds(), r.reports() / Math.max(r.ingestCpuSeconds(), 1e-9));
            out.printf(Locale.ROOT, "%-22s %10.2f s  %,10.0f events/s%n", "read, no format", r.readSeconds(),
                    r.merged() / Math.max(r.readSeconds(), 1e-9));
            for (var e : r.exports().entrySet()) {
                ExportFormat f = e.getKey();
                out.printf(Locale.ROOT, "%-22s %10.2f s  %,10.0f events/s%n", "export " + f.label(),
                        e.getValue().seconds(), e.getValue().events() / Math.max(e.getValue().seconds(), 1e-9));
            }
            out.printf(Locale.ROOT, "%-22s %10.3f s  (%,d rows)%n", "stats", r.statsSeconds(), r.statsRows());
        }
        out.flush();
    }

    private static void delete(Path dir, PrintWriter err) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            err.println("sitrep: could not delete temporary store " + dir + ": " + e.getMessage());
        }
    }
}
