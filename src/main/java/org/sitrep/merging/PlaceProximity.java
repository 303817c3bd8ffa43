package org.sitrep.merging;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.sitrep.model.Location;
import org.sitrep.places.Geo;

/**
 * Whether two reported places can be the same incident's (codebook section 4). The coarser of
 * the two precisions sets the test: both exact (1) within {@code kmExact}; "near X" (2) within
 * {@code kmNear}; a region (3) the same admin1; a country (4) the same country. Never across
 * countries, and a place without a country never matches: the store finds candidates by
 * country, and an event the coder could not place at all cannot be told apart from others.
 */
final class PlaceProximity {

    private final double kmExact;
    private final double kmNear;

    PlaceProximity(double kmExact, double kmNear) {
        this.kmExact = kmExact;
        this.kmNear = kmNear;
    }

    /** True when a place of this kind can be merged at all. */
    static boolean mergeable(Location l) {
        return l != null && l.countryCode() != null && !l.countryCode().isBlank();
    }

    Criterion check(Location a, Location b) {
        Supplier<String> shown = () -> show(a) + " vs " + show(b);
        if (!mergeable(a) || !mergeable(b)) {
            return Criterion.of(false, "place", () -> shown.get() + ": a country is unknown, never merged");
        }
        if (!a.countryCode().equalsIgnoreCase(b.countryCode())) {
            return Criterion.of(false, "place", () -> shown.get() + ": different countries");
        }
        int coarser = Math.max(a.precision(), b.precision());
        return switch (coarser) {
            case 1 -> within(a, b, kmExact, shown);
            case 2 -> within(a, b, kmNear, shown);
            case 3 -> sameAdmin1(a, b, shown);
            default -> Criterion.of(true, "place", () -> shown.get() + ": same country, precision 4");
        };
    }

    /** Kilometres between the two places, or null when a coordinate is missing. */
    static Double km(Location a, Location b) {
        if (a == null || b == null || a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null) {
            return null;
        }
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private static Criterion within(Location a, Location b, double limit, Supplier<String> shown) {
        Double km = km(a, b);
        if (km == null) {
            boolean same = samePlace(a, b);
            return Criterion.of(same, "place", () -> shown.get() + ": no coordinates, " + (same ? "same place" : "different names"));
        }
        return Criterion.of(km <= limit, "place", () -> shown.get() + ": " + String.format(Locale.ROOT, "%.1f km, limit %.0f km", km, limit));
    }

    private static Criterion sameAdmin1(Location a, Location b, Supplier<String> shown) {
        if (a.admin1() == null || b.admin1() == null) {
            boolean same = samePlace(a, b);
            return Criterion.of(same, "place", () -> shown.get() + ": admin1 unknown, " + (same ? "same place" : "different names"));
        }
        boolean same = a.admin1().equalsIgnoreCase(b.admin1());
        return Criterion.of(same, "place", () -> shown.get() + ": " + (same ? "same admin1 " + a.admin1()
                : "admin1 " + a.admin1() + " vs " + b.admin1()) + ", precision 3");
    }

    private static boolean samePlace(Location a, Location b) {
        if (a.geonamesId() != null && b.geonamesId() != null) {
            return a.geonamesId().equals(b.geonamesId());
        }
        return a.name() != null && b.name() != null && a.name().equalsIgnoreCase(b.name());
    }

    /** The identity of a place for counting how many reports name it. */
    static String identity(Location l) {
        return l.geonamesId() != null ? "gn:" + l.geonamesId()
                : "name:" + Objects.toString(l.name(), "").toLowerCase(Locale.ROOT) + "/" + l.countryCode();
    }

    static String show(Location l) {
        if (l == null) {
            return "unknown";
        }
        String where = l.name() == null ? "?" : l.name();
        return where + (l.countryCode() == null ? "" : " " + l.countryCode()) + " (" + l.precision() + ")";
    }
}
