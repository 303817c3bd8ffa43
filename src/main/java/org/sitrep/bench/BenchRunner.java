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
 * Measures a loaded pipeline on a list of articles: a warm-up pass (not measured, so that the
 * JIT has compiled the hot code) then a measured pass over every article on N threads sharing
 * the pipeline, as {@code sitrep code} does.
 */
public final class BenchRunner {

    private final Pipeline pipeline;
    private final ArticleCheck check = new ArticleCheck();

    public BenchRunner(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param warmup articles coded (from the start of the list, round again if short) before
     *     measuring
     */
    public BenchResult run(String input, List<Article> articles, int threads, int warmup,
                           double loadSeconds, HeapWatch heap) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles to measure");
        }
        List<Article> warm = new ArrayList<>();
        for (int i = 0; i < warmup; i++) {
            warm.add(articles.get(i % articles.size()));
        }
        pass(warm, threads, StageTimer.NONE);

        StepTimes steps = new StepTimes();
        Pass measured = pass(articles, threads, steps);

        long[] lat = measured.latencies.clone();
        Arrays.sort(lat);
        double secs = measured.wallNanos / 1e9;
        double cpu = measured.cpuNanos.get() / 1e9;
        Map<String, Long> totals = steps.totals();
        long all = totals.values().stream().mapToLong(Long::longValue).sum();
        List<BenchResult.StepShare> shares = new ArrayList<>();
        totals.forEach((step, nanos) -> shares.add(new BenchResult.StepShare(step, nanos / 1e9,
                all == 0 ? 0 : (double) nanos / all)));
        return new BenchResult(input, articles.size(), measured.failed.get(), measured.events.get(),
                measured.tokens.get(), measured.sentences.get(), measured.parsedSentences.get(), threads, warmup, loadSeconds, secs, cpu,
                articles.size() / secs, measured.tokens.get() / secs,
                cpu > 0 ? articles.size() / cpu : 0, measured.processCpuNanos / 1e9,
                measured.gcMillis / 1e3, measured.jitMillis / 1e3, measured.lockWaitMillis.get() / 1e3, percentile(lat, 0.50) / 1e6,
                percentile(lat, 0.99) / 1e6, heap.peakBytes() / 1048576.0,
                HeapWatch.maxBytes() / 1048576.0, shares);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static final class Pass {
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

        Pass(int n) {
            latencies = new long[n];
        }
    }

    private Pass pass(List<Article> articles, int threads, StageTimer timer) {
        Pass pass = new Pass(articles.size());
        ThreadMXBean threadsMx = ManagementFactory.getThreadMXBean();
        if (threadsMx.isThreadContentionMonitoringSupported()) {
            // makes blocked and waited times available: the lock contention between workers
            threadsMx.setThreadContentionMonitoringEnabled(true);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-bench");
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

    private void codeOne(Article article, int index, Pass pass, StageTimer timer) {
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
