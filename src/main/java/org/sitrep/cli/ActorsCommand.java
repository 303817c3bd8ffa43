package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.geo.Countries;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep actors}: how the actor registry resolves a wording, and what it holds. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Query the actor registry.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.Info.class})
public final class ActorsCommand {

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Show how a wording resolves (out of context: no event country).")
    static final class Lookup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "WORDING", arity = "1..*", description = "e.g. Malian troops, FAMa, RSF")
        String[] words;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String wording = String.join(" ", words);
            Optional<ActorRegistry.Resolution> r = ActorRegistry.load(Countries.load()).lookup(wording);
            if (r.isEmpty()) {
                spec.commandLine().getErr().println("sitrep: '" + wording + "' matches no actor");
                return ExitCode.SOFTWARE;
            }
            ActorRegistry.Resolution x = r.get();
            out.printf("%s%n  canonical: %s%n  category:  %s%n  country:   %s%n  matched:   %s (%s)%n",
                    wording, x.canonical(), x.category(), x.countryCode() == null ? "-" : x.countryCode(),
                    x.matchedAlias(), x.kind());
            return ExitCode.OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Registry size figures.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ActorRegistry.Stats s = ActorRegistry.load(Countries.load()).stats();
            spec.commandLine().getOut().printf("actors %d, aliases %d, countries covered %d, generic wordings %d%n",
                    s.actors(), s.aliases(), s.countries(), s.genericWordings());
            return ExitCode.OK;
        }
    }
}
