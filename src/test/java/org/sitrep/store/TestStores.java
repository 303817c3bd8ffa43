package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases the store tests run on: the embedded H2 always, and PostgreSQL when
 * {@code SITREP_TEST_PG_URL} names one (CI starts one with {@code .ci/postgres}). With
 * {@code SITREP_REQUIRE_PG=1} a missing or unreachable PostgreSQL fails the tests instead of
 * leaving them to H2 alone.
 */
final class TestStores {

    static final String PG_URL = "SITREP_TEST_PG_URL";

    private TestStores() {
    }

    /** The kinds to run on, for {@code @MethodSource}. */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        String pg = System.getenv(PG_URL);
        if ((pg != null && !pg.isBlank()) || "1".equals(System.getenv("SITREP_REQUIRE_PG"))) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    /** A fresh, empty database of one kind; closing it drops what the test stored. */
    static Database fresh(String kind, Path tempDir) {
        return switch (kind) {
            case "h2" -> new Database(EventStores.embeddedUrl(tempDir.resolve("data")), () -> { });
            case "postgresql" -> freshPostgres();
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A database for one test: its JDBC URL, opened as often as the test likes. */
    record Database(String url, Runnable drop) implements AutoCloseable {
        JdbcEventStore open() {
            return JdbcEventStore.open(url);
        }

        @Override
        public void close() {
            drop.run();
        }
    }

    /** A schema of its own in the test server, so tests never see each other's rows. */
    private static Database freshPostgres() {
        String base = System.getenv(PG_URL);
        if (base == null || base.isBlank()) {
            throw new AssertionError("SITREP_REQUIRE_PG=1 but " + PG_URL + " is not set; start one with "
                    + "eval \"$(.ci/postgres start)\"");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(base, "CREATE SCHEMA " + schema);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Database(url, () -> execute(base, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL at " + EventStores.redact(url) + " is not usable: "
                    + e.getMessage(), e);
        }
    }
}
