package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** An {@link EventFilter} as a WHERE clause over merged_events (aliased {@code m}) and its parameters. */
final class FilterSql {

    private final String where;
    private final List<Object> params;
    private final String constantColumns;

    FilterSql(EventFilter f) {
        List<String> terms = new ArrayList<>();
        params = new ArrayList<>();
        if (f.countryCode() != null) {
            terms.add("m.country_code = ?");
            params.add(f.countryCode());
        }
        if (f.from() != null) {
            terms.add("m.event_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            terms.add("m.event_date <= ?");
            params.add(f.to());
        }
        if (f.type() != null) {
            terms.add("m.event_type = ?");
            params.add(f.type().label());
        }
        where = terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
        constantColumns = f.countryCode() != null ? "m.country_code, " : f.type() != null ? "m.event_type, " : "";
    }

    String where() {
        return where;
    }

    /** The WHERE clause with one more term (no parameters) ANDed to the filter's. */
    String where(String term) {
        return where.isEmpty() ? " WHERE " + term : where + " AND " + term;
    }

    /**
     * Columns the filter holds to one value, to lead an ORDER BY: "country, date, id" orders
     * the selected rows exactly as "date, id" does, and is the order of the index the
     * country (or type) filter is read through, so the database need not sort.
     */
    String constantColumns() {
        return constantColumns;
    }

    /** Binds the parameters from the first placeholder on. */
    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, p, Types.DATE);
            }
        }
    }
}
