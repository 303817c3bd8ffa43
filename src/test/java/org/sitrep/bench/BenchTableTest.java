package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.BenchResult.Round;
import org.sitrep.bench.BenchResult.Spread;
import org.sitrep.bench.BenchResult.StepShare;
import org.sitrep.bench.BenchResult.ThreadsSummary;

/** The table on hand-made figures. */
class BenchTableTest {

    private static Round round(int round, int threads, int events) {
        return new Round(round, threads, 0, events, 100, 10, 5, 1, 1, 1, 0, 0, 0, 10, 10, 1000, 50, 90,
                List.of(new StepShare("nlp", 1, 1)));
    }

    private static ThreadsSummary summary(int threads, double median, double jit) {
        return new ThreadsSummary(threads, 2, new Spread(median, median - 1, median + 1), median / 10, 9.5,
                1234.5, 50, 90, 2.0, 2.0 * threads, 2.5 * threads, jit, 0.1, 0, List.of(new StepShare("nlp", 0.8, 1)));
    }

    private static BenchResult result(List<Round> rounds, double jitOnTwo) {
        return new BenchResult("in.jsonl", 4, 0, 7, 100, 10, 5, 11.0,
                new BenchResult.Warmup(1000, 2, 60.0, 20.0), 1800, 1200, 3072,
                List.of(summary(1, 10, 0.1), summary(2, 17, jitOnTwo)), rounds);
    }

    @Test
    void oneColumnPerThreadCountWithItsSpreadScalingAndStepTimes() {
        String table = BenchTable.format(result(List.of(round(1, 1, 7), round(1, 2, 7), round(2, 1, 7),
                round(2, 2, 7)), 0.2));
        assertThat(table).contains(
                "warm-up       1000 articles on 2 threads, 60.0 s, 20.0 s JIT compiling (not measured)",
                "rounds        2 per thread count, interleaved: threads 1, 2, 1, 2",
                "peak heap     1800 MB used before a collection, 1200 MB after one (max heap 3072 MB)");
        assertThat(table.lines()).contains(
                "threads                                1               2",
                "articles/s, median                 10.00           17.00",
                "  min - max                 9.00 - 11.00   16.00 - 18.00",
                "scaling (median)                   1.00x           1.70x",
                "tokens/s, median                   1,235           1,235",
                "latency p50 / p99 ms             50 / 90         50 / 90",
                "CPU of wall x threads               100%            100%",
                "step, ms/article (share)        1 thread       2 threads",
                // 0.8 s over 2 rounds of 4 articles
                "nlp                       100.0 (100.0%)  100.0 (100.0%)");
        assertThat(table).doesNotContain("note:");
    }

    @Test
    void notesCompilingDuringTheRoundsAndRoundsThatCodedDifferently() {
        String table = BenchTable.format(result(List.of(round(1, 1, 7), round(1, 2, 6), round(2, 1, 7),
                round(2, 2, 7)), 0.5));
        assertThat(table).contains("note: the JIT compiled for over a tenth of the coding CPU time (2 threads 0.5 s)",
                "note: the rounds coded different results: 7 events, 0 failed; 6 events, 0 failed");
    }
}
