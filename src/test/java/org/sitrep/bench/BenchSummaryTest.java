package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.bench.BenchResult.Round;
import org.sitrep.bench.BenchResult.Spread;
import org.sitrep.bench.BenchResult.StepShare;
import org.sitrep.bench.BenchResult.ThreadsSummary;

/** The arithmetic of the summary on known figures; no clock involved. */
class BenchSummaryTest {

    /** A round with the given rates, JIT and GC time (times as for 10 articles), latencies and NLP time. */
    private static BenchSummary.Measured round(int round, int threads, double perSecond, double perCpuSecond,
                                               double jit, double gc, long[] latencyMillis, long nlpNanos) {
        long[] nanos = new long[latencyMillis.length];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = latencyMillis[i] * 1_000_000;
        }
        Round r = new Round(round, threads, 0, 4, 1000, 50, 20, 10 / perSecond, 10 / perCpuSecond,
                10 / perCpuSecond + jit + gc, gc, jit, 0.01, perSecond, perCpuSecond, 100 * perSecond, 0, 0,
                List.of(new StepShare("nlp", nlpNanos / 1e9, 1.0)));
        return new BenchSummary.Measured(r, nanos, Map.of("nlp", nlpNanos));
    }

    @Test
    void spreadIsMedianMinAndMax() {
        assertThat(Spread.of(List.of(9.0, 7.9, 10.3))).isEqualTo(new Spread(9.0, 7.9, 10.3));
        assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(new Spread(2.5, 1.0, 4.0));
        assertThat(Spread.of(List.of(5.0))).isEqualTo(new Spread(5.0, 5.0, 5.0));
    }

    @Test
    void summarisesEachThreadCountOverItsRoundsAndScalesByTheFirst() {
        long[] fast = {10, 20, 30, 40, 50};
        long[] slow = {60, 70, 80, 90, 1000};
        List<BenchSummary.Measured> rounds = List.of(
                round(1, 1, 8.0, 9.0, 2.0, 0.1, fast, 1_000_000_000L),
                round(1, 2, 14.0, 8.0, 3.0, 0.2, slow, 2_000_000_000L),
                round(2, 1, 10.0, 11.0, 0.5, 0.1, fast, 1_000_000_000L),
                round(2, 2, 17.0, 9.0, 1.0, 0.2, slow, 2_000_000_000L),
                round(3, 1, 9.0, 10.0, 0.25, 0.1, slow, 1_000_000_000L),
                round(3, 2, 16.0, 8.5, 0.5, 0.2, fast, 2_000_000_000L));

        List<ThreadsSummary> s = BenchSummary.perThreadCount(List.of(1, 2), rounds);

        ThreadsSummary one = s.get(0);
        ThreadsSummary two = s.get(1);
        assertThat(one.threads()).isEqualTo(1);
        assertThat(one.rounds()).isEqualTo(3);
        assertThat(one.articlesPerSecond()).isEqualTo(new Spread(9.0, 8.0, 10.0));
        assertThat(two.articlesPerSecond()).isEqualTo(new Spread(16.0, 14.0, 17.0));
        assertThat(one.scaling()).isEqualTo(1.0);
        assertThat(two.scaling()).isCloseTo(16.0 / 9.0, within(1e-12));
        assertThat(one.articlesPerCpuSecond()).isEqualTo(10.0);
        assertThat(two.articlesPerCpuSecond()).isEqualTo(8.5);
        assertThat(one.tokensPerSecond()).isCloseTo(900.0, within(1e-9));
        assertThat(one.jitSeconds()).isCloseTo(2.75, within(1e-12));
        assertThat(two.jitSeconds()).isCloseTo(4.5, within(1e-12));
        assertThat(one.gcSeconds()).isCloseTo(0.3, within(1e-12));
        assertThat(one.seconds()).isCloseTo(10 / 8.0 + 10 / 10.0 + 10 / 9.0, within(1e-12));
        assertThat(one.lockWaitSeconds()).isCloseTo(0.03, within(1e-12));
        // latency over all 15 articles of its rounds (10..50 twice, 60..90 and 1000): ranks 8 and 15
        assertThat(one.p50Millis()).isEqualTo(40.0);
        assertThat(one.p99Millis()).isEqualTo(1000.0);
        assertThat(one.steps()).containsExactly(new StepShare("nlp", 3.0, 1.0));
        assertThat(two.steps()).containsExactly(new StepShare("nlp", 6.0, 1.0));
    }

    @Test
    void stepSharesAreOfTheSumOfAllSteps() {
        Map<String, Long> steps = new java.util.LinkedHashMap<>();
        steps.put("nlp:tokenize", 1_000_000_000L);
        steps.put("nlp:depparse", 3_000_000_000L);
        steps.put("events", 0L);
        assertThat(BenchSummary.shares(steps)).containsExactly(new StepShare("nlp:tokenize", 1.0, 0.25),
                new StepShare("nlp:depparse", 3.0, 0.75), new StepShare("events", 0.0, 0.0));
        assertThat(BenchSummary.shares(Map.of("nlp", 0L))).containsExactly(new StepShare("nlp", 0.0, 0.0));
    }
}
