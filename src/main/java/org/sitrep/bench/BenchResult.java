package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one {@code sitrep bench} run: a shared warm-up, then {@code rounds}, every
 * measured pass over the articles in the order it ran, and {@code byThreads}, a summary per
 * thread count. The counts at the top ({@code articles} ... {@code parsedSentences}) are those of
 * one pass (the first); coding does not depend on the thread count, so every pass has the same.
 * Peak heap is over the whole process, model load included: the most used at once (just
 * before a collection) and the most still used just after one.
 */
public record BenchResult(String input, int articles, int failed, int events, long tokens,
                          long sentences, long parsedSentences, double loadSeconds, Warmup warmup,
                          double peakHeapMb, double peakHeapAfterGcMb, double maxHeapMb,
                          List<ThreadsSummary> byThreads,
                          List<Round> rounds) {

    public BenchResult {
        byThreads = List.copyOf(byThreads);
        rounds = List.copyOf(rounds);
    }

    /** The unmeasured warm-up: its length and the JIT compilers' time within it. */
    public record Warmup(int articles, int threads, double seconds, double jitSeconds) {
    }

    /**
     * One measured pass over every article. {@code cpuSeconds} is the CPU time of the coding
     * threads, the basis of "per CPU-second" figures; {@code processCpuSeconds} adds the
     * collector's and the compiler's threads; {@code jitSeconds} is the JIT compilers' time within
     * the pass (large when the warm-up was too short for the pass to run compiled code, and then
     * taken from the coding threads' cores). When the coding threads' CPU time falls well short
     * of wall time × threads, they were waiting: for a lock ({@code lockWaitSeconds}, blocked or
     * waiting), or for a core other processes held. {@code steps}: the time of every coding step
     * in this pass.
     */
    public record Round(int round, int threads, int failed, int events, long tokens, long sentences,
                        long parsedSentences, double seconds, double cpuSeconds,
                        double processCpuSeconds, double gcSeconds, double jitSeconds,
                        double lockWaitSeconds, double articlesPerSecond, double articlesPerCpuSecond,
                        double tokensPerSecond, double p50Millis, double p99Millis,
                        List<StepShare> steps) {

        public Round {
            steps = List.copyOf(steps);
        }
    }

    /**
     * The rounds of one thread count: the median of their rates (the middle round is the least
     * disturbed by a busy moment of the machine, in either direction), latency over all their
     * articles, and times summed over them. {@code scaling} is the median articles/s over that
     * of the smallest thread count.
     */
    public record ThreadsSummary(int threads, int rounds, Spread articlesPerSecond, double scaling,
                                 double articlesPerCpuSecond, double tokensPerSecond, double p50Millis,
                                 double p99Millis, double seconds, double cpuSeconds,
                                 double processCpuSeconds, double jitSeconds, double gcSeconds,
                                 double lockWaitSeconds, List<StepShare> steps) {

        public ThreadsSummary {
            steps = List.copyOf(steps);
        }
    }

    /** Median, least and greatest of a figure over rounds. */
    public record Spread(double median, double min, double max) {

        /** The spread of at least one value; the median of an even count is the mean of the middle two. */
        public static Spread of(List<Double> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("no values");
            }
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            int n = sorted.size();
            double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
            return new Spread(median, sorted.get(0), sorted.get(n - 1));
        }
    }

    /** One coding step: its total time over all articles of the rounds and its share of the coding time. */
    public record StepShare(String step, double seconds, double share) {
    }
}
