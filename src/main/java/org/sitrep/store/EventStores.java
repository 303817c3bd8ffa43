package org.sitrep.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Opens an event store: the embedded H2 database in {@code <data-dir>/store} (no server), or
 * any database named by a JDBC URL (PostgreSQL for shared deployments). Both go through the same
 * code and the same Flyway migrations.
 */
public final class EventStores {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private EventStores() {
    }

    /** The embedded store of a data directory, created on first use. */
    public static EventStore openEmbedded(Path dataDir) {
        return open(embeddedUrl(dataDir));
    }

    /**
     * The store at a JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...}), its schema
     * created or migrated to the current version.
     *
     * @throws StoreException when it cannot be reached or migrated
     */
    public static EventStore open(String jdbcUrl) {
        return JdbcEventStore.open(jdbcUrl);
    }

    /** The embedded store's URL: an H2 database file in {@code <data-dir>/store}. */
    public static String embeddedUrl(Path dataDir) {
        Path file = dataDir.resolve("store").resolve("sitrep").toAbsolutePath();
        return "jdbc:h2:file:" + file;
    }

    /** A JDBC URL fit for messages: any {@code password=} value replaced by {@code ***}. */
    public static String redact(String jdbcUrl) {
        return PASSWORD.matcher(jdbcUrl).replaceAll("$1***");
    }
}
