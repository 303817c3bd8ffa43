package org.sitrep.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.GazetteerStore;

/**
 * Gazetteer matching: every run of one to three capitalised words of a report looked up in the
 * real GeoNames gazetteer, as place finding does for its candidates. Needs the gazetteer built in
 * the data directory ($SITREP_DATA_DIR or ~/.sitrep; {@code sitrep gazetteer info} builds it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GazetteerLookupBenchmark {

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2}");

    private Gazetteer gazetteer;
    private List<String> names;

    @Setup
    public void setUp() {
        String env = System.getenv("SITREP_DATA_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".sitrep");
        gazetteer = GazetteerStore.open(dir);
        names = new ArrayList<>();
        Matcher m = NAME.matcher(BenchTexts.report(0).text());
        while (m.find()) {
            names.add(m.group());
        }
    }

    /** Is each name a known place (the first test place finding makes). */
    @Benchmark
    public void knows(Blackhole bh) {
        for (String n : names) {
            bh.consume(gazetteer.knows(n));
        }
    }

    /** Ranked candidates for each name, with no country preference. */
    @Benchmark
    public void lookup(Blackhole bh) {
        for (String n : names) {
            bh.consume(gazetteer.lookup(n, null));
        }
    }
}
