package org.sitrep.places;

import org.sitrep.model.Location;

/**
 * A place mention resolved to a town, a first-order region or a country, with the place whose
 * coordinates stand for it (the town, the region's seat, the capital).
 */
public record Resolution(PlaceMention mention, Kind kind, String name, Place place, String admin1,
                         String countryCode, String country, int precision, double score,
                         String reason) {

    public enum Kind { TOWN, REGION, COUNTRY }

    /** How much a reader learns about where it happened: a town says more than a country. */
    public int specificity() {
        return switch (kind) {
            case TOWN -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    public Location toLocation() {
        Long id = kind == Kind.TOWN && place != null ? place.id() : null;
        Double lat = place == null ? null : place.lat();
        Double lon = place == null ? null : place.lon();
        return new Location(name, id, lat, lon, admin1 == null || admin1.isEmpty() ? null : admin1,
                countryCode, country, precision, mention.span());
    }
}
