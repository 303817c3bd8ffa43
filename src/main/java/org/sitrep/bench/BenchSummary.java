package org.sitrep.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.bench.BenchResult.Round;
import org.sitrep.bench.BenchResult.Spread;
import org.sitrep.bench.BenchResult.StepShare;
import org.sitrep.bench.BenchResult.ThreadsSummary;

/** Sums up measured rounds per thread count. Arithmetic only: no clock is read here. */
public final class BenchSummary {

    /** One measured pass: its figures, every article's latency, and the time of every step. */
    public record Measured(Round round, long[] latencyNanos, Map<String, Long> stepNanos) {
    }

    private BenchSummary() {
    }

    /**
     * One summary per thread count, in the order of {@code threadCounts}; the first is the
     * baseline of {@code scaling}.
     */
    public static List<ThreadsSummary> perThreadCount(List<Integer> threadCounts, List<Measured> measured) {
        List<ThreadsSummary> out = new ArrayList<>();
        double baseline = Double.NaN;
        for (int threads : threadCounts) {
            List<Measured> mine = measured.stream().filter(m -> m.round().threads() == threads).toList();
            if (mine.isEmpty()) {
                throw new IllegalArgumentException("no round measured on " + threads + " threads");
            }
            Spread rate = Spread.of(mine.stream().map(m -> m.round().articlesPerSecond()).toList());
            if (out.isEmpty()) {
                baseline = rate.median();
            }
            out.add(summary(threads, mine, rate, baseline > 0 ? rate.median() / baseline : 0));
        }
        return out;
    }

    private static ThreadsSummary summary(int threads, List<Measured> mine, Spread rate, double scaling) {
        List<Round> rounds = mine.stream().map(Measured::round).toList();
        long[] latencies = mine.stream().flatMapToLong(m -> Arrays.stream(m.latencyNanos()))
                .sorted().toArray();
        Map<String, Long> steps = new LinkedHashMap<>();
        for (Measured m : mine) {
            m.stepNanos().forEach((step, nanos) -> steps.merge(step, nanos, Long::sum));
        }
        return new ThreadsSummary(threads, rounds.size(), rate, scaling,
                median(rounds.stream().map(Round::articlesPerCpuSecond).toList()),
                median(rounds.stream().map(Round::tokensPerSecond).toList()),
                percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6,
                sum(rounds.stream().map(Round::seconds).toList()),
                sum(rounds.stream().map(Round::cpuSeconds).toList()),
                sum(rounds.stream().map(Round::processCpuSeconds).toList()),
                sum(rounds.stream().map(Round::jitSeconds).toList()),
                sum(rounds.stream().map(Round::gcSeconds).toList()),
                sum(rounds.stream().map(Round::lockWaitSeconds).toList()),
                shares(steps));
    }

    /** Every step's total time and its share of the sum of all steps, in pipeline order. */
    static List<StepShare> shares(Map<String, Long> stepNanos) {
        long all = stepNanos.values().stream().mapToLong(Long::longValue).sum();
        List<StepShare> shares = new ArrayList<>();
        stepNanos.forEach((step, nanos) -> shares.add(new StepShare(step, nanos / 1e9,
                all == 0 ? 0 : (double) nanos / all)));
        return shares;
    }

    /** Nearest-rank percentile of sorted values, 0 when there are none. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double median(List<Double> values) {
        return Spread.of(values).median();
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }
}
