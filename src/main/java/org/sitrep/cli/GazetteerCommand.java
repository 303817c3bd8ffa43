package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.places.Candidate;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer}: what is loaded, and how a place name is ranked. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Query the local gazetteer (fetched and built on first use).",
        subcommands = {GazetteerCommand.Lookup.class, GazetteerCommand.Info.class})
public final class GazetteerCommand {

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Ranked candidates for a place name, with the reasons for the ranking.")
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
            List<Candidate> found = g.lookup(name, country == null ? null : country.toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("sitrep: no place named '" + name + "'");
                return ExitCode.SOFTWARE;
            }
            for (Candidate c : found.subList(0, Math.min(limit, found.size()))) {
                Place p = c.place();
                out.printf(Locale.ROOT, "%7.2f  %-28s %s, %s  %s  (%.4f, %.4f) pop %,d  id %s%n    %s%n",
                        c.score(), p.name(), p.admin1() == null ? "-" : p.admin1(), p.countryCode(),
                        p.featureCode(), p.lat(), p.lon(), p.population(),
                        p.id() == null ? "-" : p.id(), c.reason());
            }
            return ExitCode.OK;
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
            long countries = g.places().stream().map(Place::countryCode).distinct().count();
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "data directory %s%nplaces %,d in %d countries (GeoNames cities500 + curated supplement)%n"
                            + "loaded in %.1f s%n",
                    dataDir.resolve(), g.size(), countries, (System.nanoTime() - t0) / 1e9);
            return ExitCode.OK;
        }
    }
}
