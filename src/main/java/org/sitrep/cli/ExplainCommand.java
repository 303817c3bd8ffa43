package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.events.EventDetectionStage;
import org.sitrep.events.Explanation;
import org.sitrep.io.ArticleSource;
import org.sitrep.io.EventWriter;
import org.sitrep.io.InputItem;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.pipeline.ArticleCheck;
import org.sitrep.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep explain}: why one article was coded as it was. Prints each sentence with the
 * triggers that fired in it, the rule that typed each and what became of it (an event, merged
 * into an earlier one, or dropped and why), then the events as {@code code} writes them.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show, sentence by sentence, why an article's events are what they are.")
public final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ArticleInputOptions input;

    @Option(names = "--id", paramLabel = "ID",
            description = "The article to explain (default: the first one).")
    String id;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputItem item;
        try (ArticleSource source = input.open(System.in)) {
            item = find(source.items());
        } catch (ArticleSource.InputUnusableException | IOException e) {
            err.println("sitrep: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (item == null) {
            err.println("sitrep: " + input.path() + ": no article with id '" + id + "'");
            return ExitCode.USAGE;
        }
        if (item.isBad()) {
            err.println("sitrep: article " + item.label() + ": " + item.problem());
            return ExitCode.SOFTWARE;
        }
        try {
            ArticleCheck.Checked checked = new ArticleCheck().check(item.article());
            Pipeline pipeline = dataDir.pipeline(err);
            Pipeline.Coded coded = pipeline.code(checked.article());
            printTrace(out, coded.doc(), detector(pipeline).explain(coded.doc()));
            printEvents(out, coded.events(), coded.doc().text());
            return ExitCode.OK;
        } catch (ArticleCheck.ArticleRejectedException | IllegalStateException e) {
            err.println("sitrep: article " + item.label() + ": " + e.getMessage());
            return ExitCode.SOFTWARE;
        }
    }

    private InputItem find(Iterator<InputItem> items) {
        while (items.hasNext()) {
            InputItem item = items.next();
            if (id == null || id.equals(item.label())) {
                return item;
            }
        }
        return null;
    }

    private static EventDetectionStage detector(Pipeline pipeline) {
        return pipeline.stages().stream().filter(EventDetectionStage.class::isInstance)
                .map(EventDetectionStage.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("the pipeline has no event detection stage"));
    }

    private static void printTrace(PrintWriter out, Doc doc, List<Explanation> trace) {
        for (Sentence s : doc.sentences()) {
            out.printf("[s%d %s] %s%n", s.index(), s.span(), doc.text(s.span()).replaceAll("\\s+", " "));
            for (Explanation x : trace) {
                if (x.sentence() == s.index()) {
                    out.println("    " + x);
                }
            }
        }
        out.println();
    }

    private static void printEvents(PrintWriter out, List<Event> events, String text) {
        out.println(events.size() + " event(s):");
        StringWriter json = new StringWriter();
        try (EventWriter w = new EventWriter(json)) {
            w.write(events, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.print(json);
        out.flush();
    }
}
