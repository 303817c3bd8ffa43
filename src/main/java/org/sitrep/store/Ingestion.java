package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.merging.CandidateWindow;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;

/**
 * Storing one article inside the caller's transaction, and re-merging what it touches.
 *
 * <p>Invariant kept: the merged events are the connected components of the merger's link graph
 * over all stored events. Adding events can only join components: the new events' component is
 * the new events plus every merged event holding an event they link to (found through the
 * merger's candidate window). Removing an article's old events can split the merged events they
 * were in, but cannot link their other members to anything new, so those members are
 * re-clustered among themselves. The merger clusters the union of both, which gives the same
 * components whatever order the articles came in.
 */
final class Ingestion {

    private final Connection c;
    private final ReportMerger merger;

    Ingestion(Connection c, ReportMerger merger) {
        this.c = c;
        this.merger = merger;
    }

    IngestResult run(SourceArticle article, List<Event> events) throws SQLException {
        lockWriters();
        String storedHash = storedHash(article.id());
        if (article.textHash().equals(storedHash)) {
            return new IngestResult(article.id(), IngestResult.Outcome.UNCHANGED, eventCount(article.id()), 0);
        }
        Map<String, String> before = new TreeMap<>(); // merged id -> payload, of every merged row removed
        Set<String> affected = new TreeSet<>();        // keys of stored events to re-cluster
        if (storedHash != null) {
            removeArticleEvents(article.id(), before, affected);
            updateArticle(article);
        } else {
            insertArticle(article);
        }
        List<ReportedEvent> added = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ReportedEvent r = new ReportedEvent(ReportedEvent.keyOf(article.id(), i), article,
                    Payloads.stored(events.get(i)));
            EventRows.insert(c, r, i);
            added.add(r);
        }
        for (String mergedId : mergedLinkedTo(added)) {
            affected.addAll(removeMerged(mergedId, before));
        }
        Map<String, ReportedEvent> cluster = new TreeMap<>();
        for (ReportedEvent r : EventRows.byKeys(c, affected)) {
            cluster.put(r.key(), r);
        }
        added.forEach(r -> cluster.put(r.key(), r));
        int touched = 0;
        for (List<ReportedEvent> component : merger.clusters(cluster.values())) {
            MergedEvent m = merger.merge(component);
            String payload = Payloads.merged(m);
            insertMerged(m, payload);
            String old = before.remove(m.id());
            if (!payload.equals(old)) {
                touched++;
            }
        }
        touched += before.size(); // removed and not re-created
        IngestResult.Outcome outcome = storedHash == null ? IngestResult.Outcome.STORED
                : IngestResult.Outcome.REPLACED;
        return new IngestResult(article.id(), outcome, events.size(), touched);
    }

    /**
     * Writers take turns: the lock row is held until this transaction ends, so a concurrent
     * ingest sees this one's events before it merges its own.
     */
    private void lockWriters() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM store_lock WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("the store's lock row is missing; was the schema edited by hand?");
            }
        }
    }

    private String storedHash(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT text_hash FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private int eventCount(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reported_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Deletes the article's events and the merged events they were in; their other members become affected. */
    private void removeArticleEvents(String articleId, Map<String, String> before, Set<String> affected)
            throws SQLException {
        List<String> mergedIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT mm.merged_id FROM merge_members mm "
                + "JOIN reported_events r ON r.event_key = mm.event_key WHERE r.article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mergedIds.add(rs.getString(1));
                }
            }
        }
        for (String id : mergedIds) {
            affected.addAll(removeMerged(id, before));
        }
        Set<String> oldKeys = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_key FROM reported_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    oldKeys.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reported_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        affected.removeAll(oldKeys);
    }

    private void insertArticle(SourceArticle a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (text_hash, published, title, url, "
                + "ingested_at, id) VALUES (?, ?, ?, ?, ?, ?)")) {
            bindArticle(ps, a);
            ps.executeUpdate();
        }
    }

    private void updateArticle(SourceArticle a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE articles SET text_hash = ?, published = ?, "
                + "title = ?, url = ?, ingested_at = ? WHERE id = ?")) {
            bindArticle(ps, a);
            ps.executeUpdate();
        }
    }

    private static void bindArticle(PreparedStatement ps, SourceArticle a) throws SQLException {
        ps.setString(1, a.textHash());
        ps.setObject(2, a.published(), Types.DATE);
        ps.setString(3, a.title());
        ps.setString(4, a.url());
        ps.setTimestamp(5, Timestamp.from(Instant.now()));
        ps.setString(6, a.id());
    }

    /**
     * The merged events holding a stored event that one of the added events links to. Only
     * events in an added event's candidate window are compared: the merger guarantees that
     * window holds every event link could accept.
     */
    private Set<String> mergedLinkedTo(List<ReportedEvent> added) throws SQLException {
        Set<String> addedKeys = new TreeSet<>();
        added.forEach(r -> addedKeys.add(r.key()));
        Set<String> linkedKeys = new TreeSet<>();
        for (ReportedEvent r : added) {
            Optional<CandidateWindow> w = merger.window(r.event());
            if (w.isEmpty()) {
                continue;
            }
            for (ReportedEvent candidate : candidates(w.get())) {
                if (!addedKeys.contains(candidate.key()) && !linkedKeys.contains(candidate.key())
                        && merger.link(r, candidate).linked()) {
                    linkedKeys.add(candidate.key());
                }
            }
        }
        return mergedIdsOf(linkedKeys);
    }

    private List<ReportedEvent> candidates(CandidateWindow w) throws SQLException {
        String sql = "SELECT " + EventRows.COLUMNS + EventRows.FROM
                + " WHERE r.event_date >= ? AND r.event_date <= ?"
                + (w.countryCode() == null ? "" : " AND r.country_code = ?");
        List<ReportedEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, w.from(), Types.DATE);
            ps.setObject(2, w.to(), Types.DATE);
            if (w.countryCode() != null) {
                ps.setString(3, w.countryCode());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(EventRows.reported(rs, 1));
                }
            }
        }
        return out;
    }

    private Set<String> mergedIdsOf(Collection<String> keys) throws SQLException {
        Set<String> ids = new TreeSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 200) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + 200));
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT merged_id FROM merge_members "
                    + "WHERE event_key IN (" + EventRows.marks(batch.size()) + ")")) {
                for (int j = 0; j < batch.size(); j++) {
                    ps.setString(j + 1, batch.get(j));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }

    /** Deletes one merged event (its member rows cascade), remembering its payload; returns its members' keys. */
    private List<String> removeMerged(String id, Map<String, String> before) throws SQLException {
        if (before.containsKey(id)) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_key FROM merge_members WHERE merged_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM merged_events WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                before.put(id, rs.next() ? rs.getString(1) : null);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM merged_events WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        return members;
    }

    private void insertMerged(MergedEvent m, String payload) throws SQLException {
        Event e = m.event();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO merged_events (id, event_date, country_code, "
                + "event_type, sub_event_type, fatalities_low, reports, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.id());
            ps.setObject(2, e.date() == null ? null : e.date().date(), Types.DATE);
            ps.setString(3, e.location() == null ? null : e.location().countryCode());
            ps.setString(4, e.subEventType().eventType().label());
            ps.setString(5, e.subEventType().label());
            ps.setObject(6, e.fatalities().low(), Types.INTEGER);
            ps.setInt(7, m.reports().size());
            ps.setString(8, payload);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO merge_members (merged_id, event_key, position) "
                + "VALUES (?, ?, ?)")) {
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (ReportedEvent r : m.reports()) {
                positions.putIfAbsent(r.key(), positions.size());
            }
            for (Map.Entry<String, Integer> p : positions.entrySet()) {
                ps.setString(1, m.id());
                ps.setString(2, p.getKey());
                ps.setInt(3, p.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
