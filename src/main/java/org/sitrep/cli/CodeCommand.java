package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.io.ArticleSource;
import org.sitrep.io.EventWriter;
import org.sitrep.pipeline.ArticleCheck;
import org.sitrep.pipeline.BatchCoder;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep code}: articles in, one JSON line per event out. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code news articles into events (codebook section 8 JSON Lines).",
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every article coded", "1:some articles failed (each named on stderr)",
                "2:unusable arguments or input"})
public final class CodeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputOptions input;

    @Option(names = "--output", required = true, paramLabel = "PATH",
            description = "JSONL file of events, or - for stdout.")
    String output;

    @Mixin
    ThreadsOption threadsOption;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int threads = threadsOption.checked(err);
        if (threads < 1) {
            return ExitCode.USAGE;
        }
        try (ArticleSource source = input.open(System.in)) {
            long t0 = System.nanoTime();
            Pipeline pipeline = dataDir.pipeline(err);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            try (EventWriter writer = new EventWriter(openOutput())) {
                return codeAll(source, pipeline, writer, err, loadSeconds);
            }
        } catch (ArticleSource.InputUnusableException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalStateException e) {
            // configuration or environment problems (e.g. the gazetteer cannot be obtained)
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private int codeAll(ArticleSource source, Pipeline pipeline, EventWriter writer, PrintWriter err,
                        double loadSeconds) {
        Progress progress = new Progress(err, Boolean.getBoolean("sitrep.stderr.tty"), input.expectedCount());
        long[] counts = new long[4]; // articles, failed, events, warnings
        new BatchCoder(pipeline, new ArticleCheck(), threadsOption.threads).run(source.items(), result -> {
            counts[0]++;
            if (!result.warnings().isEmpty() || result.failed()) {
                progress.clearLine();
            }
            for (String w : result.warnings()) {
                counts[3]++;
                err.println("sitrep: warning: article " + result.item().label() + ": " + w);
            }
            if (result.failed()) {
                counts[1]++;
                err.println("sitrep: article " + result.item().label() + ": " + result.error());
            } else {
                try {
                    writer.write(result.events(), result.coded().text());
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException("writing " + output + ": " + e.getMessage(), e);
                }
                counts[2] += result.events().size();
            }
            progress.tick();
        });
        progress.clearLine();
        double secs = progress.seconds();
        err.printf(Locale.ROOT, "sitrep: coded %d of %d articles (%d failed, %d warnings), %d events, "
                        + "%.1f s (model load %.1f s, %.2f articles/s after load)%n",
                counts[0] - counts[1], counts[0], counts[1], counts[3], counts[2], secs + loadSeconds,
                loadSeconds, secs > 0 ? counts[0] / secs : 0.0);
        err.flush();
        return counts[1] > 0 ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    private Writer openOutput() throws IOException {
        if (output.equals("-")) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        }
        Path p = Path.of(output);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
    }
}
