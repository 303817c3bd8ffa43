package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.merging.CandidateWindow;
import org.sitrep.model.ReportedEvent;

/**
 * The stored events in a merger's candidate window, each with its component: one SELECT per
 * date precision of the window, each an exact range of the {@code (country_code,
 * date_precision, event_date)} index, joined in one UNION ALL. So the rows read are the events
 * the date rule accepts, whatever the density of other reports around them.
 */
final class Candidates {

    /** A stored event and the component it is in. */
    record Candidate(ReportedEvent event, String component) {
    }

    private final Connection c;

    Candidates(Connection c) {
        this.c = c;
    }

    /** Ordered by event key, so callers see candidates in the same order on every database. */
    List<Candidate> in(CandidateWindow w) throws SQLException {
        if (w.ranges().isEmpty()) {
            return List.of();
        }
        String one = "SELECT " + EventRows.COLUMNS + ", r.component" + EventRows.FROM
                + " WHERE r.country_code = ? AND r.date_precision = ? AND r.event_date >= ? AND r.event_date <= ?";
        String sql = String.join(" UNION ALL ", Collections.nCopies(w.ranges().size(), one)) + " ORDER BY 1";
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            for (CandidateWindow.DateRange r : w.ranges()) {
                ps.setString(p++, w.countryCode());
                ps.setString(p++, r.precision().label());
                ps.setObject(p++, r.from(), Types.DATE);
                ps.setObject(p++, r.to(), Types.DATE);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(EventRows.reported(rs, 1), rs.getString(8)));
                }
            }
        }
        return out;
    }
}
