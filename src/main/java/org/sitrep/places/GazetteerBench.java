package org.sitrep.places;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures the imported index at GeoNames scale without GeoNames: builds a temporary index of
 * synthetic places (deterministic names from syllables, some with articles, doubled letters and
 * French-style spellings, plus alternate spellings), then times the three lookups the pipeline
 * makes: the mention finder's "is this a name?", the resolver's candidates for a name, and the
 * variant candidates; each for names that exist, names that do not, accented/cased forms and
 * transliteration variants.
 */
public final class GazetteerBench {

    private static final String[] SYLLABLES = {"ka", "ta", "ma", "na", "ba", "da", "ga", "la",
            "ra", "sa", "ko", "to", "mo", "no", "bo", "do", "go", "lo", "ro", "so", "ki", "ti",
            "mi", "ni", "bi", "di", "gi", "li", "ri", "si", "ku", "tu", "mu", "nu", "bu", "du",
            "gu", "lu", "ru", "su", "zou", "tin", "dja", "kha", "wa", "ya", "shi", "gha", "bel",
            "mar", "kan", "dor", "fa", "he", "ne", "te", "ze", "que", "ouat", "ane"};
    private static final String[] COUNTRIES = {"ML", "NE", "BF", "NG", "SD", "SS", "SO", "ET",
            "CD", "CF", "TD", "CM", "LY", "DZ", "MA", "EG", "SY", "IQ", "YE", "AF", "PK", "IN",
            "MM", "PH", "CO", "MX", "UA", "RU", "MZ", "KE", "US", "FR", "BR", "ID", "CN"};

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintWriter out;

    public GazetteerBench(PrintWriter out) {
        this.out = out;
    }

    /** Synthetic place {@code i}: the same index always gives the same place. */
    static Place syntheticPlace(long i) {
        SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
        String name = syntheticName(r);
        List<String> alts = r.nextInt(3) == 0 ? List.of(respell(name)) : List.of();
        double lat = r.nextDouble(-60, 70);
        double lon = r.nextDouble(-180, 180);
        String cc = COUNTRIES[r.nextInt(COUNTRIES.length)];
        int exp = r.nextInt(100);
        long pop = exp < 80 ? 0 : (long) Math.pow(10, 2 + r.nextDouble() * 5);
        String fc = exp < 85 ? "PPL" : exp < 98 ? "ADM3" : "PPLA2";
        return new Place(i + 1, name, stripAccents(name), alts, lat, lon, fc, cc, "", pop);
    }

    /** The only accent the generator writes is "é". */
    private static String stripAccents(String s) {
        return s.replace('é', 'e');
    }

    private static String syntheticName(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int words = r.nextInt(10) < 8 ? 1 : 2;
        if (r.nextInt(12) == 0) {
            b.append(r.nextBoolean() ? "El " : "Tin ");
        }
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                b.append(' ');
            }
            // GeoNames-like spread: most names are rare, a few short ones are shared by many
            int k = r.nextInt(20);
            int n = k == 0 ? 2 : k < 10 ? 3 : 4;
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < n; s++) {
                word.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            if (r.nextInt(20) == 0) {
                int at = 1 + r.nextInt(word.length() - 1);
                word.insert(at, word.charAt(at)); // doubled consonant or vowel
            }
            if (r.nextInt(30) == 0) {
                word.setCharAt(word.length() - 1, 'é');
            }
            word.setCharAt(0, Character.toUpperCase(word.charAt(0)));
            b.append(word);
        }
        return b.toString();
    }

    /** Another transliteration of the same name: French "ou"/"dj"/"kh" to English, or back. */
    static String respell(String name) {
        String s = name.replace("ou", "w").replace("dj", "j").replace("kh", "k").replace("Tin ", "Tin-");
        if (s.equals(name)) {
            s = name.replace("w", "ou").replace("u", "ou").replace("sh", "ch");
        }
        if (s.equals(name)) {
            s = name.endsWith("e") ? name.substring(0, name.length() - 1) : name + "e";
        }
        return s;
    }

    /** Builds {@code count} places in {@code dir}, then times lookups; prints the figures. */
    public void run(long count, Path dir, int queries) {
        try {
            long heap0 = usedHeap();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            build(count, dir);
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            double buildCpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "built %,d synthetic places in %.1f s wall, %.1f s CPU in this thread "
                            + "(%,.0f places/s wall; Lucene merges run in other threads)%n", count,
                    buildSeconds, buildCpu, count / buildSeconds);
            out.flush();
            long t1 = System.nanoTime();
            try (ImportedPlaces index = ImportedPlaces.open(dir).orElseThrow()) {
                double openMs = (System.nanoTime() - t1) / 1e6;
                long heap1 = usedHeap();
                out.printf(Locale.ROOT, "index %,d MB on disk, opened in %.0f ms; heap used %,d MB before, "
                                + "%,d MB with the index open%n", index.sizeOnDisk() >> 20, openMs,
                        heap0 >> 20, heap1 >> 20);
                SplittableRandom r = new SplittableRandom(42);
                measure("knows, hit", queries, () -> hitName(r, count),
                        n -> index.knows(Names.fold(n)));
                measure("knows, miss", queries, () -> missName(r),
                        n -> index.knows(Names.fold(n)));
                measure("named, hit", queries, () -> hitName(r, count),
                        n -> !index.named(Names.fold(n)).isEmpty());
                measure("named, miss", queries, () -> missName(r),
                        n -> !index.named(Names.fold(n)).isEmpty());
                measure("named, accented/upper-case form", queries,
                        () -> hitName(r, count).toUpperCase(Locale.ROOT).replace('E', 'É'),
                        n -> !index.named(Names.fold(n)).isEmpty());
                measure("variants, respelled name", queries, () -> respell(hitName(r, count)),
                        n -> Names.queryVariantKeys(n).stream().anyMatch(k -> !index.variants(k).isEmpty()));
                out.printf(Locale.ROOT, "heap used after the queries: %,d MB%n", usedHeap() >> 20);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark index in " + dir, e);
        }
    }

    private static String hitName(SplittableRandom r, long count) {
        return syntheticPlace(r.nextLong(count)).name();
    }

    /** Capitalised words that no synthetic place is called (no syllable contains "x"). */
    private static String missName(SplittableRandom r) {
        StringBuilder b = new StringBuilder("X");
        for (int s = 0; s < 3; s++) {
            b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private void build(long count, Path dir) throws IOException {
        IndexWriterConfig c = new IndexWriterConfig();
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        c.setRAMBufferSizeMB(256);
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, c)) {
            long t0 = System.nanoTime();
            for (long i = 0; i < count; i++) {
                Place p = syntheticPlace(i);
                // the importer's own write; a fresh index has no earlier copy to replace
                GeoNamesDumpImport.write(w, null, p, "01", "synthetic");
                if ((i + 1) % 1_000_000 == 0) {
                    out.printf(Locale.ROOT, "  %,d places, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                    out.flush();
                }
            }
            w.commit();
        }
    }

    private interface NameSource {
        String next();
    }

    private void measure(String label, int queries, NameSource names, Predicate<String> lookup) {
        int warmup = Math.max(1000, queries / 5);
        for (int i = 0; i < warmup; i++) {
            lookup.test(names.next());
        }
        String[] batch = new String[queries];
        for (int i = 0; i < queries; i++) {
            batch[i] = names.next();
        }
        long[] nanos = new long[queries];
        int found = 0;
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            if (lookup.test(batch[i])) {
                found++;
            }
            nanos[i] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / queries;
        Arrays.sort(nanos);
        // wall-clock percentiles and throughput suffer from other processes on a shared machine;
        // the thread's CPU time per lookup does not, so both are shown
        out.printf(Locale.ROOT, "%-34s %,7d queries, %5.1f%% found, p50 %7.1f us, p99 %8.1f us, "
                        + "%,9.0f lookups/s wall, %6.1f us CPU per lookup%n", label, queries,
                100.0 * found / queries, nanos[queries / 2] / 1e3, nanos[(int) (queries * 0.99)] / 1e3,
                queries / seconds, cpuMicros);
        out.flush();
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Removes the benchmark index. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove benchmark index " + dir, e);
        }
    }
}
