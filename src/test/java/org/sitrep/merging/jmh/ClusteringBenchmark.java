package org.sitrep.merging.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.merging.GeneratedReports;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;

/**
 * Clustering and merging cost: {@code n} generated reports in two countries over a year
 * (about n/365 reports a day, all within 70 km of each other: a dense conflict area).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ClusteringBenchmark {

    @Param({"1000", "10000"})
    public int n;

    private final ReportMerger merger = new ReportMerger();
    private List<ReportedEvent> reports;
    private List<List<ReportedEvent>> clusters;

    @Setup
    public void setUp() {
        reports = GeneratedReports.generate(42, n, 365);
        clusters = merger.clusters(reports);
    }

    @Benchmark
    public List<List<ReportedEvent>> clusterAll() {
        return merger.clusters(reports);
    }

    @Benchmark
    public int mergeAll() {
        int claims = 0;
        for (List<ReportedEvent> c : clusters) {
            MergedEvent m = merger.merge(c);
            claims += m.claims().size();
        }
        return claims;
    }
}
