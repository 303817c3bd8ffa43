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
 * <p>Invariant kept: the merged events are {@code merger.clusters(every stored event)}, whatever
 * order the articles came in. The merger's clusters never cross a connected component of its
 * link graph and within one depend only on that component's events, so the store keeps each
 * event's component and re-clusters only the components an ingest changes:
 * <ul>
 * <li>adding events joins components: the new events' component is the new events plus every
 *     component holding an event they link to, found through the merger's candidate window;</li>
 * <li>removing an article's old events (a changed text) can split their component, so its other
 *     events are re-linked among themselves.</li>
 * </ul>
 * The components are recomputed over the union of both and each is clustered and merged anew.
 * Cost per article: the events of the components it touches, usually a handful.
 */
final class Ingestion {

    private final Connection c;
    private final ReportMerger merger;
    private final LinkComponents components;
    private final Candidates candidates;

    Ingestion(Connection c, ReportMerger merger) {
        this.c = c;
        this.merger = merger;
        this.components = new LinkComponents(merger);
        this.candidates = new Candidates(c);
    }

    IngestResult run(SourceArticle article, List<Event> events) throws SQLException {
        lockWriters();
        String storedHash = storedHash(article.id());
        if (article.textHash().equals(storedHash)) {
            return new IngestResult(article.id(), IngestResult.Outcome.UNCHANGED, eventCount(article.id()), 0);
        }
        Set<String> affected = new TreeSet<>();           // components to recompute
        Map<String, String> before = new TreeMap<>();     // merged id -> payload, of the merged rows removed
        if (storedHash != null) {
            Set<String> old = componentsOf("article_id = ?", article.id());
            affected.addAll(old);
            removeMergedOf(old, before);
            deleteEvents(article.id());
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
        Set<String> linked = componentsLinkedTo(added);
        linked.removeAll(affected);
        removeMergedOf(linked, before);
        affected.addAll(linked);

        Map<String, ReportedEvent> scope = new TreeMap<>();
        for (ReportedEvent r : eventsOf(affected)) {
            scope.put(r.key(), r);
        }
        added.forEach(r -> scope.put(r.key(), r));
        int touched = 0;
        for (List<ReportedEvent> component : components.of(scope.values())) {
            setComponent(component);
            for (List<ReportedEvent> cluster : merger.clusters(component)) {
                MergedEvent m = merger.merge(cluster);
                String payload = Payloads.merged(m);
                insertMerged(m, payload);
                if (!payload.equals(before.remove(m.id()))) {
                    touched++;
                }
            }
        }
        touched += before.size(); // removed and not re-created
        IngestResult.Outcome outcome = storedHash == null ? IngestResult.Outcome.STORED
                : IngestResult.Outcome.REPLACED;
        return new IngestResult(article.id(), outcome, events.size(), touched);
    }

    /**
     * Writers take turns: the lock row is held until this transaction ends, so a concurrent
     * ingest (another thread or process) sees this one's events before it merges its own.
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

    /** The components of the reported events a condition selects. */
    private Set<String> componentsOf(String condition, String value) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT component FROM reported_events WHERE "
                + condition)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The stored events of these components. */
    private List<ReportedEvent> eventsOf(Collection<String> componentIds) throws SQLException {
        List<ReportedEvent> out = new ArrayList<>();
        for (List<String> batch : EventRows.batches(componentIds)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EventRows.COLUMNS + EventRows.FROM
                    + " WHERE r.component IN (" + EventRows.marks(batch.size()) + ")")) {
                EventRows.bind(ps, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(EventRows.reported(rs, 1));
                    }
                }
            }
        }
        return out;
    }

    /** Deletes the merged events of these components (members cascade), remembering their payloads. */
    private void removeMergedOf(Collection<String> componentIds, Map<String, String> before) throws SQLException {
        for (List<String> batch : EventRows.batches(componentIds)) {
            String members = "SELECT mm.merged_id FROM merge_members mm JOIN reported_events r"
                    + " ON r.event_key = mm.event_key WHERE r.component IN (" + EventRows.marks(batch.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.payload FROM merged_events m WHERE m.id IN ("
                    + members + ")")) {
                EventRows.bind(ps, batch);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        before.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM merged_events WHERE id IN (" + members + ")")) {
                EventRows.bind(ps, batch);
                ps.executeUpdate();
            }
        }
    }

    private void deleteEvents(String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM reported_events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
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
     * The components holding a stored event that one of the added events links to. Only events
     * in an added event's candidate window are compared: the merger guarantees the window holds
     * every event link could accept, and it holds only those its date rule accepts.
     */
    private Set<String> componentsLinkedTo(List<ReportedEvent> added) throws SQLException {
        Set<String> addedKeys = new TreeSet<>();
        added.forEach(r -> addedKeys.add(r.key()));
        Set<String> out = new TreeSet<>();
        for (ReportedEvent r : added) {
            Optional<CandidateWindow> w = merger.window(r.event());
            if (w.isEmpty()) {
                continue;
            }
            for (Candidates.Candidate candidate : candidates.in(w.get())) {
                if (!addedKeys.contains(candidate.event().key()) && !out.contains(candidate.component())
                        && merger.link(r, candidate.event()).linked()) {
                    out.add(candidate.component());
                }
            }
        }
        return out;
    }

    /** Names a component by its smallest key, on every member whose name changed. */
    private void setComponent(List<ReportedEvent> component) throws SQLException {
        String name = component.get(0).key();
        try (PreparedStatement ps = c.prepareStatement("UPDATE reported_events SET component = ? "
                + "WHERE event_key = ? AND component <> ?")) {
            for (ReportedEvent r : component) {
                ps.setString(1, name);
                ps.setString(2, r.key());
                ps.setString(3, name);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertMerged(MergedEvent m, String payload) throws SQLException {
        Event e = m.event();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO merged_events (id, event_date, country_code, "
                + "event_type, sub_event_type, fatalities_low, reports, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, m.id());
            ps.setObject(2, e.date() == null ? null : e.date().date(), Types.DATE);
            ps.setString(3, e.location() == null || e.location().countryCode() == null ? null
                    : e.location().countryCode().toUpperCase(java.util.Locale.ROOT));
            ps.setString(4, e.subEventType().eventType().label());
            ps.setString(5, e.subEventType().label());
            ps.setObject(6, e.fatalities().low(), Types.INTEGER);
            ps.setInt(7, m.reports().size());
            ps.setString(8, payload);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO merge_members (merged_id, event_key, position) "
                + "VALUES (?, ?, ?)")) {
            int position = 0;
            for (ReportedEvent r : m.reports()) {
                ps.setString(1, m.id());
                ps.setString(2, r.key());
                ps.setInt(3, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
