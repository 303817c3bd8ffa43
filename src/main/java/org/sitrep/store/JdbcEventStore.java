package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sitrep.codebook.EventType;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.SourceArticle;

/**
 * The event store over JDBC, for the embedded H2 database and PostgreSQL alike: the same SQL
 * and the same Flyway migrations ({@code db/migration}) serve both.
 *
 * <p>One connection, used by one thread at a time (the methods are synchronized); writers in
 * other processes are serialized by the database (see {@link Ingestion}). Every method ends its
 * transaction, so a long-lived store never holds locks or old snapshots between calls.
 */
public final class JdbcEventStore implements EventStore {

    private final String name;
    private final Connection connection;
    private final ReportMerger merger;
    /** Reads in progress on this thread's call chain (guarded by this store's monitor). */
    private int readDepth;

    private JdbcEventStore(String name, Connection connection, ReportMerger merger) {
        this.name = name;
        this.connection = connection;
        this.merger = merger;
    }

    /**
     * Opens the store at a JDBC URL and migrates its schema.
     *
     * @throws StoreException when the URL is not H2 or PostgreSQL, or the database cannot be
     *     reached or migrated
     */
    public static JdbcEventStore open(String jdbcUrl) {
        return open(jdbcUrl, new ReportMerger());
    }

    public static JdbcEventStore open(String jdbcUrl, ReportMerger merger) {
        String name = EventStores.redact(jdbcUrl);
        DataSource ds = dataSource(jdbcUrl, name);
        try {
            Flyway.configure().loggers("slf4j").dataSource(ds).locations("classpath:db/migration")
                    .failOnMissingLocations(true).load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("cannot open store " + name + ": " + firstLine(rootMessage(e)), e);
        }
        try {
            Connection c = ds.getConnection();
            c.setAutoCommit(false);
            return new JdbcEventStore(name, c, merger);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static DataSource dataSource(String url, String name) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            // H2 has no write-ahead log: by default a commit reaches the file up to half a second
            // later. WRITE_DELAY=0 writes it before commit returns, so an ingest killed right
            // after reporting an article as stored still has it.
            // H2 otherwise computes a query's whole result before returning its first row (on the
            // heap, then in temporary files): lazy execution lets an export stream its join.
            h2.setURL(withSetting(withSetting(url, "WRITE_DELAY", "0"), "LAZY_QUERY_EXECUTION", "TRUE"));
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            return pg;
        }
        throw new StoreException("store URL " + name + " is neither jdbc:h2: nor jdbc:postgresql:");
    }

    /** The H2 URL with a setting added, unless the URL already sets it. */
    private static String withSetting(String url, String setting, String value) {
        return url.toUpperCase(java.util.Locale.ROOT).contains(";" + setting + "=") ? url
                : url + ";" + setting + "=" + value;
    }

    /** The store's JDBC URL, password hidden. */
    public String name() {
        return name;
    }

    @Override
    public synchronized boolean isStored(String articleId, String textHash) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT 1 FROM articles WHERE id = ? AND text_hash = ?")) {
                ps.setString(1, articleId);
                ps.setString(2, textHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /**
     * {@inheritDoc}
     *
     * <p>The events' offsets must be code points into the article's text
     * ({@link org.sitrep.io.Offsets#codePoints(Event)}), as the codebook's files have them: the
     * text itself is not stored to convert them later.
     *
     * @throws StoreException when the database refuses; nothing of the article is then stored
     */
    @Override
    public synchronized IngestResult ingest(SourceArticle article, List<Event> events) {
        try {
            IngestResult result = new Ingestion(connection, merger).run(article, events);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            String why = e instanceof SQLException ? firstLine(e.getMessage()) : describe(e);
            throw new StoreException("article " + article.id() + " not stored: " + why, e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>In constant memory: see {@link MergedReads}.
     */
    @Override
    public synchronized void forEachMerged(EventFilter filter, Consumer<MergedEvent> sink) {
        read(() -> {
            new MergedReads(connection).forEach(filter, sink);
            return null;
        });
    }

    @Override
    public synchronized Optional<MergedEvent> merged(String id) {
        return read(() -> new MergedReads(connection).byId(id));
    }

    @Override
    public synchronized Optional<String> mergedIdOf(String eventKey) {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT merged_id FROM merge_members WHERE event_key = ?")) {
                ps.setString(1, eventKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public synchronized List<StatsRow> stats(EventFilter filter) {
        FilterSql f = new FilterSql(filter);
        String year = "EXTRACT(YEAR FROM m.event_date)";
        String month = "EXTRACT(MONTH FROM m.event_date)";
        String sql = "SELECT m.country_code, " + year + ", " + month + ", m.event_type, COUNT(*), "
                + "SUM(COALESCE(m.fatalities_low, 0)) FROM merged_events m" + f.where()
                + " GROUP BY m.country_code, " + year + ", " + month + ", m.event_type"
                + " ORDER BY m.country_code NULLS LAST, " + year + " NULLS LAST, " + month
                + " NULLS LAST, m.event_type";
        return read(() -> {
            List<StatsRow> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                f.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int y = rs.getInt(2);
                        YearMonth ym = rs.wasNull() ? null : YearMonth.of(y, rs.getInt(3));
                        rows.add(new StatsRow(rs.getString(1), ym, EventType.fromLabel(rs.getString(4)),
                                rs.getLong(5), rs.getLong(6)));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public long articleCount() {
        return count("articles");
    }

    @Override
    public long reportedEventCount() {
        return count("reported_events");
    }

    @Override
    public long mergedEventCount() {
        return count("merged_events");
    }

    private synchronized long count(String table) {
        return read(() -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing store " + name + ": " + firstLine(e.getMessage()), e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /**
     * Runs a read and ends its transaction, so no snapshot or lock outlives the call. A read made
     * from inside another (a forEachMerged sink asking for more) leaves the ending to the outer
     * one: committing would close the outer read's cursor on PostgreSQL.
     */
    private <T> T read(Query<T> q) {
        boolean outermost = readDepth == 0;
        readDepth++;
        try {
            T result = q.run();
            if (outermost) {
                connection.commit();
            }
            return result;
        } catch (SQLException e) {
            if (outermost) {
                rollback(e);
            }
            throw new StoreException("reading store " + name + ": " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            if (outermost) {
                rollback(e);
            }
            throw e;
        } finally {
            readDepth--;
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").trim();
    }

    /** One line for an unexpected exception in an article's error message. */
    private static String describe(Throwable e) {
        String msg = firstLine(e.getMessage());
        return msg.isEmpty() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + msg;
    }
}
