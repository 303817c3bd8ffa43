package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.sitrep.io.ArticleSource;
import org.sitrep.io.InputItem;
import org.sitrep.io.Offsets;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.SourceArticle;
import org.sitrep.pipeline.ArticleCheck;
import org.sitrep.pipeline.BatchCoder;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.store.EventStore;
import org.sitrep.store.IngestResult;
import org.sitrep.store.StoreException;
import org.sitrep.store.TextHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: codes articles and stores their events, merging reports of one event.
 * Articles already stored with the same text are skipped before coding, so a re-run after an
 * interruption codes only what is missing. Each article is stored in one transaction, in input
 * order, as soon as it is coded.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles and store their events in the event store, merging reports "
                + "of the same event. Re-running skips articles already stored with the same text.",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every article stored or already there",
                "1:some articles failed (each named on stderr; the others are stored)",
                "2:unusable arguments, input or store"})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputOptions input;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    StoreOption storeOption;

    /** What the run did, for the summary line. */
    private static final class Tally {
        long seen;
        long stored;
        long replaced;
        long unchanged;
        long failed;
        long warnings;
        long events;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int threads = threadsOption.checked(err);
        if (threads < 1) {
            return ExitCode.USAGE;
        }
        long t0 = System.nanoTime();
        try (ArticleSource source = input.open(System.in);
             EventStore store = storeOption.open(dataDir.resolve())) {
            double openSeconds = (System.nanoTime() - t0) / 1e9;
            Tally tally = new Tally();
            Progress progress = new Progress(err, Boolean.getBoolean("sitrep.stderr.tty"), input.expectedCount());
            Unstored toCode = new Unstored(source.items(), store, tally, progress, err);
            double loadSeconds = 0;
            if (toCode.hasNext()) { // load the models only when something needs coding
                long l0 = System.nanoTime();
                Pipeline pipeline = dataDir.pipeline(err);
                loadSeconds = (System.nanoTime() - l0) / 1e9;
                new BatchCoder(pipeline, new ArticleCheck(), threads).run(toCode,
                        result -> store(result, store, tally, progress, err));
            }
            progress.clearLine();
            double secs = (System.nanoTime() - t0) / 1e9;
            double work = secs - openSeconds - loadSeconds;
            err.printf(Locale.ROOT, "sitrep: ingested %d articles into %s: %d stored, %d replaced, %d unchanged, "
                            + "%d failed (%d warnings); %d events stored; the store holds %d articles, %d events, "
                            + "%d merged events; %.1f s (store open %.1f s, model load %.1f s, %.2f articles/s "
                            + "after them)%n",
                    tally.seen, storeOption.describe(dataDir.resolve()), tally.stored, tally.replaced,
                    tally.unchanged, tally.failed, tally.warnings, tally.events, store.articleCount(),
                    store.reportedEventCount(), store.mergedEventCount(), secs, openSeconds, loadSeconds,
                    work > 0 ? tally.seen / work : 0.0);
            err.flush();
            return tally.failed > 0 ? ExitCode.SOFTWARE : ExitCode.OK;
        } catch (ArticleSource.InputUnusableException | StoreException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private static void store(BatchCoder.Result result, EventStore store, Tally tally, Progress progress,
                              PrintWriter err) {
        if (!result.warnings().isEmpty() || result.failed()) {
            progress.clearLine();
        }
        for (String w : result.warnings()) {
            tally.warnings++;
            err.println("sitrep: warning: article " + result.item().label() + ": " + w);
        }
        if (result.failed()) {
            tally.failed++;
            err.println("sitrep: article " + result.item().label() + ": " + result.error());
        } else {
            Article in = result.item().article();
            SourceArticle article = new SourceArticle(in.id(), in.published(), in.title(), in.url(),
                    TextHash.of(in.text()));
            Offsets offsets = Offsets.of(result.coded().text());
            List<Event> events = result.events().stream().map(offsets::codePoints).toList();
            try {
                IngestResult r = store.ingest(article, events);
                switch (r.outcome()) {
                    case STORED -> tally.stored++;
                    case REPLACED -> tally.replaced++;
                    case UNCHANGED -> tally.unchanged++;
                }
                tally.events += r.events();
            } catch (StoreException e) {
                progress.clearLine();
                tally.failed++;
                err.println("sitrep: " + e.getMessage());
            }
        }
        progress.tick();
    }

    /**
     * The input items that still need coding: an article stored with the same text is counted
     * as unchanged and skipped here, before the costly coding; an unreadable item is reported
     * as failed.
     */
    private static final class Unstored implements Iterator<InputItem> {
        private final Iterator<InputItem> items;
        private final EventStore store;
        private final Tally tally;
        private final Progress progress;
        private final PrintWriter err;
        private InputItem next;

        Unstored(Iterator<InputItem> items, EventStore store, Tally tally, Progress progress, PrintWriter err) {
            this.items = items;
            this.store = store;
            this.tally = tally;
            this.progress = progress;
            this.err = err;
        }

        @Override
        public boolean hasNext() {
            while (next == null && items.hasNext()) {
                InputItem item = items.next();
                tally.seen++;
                if (item.isBad()) {
                    // unreadable input needs no coding: report it here, so that a re-run whose
                    // articles are all stored does not load the models for it
                    progress.clearLine();
                    tally.failed++;
                    err.println("sitrep: article " + item.label() + ": " + item.problem());
                    progress.tick();
                } else if (store.isStored(item.article().id(), TextHash.of(item.article().text()))) {
                    tally.unchanged++;
                    progress.tick();
                } else {
                    next = item;
                }
            }
            return next != null;
        }

        @Override
        public InputItem next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputItem item = next;
            next = null;
            return item;
        }
    }
}
