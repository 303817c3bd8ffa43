package org.sitrep.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.geo.Countries;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;

/**
 * The rows of the UCDP GED-style CSV (GED's column names and codes, see
 * {@link UcdpConventions}). Every selected event is written, also those GED would not hold
 * (violence type none: type_of_violence empty), so that no event silently disappears; filter on
 * type_of_violence for GED's scope. Unknown death figures stay empty rather than 0.
 */
final class UcdpRows implements Function<MergedEvent, UcdpRow> {

    private final Countries countries;

    UcdpRows(Countries countries) {
        this.countries = countries;
    }

    @Override
    public UcdpRow apply(MergedEvent m) {
        return row(m);
    }

    UcdpRow row(MergedEvent m) {
        Event e = m.event();
        Actor a = e.actor1();
        Actor b = e.actor2();
        // state-based: GED puts the government side first
        if (e.violenceType() == ViolenceType.STATE_BASED && isState(b) && !isState(a)) {
            Actor t = a;
            a = b;
            b = t;
        }
        Location l = e.location();
        boolean dated = e.date() != null && e.date().date() != null;
        Fatalities f = e.fatalities();
        return new UcdpRow(
                UcdpConventions.typeOfViolence(e.violenceType()),
                side(a),
                side(b),
                l == null ? null : whereCoordinates(l),
                l == null ? null : l.admin1(),
                l == null ? null : CsvRows.decimal(l.lat()),
                l == null ? null : CsvRows.decimal(l.lon()),
                l == null ? null : UcdpConventions.wherePrec(l.precision()),
                dated ? e.date().date().toString() : null,
                dated ? UcdpConventions.dateEnd(e.date().date(), e.date().precision()).toString() : null,
                dated ? UcdpConventions.datePrec(e.date().precision()) : null,
                f.best(), f.low(), f.high(), f.civilians(),
                Sources.references(m),
                Sources.headlines(m),
                Sources.claimants(m));
    }

    private static boolean isState(Actor a) {
        return a != null && a.type() == ActorCategory.STATE_FORCES;
    }

    /**
     * GED names a state side by its government ("Government of Mali") rather than by the force
     * that acted; other actors keep their canonical names.
     */
    private String side(Actor a) {
        if (a == null) {
            return null;
        }
        if (a.type() == ActorCategory.STATE_FORCES) {
            var country = countries.byCode(a.countryCode());
            if (country.isPresent()) {
                return "Government of " + country.get().name();
            }
        }
        return a.name();
    }

    /** The place and its first-order division, GED's "where_coordinates" ("Kidal, Kidal"). */
    private static String whereCoordinates(Location l) {
        List<String> parts = new ArrayList<>();
        if (!Sources.blank(l.name())) {
            parts.add(l.name());
        }
        if (!Sources.blank(l.admin1()) && !parts.contains(l.admin1())) {
            parts.add(l.admin1());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
