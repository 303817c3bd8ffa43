package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;

/** The figures {@code sitrep bench-store} prints describe the run they come from. */
class StoreBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void timesIngestEveryFormatAndStatsOverTheEventsItIngested() throws Exception {
        StoreBenchmark bench = new StoreBenchmark(Countries.load());
        try (EventStore store = EventStores.openEmbedded(tmp)) {
            StoreBenchmark.Result r = bench.run(store, new SyntheticEvents(300, 3), n -> { });
            assertThat(r.reports()).isEqualTo(300);
            assertThat(r.merged()).as("re-reports merge").isLessThan(300).isEqualTo(store.mergedEventCount());
            assertThat(r.exports().keySet()).containsExactly(ExportFormat.values());
            r.exports().values().forEach(t -> assertThat(t.events()).isEqualTo(r.merged()));
            assertThat(r.ingestCpuSeconds()).as("one thread's CPU time fits in its wall time")
                    .isPositive().isLessThanOrEqualTo(r.ingestSeconds() * 1.05);
            assertThat(r.statsRows()).isPositive();
            assertThatThrownBy(() -> bench.run(store, new SyntheticEvents(1, 3), n -> { }))
                    .hasMessageContaining("needs an empty store");
        }
    }
}
