package org.sitrep.export;

import java.util.List;
import java.util.function.Function;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;

/**
 * The rows of the ACLED-style CSV: ACLED's column names and value conventions (see
 * {@link AcledConventions}), so the file loads wherever ACLED data does. {@code fatalities} is
 * the low estimate, and 0 when no figure was reported, as ACLED writes it; the exact state of
 * knowledge (null, claims) is in the jsonl export.
 */
final class AcledRows implements Function<MergedEvent, AcledRow> {

    private final Countries countries;

    AcledRows(Countries countries) {
        this.countries = countries;
    }

    @Override
    public AcledRow apply(MergedEvent m) {
        return row(m);
    }

    AcledRow row(MergedEvent m) {
        Event e = m.event();
        int inter1 = AcledConventions.inter(e.actor1());
        int inter2 = AcledConventions.inter(e.actor2());
        String interaction = AcledConventions.interaction(inter1, inter2);
        Location l = e.location();
        String countryCode = l == null ? null : l.countryCode();
        Country country = countries.byCode(countryCode).orElse(null);
        boolean dated = e.date() != null && e.date().date() != null;
        return new AcledRow(
                dated ? e.date().date().toString() : null,
                e.subEventType().eventType().label(),
                e.subEventType().label(),
                name(e.actor1()),
                names(e.assocActor1()),
                interaction == null ? null : inter1,
                name(e.actor2()),
                names(e.assocActor2()),
                interaction == null ? null : inter2,
                interaction,
                AcledConventions.civilianTargeting(e) ? AcledConventions.CIVILIAN_TARGETING : null,
                country == null || country.numeric().isEmpty() ? null : Integer.valueOf(country.numeric()),
                l != null && l.country() != null ? l.country() : country == null ? null : country.name(),
                l == null ? null : l.admin1(),
                l == null ? null : l.name(),
                l == null ? null : CsvRows.decimal(l.lat()),
                l == null ? null : CsvRows.decimal(l.lon()),
                l == null ? null : AcledConventions.geoPrecision(l.precision()),
                dated ? AcledConventions.timePrecision(e.date().precision()) : null,
                Sources.outletNames(m),
                EventNotes.of(m),
                e.fatalities().low() == null ? 0 : e.fatalities().low());
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static String names(List<Actor> actors) {
        return actors.isEmpty() ? null
                : String.join(Sources.SEPARATOR, actors.stream().map(Actor::name).toList());
    }
}
