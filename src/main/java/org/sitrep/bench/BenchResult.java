package org.sitrep.bench;

import java.util.List;

/**
 * The figures of one {@code sitrep bench} run. Times after warm-up unless named otherwise;
 * {@code cpuSeconds} is the CPU time of the coding threads, the basis of "per core" figures;
 * {@code processCpuSeconds} adds the collector's and the compiler's threads; {@code jitSeconds}
 * is the JIT compilers' time within the measured pass (large when the warm-up was too short for
 * the measured pass to run compiled code, and then taken from the coding threads' cores). When the coding
 * threads' CPU time falls well short of wall time × threads, they were waiting: for a lock
 * ({@code lockWaitSeconds}, blocked or waiting), or for a core other processes held.
 */
public record BenchResult(String input, int articles, int failed, int events, long tokens,
                          long sentences, long parsedSentences,
                          int threads, int warmupArticles, double loadSeconds, double seconds,
                          double cpuSeconds, double articlesPerSecond, double tokensPerSecond,
                          double articlesPerCpuSecond, double processCpuSeconds,
                          double gcSeconds, double jitSeconds, double lockWaitSeconds, double p50Millis, double p99Millis,
                          double peakHeapMb, double maxHeapMb, List<StepShare> steps) {

    public BenchResult {
        steps = List.copyOf(steps);
    }

    /** One coding step: its total time over all articles and its share of the coding time. */
    public record StepShare(String step, double seconds, double share) {
    }
}
