package org.sitrep.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sitrep.io.InputItem;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

/**
 * Codes a stream of articles on several threads sharing one pipeline, and hands the results to
 * a consumer in input order, so output is the same whatever the thread count. A failure is a
 * result like any other: one bad article never stops the batch.
 */
public final class BatchCoder {

    private final Pipeline pipeline;
    private final ArticleCheck check;
    private final int threads;

    public BatchCoder(Pipeline pipeline, ArticleCheck check, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.pipeline = pipeline;
        this.check = check;
        this.threads = threads;
    }

    /** The outcome for one input item: events, or the one-line reason it failed. */
    public record Result(InputItem item, Article coded, List<Event> events, List<String> warnings,
                         String error, long nanos) {
        public boolean failed() {
            return error != null;
        }
    }

    public void run(Iterator<InputItem> items, Consumer<Result> consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-coder");
            t.setDaemon(true);
            return t;
        });
        // bounded look-ahead: enough to keep every thread busy without reading the input whole
        int window = threads * 4;
        Deque<Future<Result>> pending = new ArrayDeque<>();
        try {
            while (items.hasNext()) {
                InputItem item = items.next();
                pending.add(pool.submit(() -> code(item)));
                if (pending.size() >= window) {
                    consumer.accept(await(pending.removeFirst()));
                }
            }
            while (!pending.isEmpty()) {
                consumer.accept(await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Codes one item on the calling thread. */
    public Result code(InputItem item) {
        long t0 = System.nanoTime();
        if (item.isBad()) {
            return new Result(item, null, List.of(), item.warnings(), item.problem(), 0);
        }
        List<String> warnings = new ArrayList<>(item.warnings());
        try {
            ArticleCheck.Checked checked = check.check(item.article());
            warnings.addAll(checked.warnings());
            List<Event> events = pipeline.code(checked.article()).events();
            return new Result(item, checked.article(), events, warnings, null, System.nanoTime() - t0);
        } catch (ArticleCheck.ArticleRejectedException e) {
            return new Result(item, null, List.of(), warnings, e.getMessage(), System.nanoTime() - t0);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(item, null, List.of(), warnings, "coding failed: " + describe(e),
                    System.nanoTime() - t0);
        }
    }

    private static Result await(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding", e);
        } catch (ExecutionException e) {
            // code() catches everything an article can cause; what reaches here is a VM error
            throw new IllegalStateException("coder thread died: " + describe(e.getCause()), e.getCause());
        }
    }

    static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg.lines().findFirst().orElse(""));
    }
}
