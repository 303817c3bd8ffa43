package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.bench.BenchPlan;
import org.sitrep.bench.BenchResult;
import org.sitrep.bench.BenchRunner;
import org.sitrep.bench.BenchTable;
import org.sitrep.bench.HeapWatch;
import org.sitrep.bench.SyntheticNews;
import org.sitrep.io.ArticleSource;
import org.sitrep.io.InputItem;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep bench}: how fast the coder runs here, and where the time goes. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure model load time, throughput, per-step time, latency and peak heap.",
                "Thread counts given together (--threads 1,2) are measured in one process, their "
                        + "passes interleaved round by round after one shared warm-up, so that "
                        + "they run the same compiled code and a drift of the machine's speed "
                        + "hits them alike."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--input", required = true, paramLabel = "PATH",
                description = "Articles to code: JSONL file, .txt file or directory of .txt files.")
        String input;

        @Option(names = "--synthetic", required = true, paramLabel = "N",
                description = "Instead of --input, N generated news-style articles of ~2,000 characters.")
        Integer synthetic;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--threads", paramLabel = "N[,N...]",
            description = "Worker threads, or thread counts to compare, comma-separated, e.g. 1,2 "
                    + "(default: ${DEFAULT-VALUE}).")
    String threads = "1";

    @Option(names = "--rounds", paramLabel = "K",
            description = "Measured passes over the articles per thread count, interleaved "
                    + "(1,2,1,2,...); the rates reported are their median (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Articles coded before measuring, not counted, on the most threads; the "
                    + "input is cycled when shorter (default: ${DEFAULT-VALUE}, because the JIT "
                    + "keeps recompiling CoreNLP for one to three thousand articles, the more "
                    + "varied the longer, and a shorter warm-up measures the compiler along with "
                    + "the coder; lower it for a quick look).")
    int warmup = 2000;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchPlan plan;
        try {
            plan = new BenchPlan(threadCounts(threads), rounds, warmup);
        } catch (IllegalArgumentException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (source.synthetic != null && source.synthetic < 1) {
            err.println("sitrep: --synthetic must be at least 1, was " + source.synthetic);
            return ExitCode.USAGE;
        }
        try (HeapWatch heap = HeapWatch.start()) {
            List<Article> articles;
            String label;
            if (source.synthetic != null) {
                articles = new SyntheticNews(1).articles(source.synthetic);
                label = "synthetic news, " + source.synthetic + " articles";
            } else {
                articles = read(source.input, err);
                label = source.input;
            }
            if (articles.isEmpty()) {
                err.println("sitrep: " + label + ": no article to measure");
                return ExitCode.USAGE;
            }
            long t0 = System.nanoTime();
            Pipeline pipeline = dataDir.pipeline(err);
            double load = (System.nanoTime() - t0) / 1e9;
            BenchResult r = new BenchRunner(pipeline).run(label, articles, plan, load, heap);
            out.print(json ? new ObjectMapper().writeValueAsString(r) + System.lineSeparator()
                    : BenchTable.format(r));
            out.flush();
            return ExitCode.OK;
        } catch (ArticleSource.InputUnusableException | IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (JsonProcessingException e) {
            err.println("sitrep: cannot write the figures as JSON: " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
    }

    /**
     * The thread counts of {@code --threads}: whole numbers separated by commas.
     *
     * @throws IllegalArgumentException with a one-line reason when one is not a number
     */
    static List<Integer> threadCounts(String option) {
        List<Integer> counts = new ArrayList<>();
        for (String part : option.split(",", -1)) {
            try {
                counts.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--threads '" + option
                        + "': give thread counts as whole numbers separated by commas, e.g. 1,2");
            }
        }
        return counts;
    }

    private static List<Article> read(String path, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        try (ArticleSource src = ArticleSource.open(path, System.in, null)) {
            src.items().forEachRemaining((InputItem item) -> {
                if (item.isBad()) {
                    err.println("sitrep: " + path + ": skipped " + item.label() + ": " + item.problem());
                } else {
                    articles.add(item.article());
                }
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        }
        return articles;
    }
}
