package org.sitrep.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.bench.BenchResult.Round;
import org.sitrep.bench.BenchResult.ThreadsSummary;

/**
 * {@code sitrep bench}'s figures as a table for people: the run, then one column per thread
 * count, then the time per step per thread count. Every round's figures are in the JSON.
 */
public final class BenchTable {

    private static final String ROW = "%-24s";
    private static final String CELL = " %15s";

    private BenchTable() {
    }

    public static String format(BenchResult r) {
        StringBuilder sb = new StringBuilder();
        line(sb, "input", r.input());
        line(sb, "articles", String.format(Locale.ROOT, "%d (%d failed), %d events, %,d tokens per pass",
                r.articles(), r.failed(), r.events(), r.tokens()));
        line(sb, "sentences", String.format(Locale.ROOT, "%,d, of which %,d dependency-parsed (the cascade skips the others)",
                r.sentences(), r.parsedSentences()));
        line(sb, "model load", String.format(Locale.ROOT, "%.1f s", r.loadSeconds()));
        BenchResult.Warmup w = r.warmup();
        line(sb, "warm-up", String.format(Locale.ROOT, "%d articles on %s, %.1f s, %.1f s JIT compiling (not measured)",
                w.articles(), plural(w.threads()), w.seconds(), w.jitSeconds()));
        line(sb, "rounds", String.format(Locale.ROOT, "%d per thread count, interleaved: threads %s",
                r.byThreads().get(0).rounds(), String.join(", ", r.rounds().stream()
                        .map(x -> Integer.toString(x.threads())).toList())));
        line(sb, "peak heap", String.format(Locale.ROOT, "%.0f MB used before a collection, %.0f MB after one "
                        + "(max heap %.0f MB)", r.peakHeapMb(), r.peakHeapAfterGcMb(), r.maxHeapMb()));
        sb.append(System.lineSeparator());
        perThreads(sb, r.byThreads());
        notes(sb, r);
        sb.append(System.lineSeparator());
        steps(sb, r);
        return sb.toString();
    }

    private static void perThreads(StringBuilder sb, List<ThreadsSummary> all) {
        row(sb, "threads", all, t -> Integer.toString(t.threads()));
        row(sb, "articles/s, median", all, t -> fmt("%.2f", t.articlesPerSecond().median()));
        row(sb, "  min - max", all, t -> fmt("%.2f - %.2f", t.articlesPerSecond().min(),
                t.articlesPerSecond().max()));
        row(sb, "scaling (median)", all, t -> fmt("%.2fx", t.scaling()));
        row(sb, "articles/CPU-s, median", all, t -> fmt("%.2f", t.articlesPerCpuSecond()));
        row(sb, "tokens/s, median", all, t -> fmt("%,.0f", t.tokensPerSecond()));
        row(sb, "latency p50 / p99 ms", all, t -> fmt("%.0f / %.0f", t.p50Millis(), t.p99Millis()));
        // coding threads' CPU over wall x threads: well under 100% means they waited, for a
        // lock or for a core another process held
        row(sb, "CPU of wall x threads", all, t -> fmt("%.0f%%", 100 * t.cpuSeconds() / (t.seconds() * t.threads())));
        row(sb, "JIT s", all, t -> fmt("%.2f", t.jitSeconds()));
        row(sb, "GC s", all, t -> fmt("%.2f", t.gcSeconds()));
        row(sb, "lock wait s", all, t -> fmt("%.2f", t.lockWaitSeconds()));
        sb.append(String.format(Locale.ROOT, "(rates: median over the rounds; latency over all the rounds' articles;"
                + " times summed over the rounds)%n"));
    }

    /** What makes the figures doubtful, where it happened. */
    private static void notes(StringBuilder sb, BenchResult r) {
        List<String> compiling = r.byThreads().stream().filter(t -> t.jitSeconds() > 0.1 * t.cpuSeconds())
                .map(t -> fmt("%s %.1f s", plural(t.threads()), t.jitSeconds())).toList();
        if (!compiling.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "note: the JIT compiled for over a tenth of the coding CPU time (%s):"
                    + " not yet steady, a longer --warmup measures compiled code%n", String.join(", ", compiling)));
        }
        Set<String> outcomes = new LinkedHashSet<>();
        for (Round x : r.rounds()) {
            outcomes.add(x.events() + " events, " + x.failed() + " failed");
        }
        if (outcomes.size() > 1) {
            // coding must not depend on the thread count or the run
            sb.append(String.format(Locale.ROOT, "note: the rounds coded different results: %s%n",
                    String.join("; ", outcomes)));
        }
    }

    /** Milliseconds per article of every step and its share, per thread count. */
    private static void steps(StringBuilder sb, BenchResult r) {
        List<ThreadsSummary> all = r.byThreads();
        row(sb, "step, ms/article (share)", all, t -> plural(t.threads()));
        Set<String> names = new LinkedHashSet<>();
        all.forEach(t -> t.steps().forEach(s -> names.add(s.step())));
        for (String name : names) {
            row(sb, name, all, t -> t.steps().stream().filter(s -> s.step().equals(name)).findFirst()
                    .map(s -> fmt("%.1f (%4.1f%%)", 1e3 * s.seconds() / ((double) t.rounds() * r.articles()),
                            100 * s.share()))
                    .orElse("-"));
        }
        sb.append(String.format(Locale.ROOT, "(wall time summed over each thread count's rounds, per article;"
                + " with more threads than free cores it includes waiting for a core)%n"));
    }

    private static void row(StringBuilder sb, String label, List<ThreadsSummary> all,
                            Function<ThreadsSummary, String> cell) {
        sb.append(String.format(Locale.ROOT, ROW, label));
        for (ThreadsSummary t : all) {
            sb.append(String.format(Locale.ROOT, CELL, cell.apply(t)));
        }
        sb.append(System.lineSeparator());
    }

    private static String plural(int threads) {
        return threads + (threads == 1 ? " thread" : " threads");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format(Locale.ROOT, "%-13s %s%n", label, value));
    }
}
