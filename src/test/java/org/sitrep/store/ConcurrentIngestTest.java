package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two writers on one database at once, each with its own connection, ingesting reports of the
 * same incidents: writers take turns, so each sees the other's events and the merged events are
 * the same as from one writer.
 */
class ConcurrentIngestTest {

    @TempDir
    Path tmp;

    static List<String> kinds() {
        return TestStores.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twoWritersAtOnceMergeAsOneWouldHave(String kind) throws Exception {
        // two reports of each of 40 incidents; each writer takes one report of every incident, in
        // the same order, so the two often store reports of one incident at the same moment
        List<Synthetic.Report> reports = new ArrayList<>();
        for (int incident = 0; incident < 40; incident++) {
            for (String writer : List.of("a", "b")) {
                String id = writer + "-" + incident;
                reports.add(new Synthetic.Report(Synthetic.article(id, id),
                        List.of(Synthetic.attack(id, incident, 5 + writer.length()))));
            }
        }
        try (TestStores.Database db = TestStores.fresh(kind, tmp);
             EventStore first = db.open(); EventStore second = db.open()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = pool.submit(() -> ingestEvery(first, reports, 0));
                Future<?> b = pool.submit(() -> ingestEvery(second, reports, 1));
                a.get();
                b.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(first.articleCount()).isEqualTo(80);
            assertThat(first.mergedEventCount()).isEqualTo(40);
            assertThat(Synthetic.mergedSnapshot(first)).isEqualTo(Synthetic.expectedMerges(reports));
        }
    }

    private static void ingestEvery(EventStore store, List<Synthetic.Report> reports, int parity) {
        for (int i = parity; i < reports.size(); i += 2) {
            store.ingest(reports.get(i).article(), reports.get(i).events());
        }
    }
}
