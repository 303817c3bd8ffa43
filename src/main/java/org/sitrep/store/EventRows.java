package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;

/** Reading and writing reported events and their articles: the SQL both databases share. */
final class EventRows {

    /** The columns {@link #reported} reads, starting at the given column. */
    static final String COLUMNS = "r.event_key, r.payload, a.id, a.text_hash, a.published, a.title, a.url";
    static final String FROM = " FROM reported_events r JOIN articles a ON a.id = r.article_id";

    /** At most this many keys in one IN list; both databases take far more, this keeps plans cached. */
    static final int IN_BATCH = 200;

    private EventRows() {
    }

    static ReportedEvent reported(ResultSet rs, int first) throws SQLException {
        SourceArticle article = new SourceArticle(rs.getString(first + 2), rs.getObject(first + 4, LocalDate.class),
                rs.getString(first + 5), rs.getString(first + 6), rs.getString(first + 3));
        return new ReportedEvent(rs.getString(first), article, Payloads.event(rs.getString(first + 1)));
    }

    static void insert(Connection c, ReportedEvent r, int index) throws SQLException {
        Event e = r.event();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reported_events (event_key, "
                + "article_id, idx, sub_event_type, event_type, event_date, date_precision, country_code, "
                + "lat, lon, geo_precision, component, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.key());
            ps.setString(2, r.article().id());
            ps.setInt(3, index);
            ps.setString(4, e.subEventType().label());
            ps.setString(5, e.subEventType().eventType().label());
            boolean dated = e.date() != null && e.date().date() != null;
            ps.setObject(6, dated ? e.date().date() : null, java.sql.Types.DATE);
            ps.setString(7, dated ? e.date().precision().label() : null);
            String country = e.location() == null || e.location().countryCode() == null ? null
                    : e.location().countryCode().toUpperCase(java.util.Locale.ROOT);
            ps.setString(8, country);
            ps.setObject(9, e.location() == null ? null : e.location().lat(), java.sql.Types.DOUBLE);
            ps.setObject(10, e.location() == null ? null : e.location().lon(), java.sql.Types.DOUBLE);
            ps.setObject(11, e.location() == null ? null : e.location().precision(), java.sql.Types.INTEGER);
            ps.setString(12, r.key()); // a component of its own until the ingest links it
            ps.setString(13, Payloads.event(e));
            ps.executeUpdate();
        }
    }

    /** The values in slices small enough for one IN list. */
    static List<List<String>> batches(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_BATCH)));
        }
        return out;
    }

    static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
