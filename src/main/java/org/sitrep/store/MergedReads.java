package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;

/**
 * Reading merged events with their reports, in constant memory however many there are.
 *
 * <p>The merged events are read alone, in the order of one of merged_events' indexes, and their
 * reports fetched for a slice of them at a time. One query joining merged events to their
 * reports would leave the join order to the database: on 100,000 events H2 chose to scan the
 * members first and then had to sort the whole join, payloads included, before returning the
 * first row.
 */
final class MergedReads {

    /** Rows fetched per round trip (PostgreSQL otherwise reads a whole result at once). */
    private static final int FETCH_SIZE = 500;

    private final Connection c;

    MergedReads(Connection c) {
        this.c = c;
    }

    /** The events the filter selects, dated ones by date then id, then the undated by id. */
    void forEach(EventFilter filter, Consumer<MergedEvent> sink) throws SQLException {
        FilterSql f = new FilterSql(filter);
        String heads = "SELECT m.id, m.payload FROM merged_events m";
        List<String> passes = List.of(
                heads + f.where("m.event_date IS NOT NULL") + " ORDER BY " + f.constantColumns() + "m.event_date, m.id",
                heads + f.where("m.event_date IS NULL") + " ORDER BY m.id");
        for (String sql : passes) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                f.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    Map<String, String> slice = new LinkedHashMap<>();
                    while (rs.next()) {
                        slice.put(rs.getString(1), rs.getString(2));
                        if (slice.size() == EventRows.IN_BATCH) {
                            emit(slice, sink);
                            slice.clear();
                        }
                    }
                    emit(slice, sink);
                }
            }
        }
    }

    Optional<MergedEvent> byId(String id) throws SQLException {
        Map<String, String> head = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.id, m.payload FROM merged_events m WHERE m.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    head.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        List<MergedEvent> found = new ArrayList<>(1);
        emit(head, found::add);
        return found.stream().findFirst();
    }

    /** The merged events of a slice (id to payload, in order), each with its reports in member order. */
    private void emit(Map<String, String> slice, Consumer<MergedEvent> sink) throws SQLException {
        if (slice.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(slice.keySet());
        Map<String, Map<Integer, ReportedEvent>> members = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT mm.merged_id, mm.position, " + EventRows.COLUMNS
                + " FROM merge_members mm JOIN reported_events r ON r.event_key = mm.event_key"
                + " JOIN articles a ON a.id = r.article_id WHERE mm.merged_id IN (" + EventRows.marks(ids.size()) + ")")) {
            EventRows.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getInt(2), EventRows.reported(rs, 3));
                }
            }
        }
        for (Map.Entry<String, String> e : slice.entrySet()) {
            List<ReportedEvent> reports = List.copyOf(members.getOrDefault(e.getKey(), Map.of()).values());
            sink.accept(Payloads.merged(e.getKey(), e.getValue(), reports));
        }
    }
}
