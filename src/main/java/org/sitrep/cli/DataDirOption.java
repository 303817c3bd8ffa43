package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sitrep.nlp.CoreNlpDocBuilder;
import org.sitrep.pipeline.DefaultPipeline;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.places.Gazetteer;
import org.sitrep.places.GazetteerStore;
import picocli.CommandLine.Option;

/** The data directory (gazetteer index and its sources), shared by the commands that need it. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where sitrep keeps downloaded data and indexes "
                    + "(default: $SITREP_DATA_DIR, else ~/.sitrep).")
    Path dataDir;

    /** Opens the gazetteer, or prints why it cannot be had and returns null. */
    public Gazetteer openGazetteer(PrintWriter err) {
        try {
            return gazetteer(err);
        } catch (IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            return null;
        }
    }

    /**
     * The standard coding pipeline over this data directory: models, lexicons and gazetteer,
     * loaded once.
     *
     * @throws IllegalStateException when the gazetteer cannot be fetched or built
     */
    public Pipeline pipeline(PrintWriter err) {
        Gazetteer gazetteer = gazetteer(err);
        CoreNlpDocBuilder.quietLogging();
        return DefaultPipeline.create(new CoreNlpDocBuilder(), gazetteer);
    }

    /** Opens the gazetteer, saying so first when that means a slow one-time fetch and build. */
    private Gazetteer gazetteer(PrintWriter err) {
        if (GazetteerStore.needsBuild(resolve())) {
            err.println("sitrep: first use: fetching GeoNames data and building the gazetteer in "
                    + resolve() + " ...");
            err.flush();
        }
        return GazetteerStore.open(resolve());
    }

    public Path resolve() {
        if (dataDir != null) {
            return dataDir;
        }
        String env = System.getenv("SITREP_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".sitrep");
    }
}
