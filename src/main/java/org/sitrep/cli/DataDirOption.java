package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The data directory (gazetteer index and its sources), shared by the commands that need it. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where sitrep keeps downloaded data and indexes "
                    + "(default: $SITREP_DATA_DIR, else ~/.sitrep).")
    Path dataDir;

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
