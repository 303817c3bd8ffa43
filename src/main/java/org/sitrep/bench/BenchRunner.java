package org.sitrep.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.ArticleCheck;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.StageTimer;

/**
 * Measures a loaded pipeline on a list of articles, on N threads sharing the pipeline as
 * {@code sitrep code} does: one warm-up (not measured, so that the JIT has compiled the hot
 * code), then measured passes over every article, the thread counts interleaved round by round.
 * One process and interleaving make the thread counts comparable: they all run the same
 * compiled code, and a slow drift of a shared machine's speed hits them alike.
 */
public final class BenchRunner {

    private final Pipeline pipeline;
    private final ArticleCheck check = new ArticleCheck();

    public BenchRunner(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Codes {@code plan.warmup()} articles (from the start of the list, round again if short) on
     * the plan's most threads, then every pass of {@link BenchPlan#schedule()}.
     */
    public BenchResult run(String input, List<Article> articles, BenchPlan plan, double loadSeconds,
                           HeapWatch heap) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to measure");
        }
        List<Article> warm = new ArrayList<>();
        for (int i = 0; i < plan.warmup(); i++) {
            warm.add(articles.get(i % articles.size()));
        }
        Tally warmPass = pass(warm, plan.warmupThreads(), StageTimer.NONE);
        BenchResult.Warmup warmup = new BenchResult.Warmup(warm.size(), plan.warmupThreads(),
                warmPass.wallNanos / 1e9, warmPass.jitMillis / 1e3);

        List<BenchSummary.Measured> measured = new ArrayList<>();
        for (BenchPlan.Pass scheduled : plan.schedule()) {
            StepTimes steps = new StepTimes();
            Tally pass = pass(articles, scheduled.threads(), steps);
            Map<String, Long> stepNanos = steps.totals();
            measured.add(new BenchSummary.Measured(pass.figures(scheduled, stepNanos), pass.latencies, stepNanos));
        }
        List<BenchResult.Round> rounds = measured.stream().map(BenchSummary.Measured::round).toList();
        BenchResult.Round first = rounds.get(0);
        return new BenchResult(input, articles.size(), first.failed(), first.events(), first.tokens(),
                first.sentences(), first.parsedSentences(), loadSeconds, warmup,
                heap.peakBytes() / 1048576.0, heap.peakAfterGcBytes() / 1048576.0, HeapWatch.maxBytes() / 1048576.0,
                BenchSummary.perThreadCount(plan.threadCounts(), measured), rounds);
    }

    /** What one pass over articles counted and took, filled in by the coding threads. */
    private static final class Tally {
        final long[] latencies;
        final AtomicLong tokens = new AtomicLong();
        final AtomicLong sentences = new AtomicLong();
        final AtomicLong parsedSentences = new AtomicLong();
        final AtomicInteger events = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicLong cpuNanos = new AtomicLong();
        final AtomicLong lockWaitMillis = new AtomicLong();
        long wallNanos;
        long processCpuNanos;
        long gcMillis;
        long jitMillis;

        Tally(int n) {
            latencies = new long[n];
        }

        BenchResult.Round figures(BenchPlan.Pass scheduled, Map<String, Long> stepNanos) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int n = latencies.length;
            double secs = wallNanos / 1e9;
            double cpu = cpuNanos.get() / 1e9;
            return new BenchResult.Round(scheduled.round(), scheduled.threads(), failed.get(), events.get(),
                    tokens.get(), sentences.get(), parsedSentences.get(), secs, cpu, processCpuNanos / 1e9,
                    gcMillis / 1e3, jitMillis / 1e3, lockWaitMillis.get() / 1e3, n / secs,
                    cpu > 0 ? n / cpu : 0, tokens.get() / secs,
                    BenchSummary.percentile(sorted, 0.50) / 1e6, BenchSummary.percentile(sorted, 0.99) / 1e6,
                    BenchSummary.shares(stepNanos));
        }
    }

    private Tally pass(List<Article> articles, int threads, StageTimer timer) {
        Tally pass = new Tally(articles.size());
        ThreadMXBean threadsMx = ManagementFactory.getThreadMXBean();
        if (threadsMx.isThreadContentionMonitoringSupported()) {
            // makes blocked and waited times available: the lock contention between workers
            threadsMx.setThreadContentionMonitoringEnabled(true);
        }
        // a fresh pool per pass, its threads named after its size: a thread dump (and the tests)
        // can tell which pass is running
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-bench-" + threads + "-threads");
            t.setDaemon(true);
            return t;
        });
        long p0 = processCpuNanos();
        long g0 = gcMillis();
        long j0 = jitMillis();
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> codeOne(articles.get(index), index, pass, timer)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pass.wallNanos = System.nanoTime() - t0;
            pass.processCpuNanos = processCpuNanos() - p0;
            pass.gcMillis = gcMillis() - g0;
            pass.jitMillis = jitMillis() - j0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench worker died: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return pass;
    }

    /** CPU time of the whole process (coding threads, GC, JIT), or -1 where not supported. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** Time the JIT compilers have spent compiling, or 0 where not monitored. */
    private static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Milliseconds the current thread has spent blocked on monitors or waiting on locks. */
    private static long lockWaitMillis(ThreadMXBean mx) {
        ThreadInfo info = mx.getThreadInfo(Thread.currentThread().getId());
        return info == null ? 0 : Math.max(0, info.getBlockedTime()) + Math.max(0, info.getWaitedTime());
    }

    private void codeOne(Article article, int index, Tally pass, StageTimer timer) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long w0 = lockWaitMillis(mx);
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        try {
            Pipeline.Coded coded = pipeline.code(check.check(article).article(), timer);
            pass.events.addAndGet(coded.events().size());
            long tokens = 0;
            for (Sentence s : coded.doc().sentences()) {
                tokens += s.tokens().size();
                if (!s.dependencies().isEmpty()) {
                    pass.parsedSentences.incrementAndGet();
                }
            }
            pass.sentences.addAndGet(coded.doc().sentences().size());
            pass.tokens.addAndGet(tokens);
        } catch (RuntimeException e) {
            pass.failed.incrementAndGet();
        }
        pass.latencies[index] = System.nanoTime() - t0;
        pass.cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - c0);
        pass.lockWaitMillis.addAndGet(lockWaitMillis(mx) - w0);
    }
}
