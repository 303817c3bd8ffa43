package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.places.Candidate;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.GazetteerBench;
import org.sitrep.places.GazetteerStore;
import org.sitrep.places.ImportedPlaces;
import org.sitrep.places.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer}: what is loaded, how a place name is ranked, and growing the index. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Query the local gazetteer (fetched and built on first use), import GeoNames dumps.",
        subcommands = {GazetteerCommand.Lookup.class, GazetteerCommand.Info.class,
                GazetteerCommand.Import.class, GazetteerCommand.Bench.class})
public final class GazetteerCommand {

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Ranked candidates for a place name, with the reasons for the ranking: "
                    + "exact names first, then transliteration variants.")
    static final class Lookup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "NAME", arity = "1..*")
        String[] words;

        @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code")
        String country;

        @Option(names = "--limit", paramLabel = "N", description = "Candidates shown (default 10)")
        int limit = 10;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String name = String.join(" ", words);
            Gazetteer g = dataDir.openGazetteer(spec.commandLine().getErr());
            if (g == null) {
                return ExitCode.USAGE;
            }
            try {
                String cc = country == null ? null : country.toUpperCase(Locale.ROOT);
                List<Candidate> found = new ArrayList<>(g.lookup(name, cc));
                found.addAll(g.lookupVariants(name, cc));
                found.sort(Comparator.comparingDouble(Candidate::score).reversed());
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println("sitrep: no place named '" + name + "'");
                    return ExitCode.SOFTWARE;
                }
                for (Candidate c : found.subList(0, Math.min(limit, found.size()))) {
                    Place p = c.place();
                    out.printf(Locale.ROOT, "%7.2f  %-28s %s, %s  %s  (%.4f, %.4f) pop %,d  id %s%n    %s%n",
                            c.score(), p.name(), p.admin1().isEmpty() ? "-" : p.admin1(), p.countryCode(),
                            p.featureCode(), p.lat(), p.lon(), p.population(),
                            p.id() == null ? "-" : p.id(), c.reason());
                }
                return ExitCode.OK;
            } finally {
                g.close();
            }
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "What is loaded.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir;

        @Override
        public Integer call() {
            long t0 = System.nanoTime();
            Gazetteer g = dataDir.openGazetteer(spec.commandLine().getErr());
            if (g == null) {
                return ExitCode.USAGE;
            }
            try {
                PrintWriter out = spec.commandLine().getOut();
                long countries = g.places().stream().map(Place::countryCode).distinct().count();
                out.printf(Locale.ROOT,
                        "data directory %s%nplaces %,d in %d countries (GeoNames cities500 + curated supplement)%n",
                        dataDir.resolve(), g.size(), countries);
                g.imported().map(ImportedPlaces::stats).ifPresentOrElse(s -> {
                    out.printf(Locale.ROOT, "imported %,d places, %,d alternate names, %,d admin1 names; "
                                    + "index %,d MB in %s%n", s.places(), s.alternateNames(), s.admin1(),
                            s.bytesOnDisk() >> 20, GazetteerStore.importedDir(dataDir.resolve()));
                    s.bySource().forEach((file, docs) ->
                            out.printf(Locale.ROOT, "  from %s: %,d entries%n", file, docs));
                }, () -> out.println("imported none (sitrep gazetteer import FILE... adds GeoNames dumps)"));
                out.printf(Locale.ROOT, "loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
                return ExitCode.OK;
            } finally {
                g.close();
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Stream GeoNames dump files into the local index: allCountries.zip, XX.zip, "
                    + "cities*.zip (or the .txt inside), admin1CodesASCII.txt, alternateNamesV2.zip.",
                    "Re-importing a file replaces what it gave. Kept: populated places, admin divisions "
                            + "(ADM1-5), and camps, military sites, airports, prisons, mines, border posts."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir;

        @Parameters(paramLabel = "FILE", arity = "1..*")
        List<Path> files;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int[] failures = {0};
            long t0 = System.nanoTime();
            List<String> summaries;
            try {
                summaries = GazetteerStore.importDumps(dataDir.resolve(), files, err, failures);
            } catch (RuntimeException e) {
                err.println("sitrep: " + e.getMessage());
                return ExitCode.SOFTWARE;
            }
            summaries.forEach(out::println);
            out.printf(Locale.ROOT, "imported %d of %d files into %s in %.1f s%n", summaries.size(),
                    files.size(), GazetteerStore.importedDir(dataDir.resolve()), (System.nanoTime() - t0) / 1e9);
            return failures[0] == 0 ? ExitCode.OK : ExitCode.SOFTWARE;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Build a temporary index of synthetic places and time lookups in it "
                    + "(build time, size on disk, heap, latency p50/p99 and throughput).")
    static final class Bench implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirOption dataDir;

        @Option(names = "--synthetic", paramLabel = "N", required = true,
                description = "Synthetic places to index, e.g. 12000000 (GeoNames scale)")
        long count;

        @Option(names = "--queries", paramLabel = "N", description = "Timed queries per kind (default 100000)")
        int queries = 100_000;

        @Override
        public Integer call() {
            if (count < 1 || queries < 100) {
                spec.commandLine().getErr().println("sitrep: --synthetic must be at least 1 and --queries at least 100");
                return ExitCode.USAGE;
            }
            Path dir;
            try {
                Path parent = Files.createDirectories(dataDir.resolve().resolve("gazetteer"));
                dir = Files.createTempDirectory(parent, "bench-");
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("sitrep: cannot create a benchmark directory under "
                        + dataDir.resolve() + ": " + e.getMessage());
                return ExitCode.SOFTWARE;
            }
            try {
                spec.commandLine().getOut().println("benchmark index in " + dir + " (removed afterwards)");
                new GazetteerBench(spec.commandLine().getOut()).run(count, dir, queries);
                return ExitCode.OK;
            } finally {
                GazetteerBench.delete(dir);
            }
        }
    }
}
