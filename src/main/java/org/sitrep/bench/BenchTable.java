package org.sitrep.bench;

import java.util.Locale;

/** {@code sitrep bench}'s figures as a table for people. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String format(BenchResult r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "input", r.input());
        line(sb, "articles", String.format(Locale.ROOT, "%d (%d failed), %d events, %,d tokens",
                r.articles(), r.failed(), r.events(), r.tokens()));
        line(sb, "sentences", String.format(Locale.ROOT, "%,d, of which %,d dependency-parsed (the cascade skips the others)",
                r.sentences(), r.parsedSentences()));
        line(sb, "threads", String.format(Locale.ROOT, "%d (warm-up: %d articles, not measured)",
                r.threads(), r.warmupArticles()));
        line(sb, "model load", String.format(Locale.ROOT, "%.1f s", r.loadSeconds()));
        line(sb, "coding time", String.format(Locale.ROOT, "%.2f s wall; CPU: %.2f s coding threads "
                        + "(%.0f%% of wall x threads), %.2f s process", r.seconds(), r.cpuSeconds(),
                100 * r.cpuSeconds() / (r.seconds() * r.threads()), r.processCpuSeconds()));
        line(sb, "waiting", String.format(Locale.ROOT, "%.2f s GC pauses, %.2f s coding threads blocked on locks",
                r.gcSeconds(), r.lockWaitSeconds()));
        line(sb, "JIT", String.format(Locale.ROOT, "%.2f s compiling during the measured pass%s", r.jitSeconds(),
                r.jitSeconds() > 0.1 * r.cpuSeconds() ? " (not yet steady: a longer --warmup measures compiled code)" : ""));
        line(sb, "articles/s", String.format(Locale.ROOT, "%.2f (%.2f per CPU-second)",
                r.articlesPerSecond(), r.articlesPerCpuSecond()));
        line(sb, "tokens/s", String.format(Locale.ROOT, "%.0f", r.tokensPerSecond()));
        line(sb, "latency p50", String.format(Locale.ROOT, "%.0f ms", r.p50Millis()));
        line(sb, "latency p99", String.format(Locale.ROOT, "%.0f ms", r.p99Millis()));
        line(sb, "peak heap", String.format(Locale.ROOT, "%.0f MB used (max heap %.0f MB)",
                r.peakHeapMb(), r.maxHeapMb()));
        sb.append(String.format(Locale.ROOT, "%n%-22s %10s %7s%n", "step", "seconds", "share"));
        for (BenchResult.StepShare s : r.steps()) {
            sb.append(String.format(Locale.ROOT, "%-22s %10.2f %6.1f%%%n", s.step(), s.seconds(),
                    100 * s.share()));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-13s %s%n", label, value));
    }
}
