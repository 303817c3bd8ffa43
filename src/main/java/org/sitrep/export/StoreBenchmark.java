package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/**
 * Times the event store with synthetic reports: ingest through {@link EventStore#ingest}, then
 * every export format written to a null sink (so the figure is the store read plus formatting,
 * not the disk), then the statistics query.
 */
public final class StoreBenchmark {

    /** Seconds taken by one export format, and how many merged events it wrote. */
    public record ExportTiming(long events, double seconds) {
    }

    /**
     * @param reports        reported events ingested
     * @param merged         merged events they formed
     * @param ingestSeconds  wall time of the whole ingest
     * @param ingestCpuSeconds CPU time the ingesting thread used: on a machine shared with other
     *                       work the wall time grows with the load, this much less (the embedded
     *                       database runs in that thread; a PostgreSQL server's share is not in it)
     * @param readSeconds    streaming every merged event from the store without writing it: the
     *                       store's share of each export time
     * @param exports        per format, in {@link ExportFormat} order
     * @param statsSeconds   wall time of one {@code stats} query over everything
     * @param statsRows      country × month × type cells it returned
     */
    public record Result(int reports, long merged, double ingestSeconds, double ingestCpuSeconds, double readSeconds,
                         Map<ExportFormat, ExportTiming> exports,
                         double statsSeconds, int statsRows) {

        public double ingestEventsPerSecond() {
            return ingestSeconds == 0 ? 0 : reports / ingestSeconds;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Countries countries;

    public StoreBenchmark(Countries countries) {
        this.countries = countries;
    }

    /** Runs the benchmark on an empty store; {@code progress} hears the number of reports ingested so far. */
    public Result run(EventStore store, SyntheticEvents reports, IntConsumer progress) throws IOException {
        if (store.articleCount() > 0) {
            throw new IllegalStateException("the benchmark needs an empty store; this one holds "
                    + store.articleCount() + " articles");
        }
        int n = 0;
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        for (SyntheticEvents.Report r : reports) {
            store.ingest(r.article(), r.events());
            n += r.events().size();
            if (n % 1000 == 0) {
                progress.accept(n);
            }
        }
        double ingest = seconds(t0);
        double ingestCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long tr = System.nanoTime();
        store.forEachMerged(EventFilter.ALL, e -> { });
        double read = seconds(tr);
        Map<ExportFormat, ExportTiming> exports = new LinkedHashMap<>();
        for (ExportFormat f : ExportFormat.values()) {
            long t = System.nanoTime();
            long written = Exporter.export(store, EventFilter.ALL, f.writer(Writer.nullWriter(), countries));
            exports.put(f, new ExportTiming(written, seconds(t)));
        }
        long t = System.nanoTime();
        int cells = store.stats(EventFilter.ALL).size();
        double stats = seconds(t);
        return new Result(n, store.mergedEventCount(), ingest, ingestCpu, read, exports, stats, cells);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
