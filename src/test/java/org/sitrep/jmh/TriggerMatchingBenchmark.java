package org.sitrep.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sitrep.events.EventDetectionStage;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedNlp;

/**
 * Trigger matching and typing: the events stage over an annotated report of about 2,000
 * characters (the annotation is done once, in set-up, and is not measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TriggerMatchingBenchmark {

    private EventDetectionStage stage;
    private Doc doc;

    @Setup
    public void setUp() {
        stage = new EventDetectionStage();
        var article = BenchTexts.report(0);
        doc = SharedNlp.builder().build(article);
    }

    @Benchmark
    public List<Event> detectEvents() {
        return stage.apply(doc, List.of());
    }
}
