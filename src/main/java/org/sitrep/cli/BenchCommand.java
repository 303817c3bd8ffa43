package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        description = "Measure model load time, throughput, per-step time, latency and peak heap.")
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

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: 1).")
    int threads = 1;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Articles coded before measuring, not counted (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1 || warmup < 0 || (source.synthetic != null && source.synthetic < 1)) {
            err.println("sitrep: --threads and --synthetic must be at least 1, --warmup at least 0");
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
            BenchResult r = new BenchRunner(pipeline).run(label, articles, threads, warmup, load, heap);
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

    private static List<Article> read(String path, PrintWriter err) {
        List<Article> articles = new ArrayList<>();
        try (ArticleSource src = ArticleSource.open(path, System.in, null)) {
            src.items().forEachRemaining((InputItem item) -> {
                if (item.isBad()) {
                    err.println("sitrep: skipped " + item.label() + ": " + item.problem());
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
