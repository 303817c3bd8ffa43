package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Option;

/**
 * Where the event store is, shared by the commands that read or write it: the embedded database
 * in the data directory by default, or any JDBC URL (PostgreSQL for shared deployments).
 * Use together with {@link DataDirOption}: {@code store.open(dataDir.resolve())}.
 */
public final class StoreOption {

    /** Environment variable read when --store-url is not given. */
    public static final String ENV = "SITREP_STORE_URL";

    @Option(names = "--store-url", paramLabel = "URL",
            description = "JDBC URL of the event store, e.g. jdbc:postgresql://host:5432/sitrep"
                    + "?user=U&password=P (default: $" + ENV + ", else the embedded store in "
                    + "<data-dir>/store).")
    String storeUrl;

    /** The JDBC URL given on the command line or in the environment, or null for the embedded store. */
    public String url() {
        if (storeUrl != null && !storeUrl.isBlank()) {
            return storeUrl;
        }
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? null : env;
    }

    /**
     * Opens the store, creating or migrating its schema.
     *
     * @throws org.sitrep.store.StoreException when it cannot be opened (the message says why,
     *     naming the store without its password)
     */
    public EventStore open(Path dataDir) {
        String url = url();
        return url == null ? EventStores.openEmbedded(dataDir) : EventStores.open(url);
    }

    /** The store as messages name it: its JDBC URL with any password hidden. */
    public String describe(Path dataDir) {
        String url = url();
        return EventStores.redact(url == null ? EventStores.embeddedUrl(dataDir) : url);
    }
}
