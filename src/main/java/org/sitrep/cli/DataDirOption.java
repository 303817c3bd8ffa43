package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
            return GazetteerStore.open(resolve());
        } catch (IllegalStateException e) {
            err.println("sitrep: " + e.getMessage());
            return null;
        }
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
