package org.sitrep.jmh;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.casualties.NumberParser;

/**
 * Casualty number parsing: every figure in the words of a report (digits, spelled-out numbers,
 * ranges, qualifiers), and a set of hard phrases one by one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NumberParsingBenchmark {

    private static final List<String> PHRASES = List.of("at least twenty-one", "a hundred and five",
            "between 20 and 30", "dozens", "more than 1,200", "several", "nearly three thousand",
            "two dozen", "20-30", "up to forty");

    private NumberParser parser;
    private List<String> reportWords;

    @Setup
    public void setUp() {
        parser = NumberParser.standard();
        reportWords = Arrays.asList(BenchTexts.report(0).text().split("\\s+"));
    }

    @Benchmark
    public Object report() {
        return parser.inWords(reportWords);
    }

    @Benchmark
    public void phrases(Blackhole bh) {
        for (String p : PHRASES) {
            bh.consume(parser.parse(p));
        }
    }
}
