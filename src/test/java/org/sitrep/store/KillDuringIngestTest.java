package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real process kill in the middle of an ingest: a child JVM stores a batch and is killed with
 * SIGKILL ({@code destroyForcibly}) after it has reported some articles stored. Every article it
 * reported is in the store, nothing is half stored, and a re-run completes the batch with nothing
 * lost or duplicated.
 */
class KillDuringIngestTest {

    private static final int ARTICLES = 120;
    private static final int KILL_AFTER = 20;

    @TempDir
    Path tmp;

    static List<String> kinds() {
        return TestStores.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aKilledIngestKeepsWhatItReportedAndARerunCompletesTheBatch(String kind) throws Exception {
        try (TestStores.Database db = TestStores.fresh(kind, tmp)) {
            Process child = start(db.url());
            List<String> reported = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (reported.size() < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    reported.add(line.substring("stored ".length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(reported).as("the child reported articles before it was killed").hasSize(KILL_AFTER);

            try (EventStore store = db.open()) {
                long stored = store.articleCount();
                assertThat(stored).as("killed mid-batch").isLessThan(ARTICLES);
                for (String id : reported) {
                    assertThat(store.isStored(id, TextHash.of("text of " + id))).as(id).isTrue();
                }
                assertThat(store.reportedEventCount()).as("each stored article has its one event").isEqualTo(stored);
                assertThat(Synthetic.mergedSnapshot(store)).isEqualTo(expected(store, stored));
            }

            Process rerun = start(db.url());
            String rerunOut = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rerun.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(rerun.exitValue()).as(rerunOut).isZero();
            assertThat(rerunOut).contains("unchanged " + reported.get(0)).endsWith("done\n");

            try (EventStore store = db.open()) {
                assertThat(store.articleCount()).isEqualTo(ARTICLES);
                assertThat(store.reportedEventCount()).isEqualTo(ARTICLES);
                assertThat(store.mergedEventCount()).isEqualTo(ARTICLES / 3);
                assertThat(Synthetic.mergedSnapshot(store)).isEqualTo(expected(store, ARTICLES));
            }
        }
    }

    private Process start(String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), url, String.valueOf(ARTICLES))
                .redirectError(tmp.resolve("child-" + System.nanoTime() + ".err").toFile())
                .start();
    }

    /** The merger's clusters of the first {@code stored} synthetic articles (the child stores in order). */
    private static Map<String, List<String>> expected(EventStore store, long stored) {
        List<Synthetic.Report> reports = Synthetic.batch((int) stored);
        for (Synthetic.Report r : reports) {
            assertThat(store.isStored(r.article().id(), r.article().textHash())).as(r.article().id()).isTrue();
        }
        return Synthetic.expectedMerges(reports);
    }
}
